package dev.synthforge.spark;

import dev.synthforge.core.lm.WordTokenizer;
import dev.synthforge.core.metrics.Histogram;
import dev.synthforge.core.metrics.text.TokenBudgetSample;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;

/**
 * One-pass, mergeable aggregates of texts per generation depth, computed on the executors and
 * merged up a tree: exact row and token counts with a length histogram, then token-budget samples.
 * Rows are (row_id, text, depth).
 */
final class DepthAggregates {
  private DepthAggregates() {}

  static final int MAX_LENGTH = 2_048;

  /** Exact per-depth counts. */
  static final class Totals implements Serializable {
    private static final long serialVersionUID = 1L;
    long rows;
    long tokens;
    final Histogram lengths = Histogram.forLengths(MAX_LENGTH);

    void add(String text) {
      int count = WordTokenizer.countTokens(text);
      rows++;
      tokens += count;
      lengths.add(count);
    }

    Totals merge(Totals other) {
      rows += other.rows;
      tokens += other.tokens;
      lengths.merge(other.lengths);
      return this;
    }
  }

  static Map<Integer, Totals> totals(JavaRDD<Row> rows) {
    return rows.treeAggregate(new HashMap<Integer, Totals>(),
        (map, row) -> {
          map.computeIfAbsent(row.getInt(2), depth -> new Totals()).add(row.getString(1));
          return map;
        },
        (left, right) -> {
          right.forEach((depth, totals) -> left.merge(depth, totals, Totals::merge));
          return left;
        });
  }

  static Map<Integer, TokenBudgetSample> samples(JavaRDD<Row> rows, long budget, long seed) {
    return rows.treeAggregate(new HashMap<Integer, TokenBudgetSample>(),
        (map, row) -> {
          map.computeIfAbsent(row.getInt(2), depth -> new TokenBudgetSample(budget, seed))
              .add(row.getString(0), row.getString(1));
          return map;
        },
        (left, right) -> {
          right.forEach((depth, sample) -> left.merge(depth, sample, (a, b) -> {
            a.merge(b);
            return a;
          }));
          return left;
        });
  }
}
