package dev.synthforge.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.synthforge.core.mix.CardFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Counts what the dataset card tells: aggregates only, never rows, reach the driver. */
final class MixCardFacts {
  private MixCardFacts() {}

  static CardFacts count(SparkSession spark, Dataset<Row> mix, Dataset<Row> curated, String database,
      List<String> exports) {
    Dataset<Row> synthetic = mix.filter(col("origin").equalTo("synthetic"));
    Map<String, Long> models = counts(synthetic.groupBy(coalesce(col("model"), lit("(unknown)"))).count());
    Map<String, Long> templates = counts(synthetic.groupBy(coalesce(col("template_id"), lit("(unknown)"))).count());
    long rows = 0;
    long kept = 0;
    for (Row row : curated.groupBy("kept").count().collectAsList()) {
      rows += row.getLong(1);
      kept += row.getBoolean(0) ? row.getLong(1) : 0;
    }
    Map<String, Long> rejections = counts(curated.filter(col("kept").equalTo(false))
        .groupBy(coalesce(col("rejected_by"), lit("")).as("rule")).count());
    return new CardFacts(models, templates, rows, kept, rejections, review(spark, curated, database), exports);
  }

  /** Human review, as review import recorded it in the curated rows. */
  private static String review(SparkSession spark, Dataset<Row> curated, String database) {
    Map<String, Long> verdicts = counts(curated.filter(col("review_verdict").isNotNull())
        .groupBy(col("review_verdict")).count());
    return verdicts.isEmpty() ? "No curated row has been reviewed."
        : "Curated rows by the reviewer's verdict: " + verdicts + "; the counts above include those decisions.";
  }

  private static Map<String, Long> counts(Dataset<Row> grouped) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row row : grouped.orderBy(col("count").desc(), col(grouped.columns()[0])).collectAsList()) {
      counts.put(String.valueOf(row.get(0)), row.getLong(1));
    }
    return counts;
  }
}
