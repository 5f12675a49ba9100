package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import dev.synthforge.core.review.Review;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;

/**
 * The reviews table: every imported review, never changed or deleted. The latest review of a row
 * (by reviewed_at, then review_id) has the final word on it, in curate and in review import alike.
 * It lives in the output database, next to curated ({@code output.reviews-table}, default {@code reviews}).
 */
final class ReviewStore {
  static final String TABLE_COMMENT =
      "synthforge reviews: one row per imported human review (accept, reject or edit) of a curated row."
          + " Written by review import; keyed by review_id. The latest review per request_id is the final word.";
  /** Prefix of the latest review's columns that {@link #withLatest} adds. */
  static final String LATEST_PREFIX = "latest_";
  private static final List<String> LATEST_COLUMNS = List.of("review_id", "review_verdict", "edited_text",
      "reviewer", "reviewed_at", "import_run_id");

  private final SparkSession spark;
  private final String table;

  private ReviewStore(SparkSession spark, String table) {
    this.spark = spark;
    this.table = table;
  }

  static ReviewStore open(SparkSession spark, String database, String table) {
    DeltaTables.ensure(spark, database, table, TableSchemas.REVIEWS, TABLE_COMMENT, Map.of(
        "synthforge.table", "reviews", "synthforge.written-by", "review import", "synthforge.key", "review_id"));
    return new ReviewStore(spark, DeltaTables.qualified(database, table));
  }

  String table() {
    return table;
  }

  /**
   * Appends the reviews not stored yet.
   *
   * @return how many were new
   */
  long insert(List<Review> reviews, String task, String sourceFile, String runId, Instant importedAt) {
    List<Row> rows = new ArrayList<>();
    for (Review review : reviews) {
      rows.add(RowFactory.create(review.reviewId(), review.rowId(), task, review.action().code(),
          review.editedText(), review.reviewer(), Timestamp.from(review.reviewedAt()), sourceFile, review.line(),
          runId, Timestamp.from(importedAt)));
    }
    Dataset<Row> incoming = spark.createDataFrame(rows, TableSchemas.REVIEWS);
    Dataset<Row> stored = spark.table(table).select("review_id");
    List<Row> fresh = incoming.join(stored, incoming.col("review_id").equalTo(stored.col("review_id")), "left_anti")
        .collectAsList();
    if (fresh.isEmpty()) {
      return 0;
    }
    Dataset<Row> source = spark.createDataFrame(fresh, TableSchemas.REVIEWS);
    CommitRetries.run("append reviews to " + table, () -> source.write().format("delta").mode("append")
        .saveAsTable(table));
    return fresh.size();
  }

  /** The latest review of each row of a task: request_id and the prefixed review columns. */
  Dataset<Row> latest(String task) {
    return latestOf(spark.table(table).filter(col("task_name").equalTo(task)));
  }

  /**
   * {@code work} with its rows' latest review in prefixed columns (null without one), for
   * curate's decision; a database without reviews adds null columns.
   */
  static Dataset<Row> withLatest(SparkSession spark, String database, String table, String task, Dataset<Row> work) {
    if (!spark.catalog().tableExists(database, table)) {
      Dataset<Row> result = work;
      for (String column : LATEST_COLUMNS) {
        StructField field = TableSchemas.REVIEWS.apply(column);
        result = result.withColumn(LATEST_PREFIX + column, lit(null).cast(field.dataType()));
      }
      return result;
    }
    Dataset<Row> latest = latestOf(spark.table(DeltaTables.qualified(database, table))
        .filter(col("task_name").equalTo(task)));
    return work.join(latest, work.col("request_id").equalTo(latest.col("reviewed_request_id")), "left")
        .drop("reviewed_request_id");
  }

  private static Dataset<Row> latestOf(Dataset<Row> reviews) {
    List<Column> columns = new ArrayList<>();
    columns.add(col("request_id").as("reviewed_request_id"));
    LATEST_COLUMNS.forEach(column -> columns.add(col(column).as(LATEST_PREFIX + column)));
    return reviews
        .withColumn("rank", row_number().over(Window.partitionBy("request_id")
            .orderBy(col("reviewed_at").desc(), col("review_id").desc())))
        .filter(col("rank").equalTo(1))
        .select(columns.toArray(Column[]::new));
  }

  /**
   * Adds the CURATED columns an older curated table lacks (the review columns came later), so a
   * warehouse curated before reviews existed keeps working.
   */
  static void addMissingColumns(SparkSession spark, String qualifiedTable) {
    Set<String> present = Set.of(spark.table(qualifiedTable).schema().fieldNames());
    List<String> missing = new ArrayList<>();
    for (StructField field : TableSchemas.CURATED.fields()) {
      if (!present.contains(field.name())) {
        missing.add("`" + field.name() + "` " + field.dataType().sql() + " COMMENT '"
            + field.getComment().getOrElse(() -> "").replace("'", "\\'") + "'");
      }
    }
    if (!missing.isEmpty()) {
      spark.sql("ALTER TABLE " + qualifiedTable + " ADD COLUMNS (" + String.join(", ", missing) + ")");
    }
  }
}
