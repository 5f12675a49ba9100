package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;

import dev.synthforge.core.curate.InputCheck;
import dev.synthforge.core.metrics.MetricValue;
import dev.synthforge.core.review.ReviewAction;
import dev.synthforge.core.review.ReviewAgreement;
import dev.synthforge.core.review.ReviewDecision;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The monitor's review agreement values ({@link ReviewAgreement}), from the reviewed rows of a
 * task's curated table: only small counts per depth, rule and verdict reach the driver.
 */
final class ReviewAgreementValues {
  private ReviewAgreementValues() {}

  /** The values; none when the table does not exist, predates reviews or has no reviewed row. */
  static List<MetricValue> measure(SparkSession spark, String database, String curatedTable, String task,
      String runId) {
    if (!spark.catalog().tableExists(database, curatedTable)) {
      return List.of();
    }
    Dataset<Row> curated = spark.table(DeltaTables.qualified(database, curatedTable));
    if (!Arrays.asList(curated.columns()).contains("review_verdict")) {
      return List.of();
    }
    Dataset<Row> reviewed = curated.filter(col("task_name").equalTo(task).and(col("review_verdict").isNotNull()));
    String reject = ReviewAction.REJECT.code();
    ReviewAgreement agreement = new ReviewAgreement();
    for (Row row : reviewed
        .select(col("generation_depth"), col("review_verdict"), explode(col("verdicts")).as("v"))
        .filter(col("v.rule").isin(ReviewDecision.RULE, InputCheck.NAME).unary_$bang()
            .and(col("v.outcome").isin("passed", "rejected")))
        .groupBy(col("generation_depth"), col("v.rule"), col("v.outcome"), col("review_verdict")).count()
        .collectAsList()) {
      agreement.add(row.getInt(0), row.getString(1), row.getString(2).equals("rejected"),
          row.getString(3).equals(reject), row.getLong(4));
    }
    for (Row row : reviewed
        .select(col("generation_depth"), col("review_verdict"),
            expr("exists(verdicts, v -> v.rule <> '" + ReviewDecision.RULE + "' AND v.outcome = 'rejected')")
                .as("rules_rejected"))
        .groupBy("generation_depth", "rules_rejected", "review_verdict").count().collectAsList()) {
      agreement.add(row.getInt(0), ReviewAgreement.OVERALL, row.getBoolean(1), row.getString(2).equals(reject),
          row.getLong(3));
    }
    return agreement.values(runId);
  }
}
