package dev.synthforge.spark;

import dev.synthforge.core.curate.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Verdicts as rows of {@link TableSchemas#VERDICT}, and back. */
final class VerdictRows {
  private VerdictRows() {}

  static Row toRow(Verdict verdict) {
    return RowFactory.create(verdict.rule(), verdict.outcome().name().toLowerCase(Locale.ROOT),
        Double.isNaN(verdict.score()) ? null : verdict.score(),
        verdict.reason().isEmpty() ? null : verdict.reason(), verdict.detail());
  }

  static Verdict fromRow(Row row) {
    Double score = row.isNullAt(2) ? Double.NaN : row.getDouble(2);
    return new Verdict(row.getString(0), Verdict.Outcome.valueOf(row.getString(1).toUpperCase(Locale.ROOT)),
        score, row.isNullAt(3) ? "" : row.getString(3), row.getString(4), null);
  }

  /** The verdicts of an array column, by rule. */
  static Map<String, Verdict> byRule(List<Row> rows) {
    Map<String, Verdict> verdicts = new HashMap<>();
    for (Row row : rows) {
      Verdict verdict = fromRow(row);
      verdicts.put(verdict.rule(), verdict);
    }
    return verdicts;
  }

  /** Verdicts as the value of an array column. */
  static scala.collection.immutable.Seq<Row> toRows(Iterable<Verdict> verdicts) {
    List<Row> rows = new ArrayList<>();
    verdicts.forEach(verdict -> rows.add(toRow(verdict)));
    return seq(rows);
  }

  /** Rows as the value of an array column. */
  static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }
}
