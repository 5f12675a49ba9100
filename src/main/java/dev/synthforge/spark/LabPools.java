package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.xxhash64;

import dev.synthforge.config.SeedsConfig;
import dev.synthforge.core.lab.LabPolicy;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The collapse lab's data sets, all as (id, text) rows: the real data, the training pool of each
 * generation under a policy, and the rows a generation is planned from.
 */
final class LabPools {
  private LabPools() {}

  /** The real rows: the configured id (or a hash of the text) and the text, blank texts dropped. */
  static Dataset<Row> real(SeedReader.Seeds seeds, SeedsConfig config) {
    Column text = col(quote(config.textColumn())).cast("string");
    Column id = config.idColumn().map(column -> col(quote(column)).cast("string"))
        .orElse(concat(lit("h"), sha2(text, 256)));
    return seeds.rows().filter(text.isNotNull())
        .select(id.as("id"), text.as("text"))
        .filter(col("id").isNotNull().and(org.apache.spark.sql.functions.trim(col("text")).notEqual("")))
        .dropDuplicates(new String[] {"id"});
  }

  /**
   * The pool that generation {@code generation}'s model is fitted on.
   *
   * @param earlier the policy's generated rows by depth: earlier[d] holds depth d + 1
   * @param size how many rows a generation has (the real row count)
   */
  static Dataset<Row> trainingPool(LabPolicy policy, int generation, Dataset<Row> real,
      java.util.List<Dataset<Row>> earlier, long size) {
    if (generation == 1) {
      return real;
    }
    Dataset<Row> last = earlier.get(generation - 2);
    return switch (policy.kind()) {
      case REPLACE -> last;
      case ACCUMULATE -> {
        Dataset<Row> pool = real;
        for (Dataset<Row> rows : earlier.subList(0, generation - 1)) {
          pool = pool.unionByName(rows);
        }
        yield pool;
      }
      case FRESH -> {
        long fresh = Math.round(size * policy.freshFraction());
        yield draw(last, generation, "synthetic", size - fresh).unionByName(draw(real, generation, "fresh", fresh));
      }
    };
  }

  /** The rows generation {@code generation} is planned from: {@code size} rows drawn from the pool. */
  static Dataset<Row> prompts(Dataset<Row> pool, int generation, long size) {
    return draw(pool, generation, "prompts", size);
  }

  /** {@code count} rows in a seeded random order that depends on the generation and purpose. */
  private static Dataset<Row> draw(Dataset<Row> rows, int generation, String purpose, long count) {
    return rows.orderBy(xxhash64(col("id"), lit(generation), lit(purpose)), col("id"))
        .limit((int) Math.min(Integer.MAX_VALUE, count));
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }
}
