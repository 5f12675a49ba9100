package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;

import dev.synthforge.core.metrics.MetricValue;
import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * The metrics table, long form: one row per (task, run date, depth, metric, group). A monitor
 * run replaces the values of its task and run date, so a retried scheduled run leaves one set.
 */
final class MetricsStore {
  static final String TABLE_COMMENT =
      "synthforge metrics: quality, diversity, representation, curation and cost metrics per task,"
          + " run date and generation depth (0 = real data), long form. Written by monitor; keyed by"
          + " task_name, run_date, depth, metric, group.";

  private final SparkSession spark;
  private final String table;

  private MetricsStore(SparkSession spark, String table) {
    this.spark = spark;
    this.table = table;
  }

  static MetricsStore open(SparkSession spark, String database, String tableName) {
    DeltaTables.ensure(spark, database, tableName, TableSchemas.METRICS, TABLE_COMMENT, Map.of(
        "synthforge.table", "metrics", "synthforge.written-by", "monitor",
        "synthforge.key", "task_name, run_date, depth, metric, group"));
    return new MetricsStore(spark, DeltaTables.qualified(database, tableName));
  }

  String table() {
    return table;
  }

  /**
   * Replaces the task's values of the run date with {@code values}.
   *
   * @param sampled names of the metrics measured on a sample
   */
  void replace(String task, LocalDate runDate, String configHash, List<MetricValue> values, Set<String> sampled) {
    Timestamp now = Timestamp.from(Instant.now());
    List<Row> rows = new ArrayList<>();
    for (MetricValue value : values) {
      rows.add(RowFactory.create(task, Date.valueOf(runDate), value.runId(), value.depth(), value.metric(),
          value.group(), Double.isFinite(value.value()) ? value.value() : null, value.sampleSize(),
          sampled.contains(value.metric()), configHash, now));
    }
    Dataset<Row> source = spark.createDataFrame(rows, TableSchemas.METRICS);
    String sameRun = "t.task_name = '" + task.replace("'", "''") + "' AND t.run_date = DATE'" + runDate + "'";
    // One commit: values of this task and date that the run no longer measures are deleted.
    CommitRetries.run("replace metrics of " + task + " on " + runDate + " in " + table, () ->
        DeltaTable.forName(spark, table).as("t")
            .merge(source.as("s"), "t.task_name = s.task_name AND t.run_date = s.run_date AND t.depth = s.depth"
                + " AND t.metric = s.metric AND t.`group` = s.`group`")
            .whenMatched().updateAll()
            .whenNotMatched().insertAll()
            .whenNotMatchedBySource(sameRun).delete()
            .execute());
  }

  /** Every value of the task, for trends. */
  Dataset<Row> history(String task) {
    return spark.table(table).filter(col("task_name").equalTo(task));
  }
}
