package dev.synthforge.spark;

import io.delta.tables.DeltaTable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.jdk.javaapi.CollectionConverters;

/** The runs table: one row per job run, written when it starts and updated when it ends. */
public final class RunLedger {
  static final String TABLE_COMMENT =
      "synthforge runs: one row per job run with counts, tokens, cost, timings, config hash and status."
          + " Written by every job; keyed by run_id.";

  private final SparkSession spark;
  private final String table;

  private RunLedger(SparkSession spark, String table) {
    this.spark = spark;
    this.table = table;
  }

  public static RunLedger open(SparkSession spark, String database, String tableName) {
    DeltaTables.ensure(spark, database, tableName, TableSchemas.RUNS, TABLE_COMMENT, Map.of(
        "synthforge.table", "runs", "synthforge.written-by", "all jobs", "synthforge.key", "run_id"));
    return new RunLedger(spark, DeltaTables.qualified(database, tableName));
  }

  public String table() {
    return table;
  }

  /**
   * What a run sent and reused.
   *
   * @param callsSent endpoint calls made (retries not counted)
   * @param responsesReused responses taken from a retried task's journal
   * @param requestsResent requests an interrupted attempt had sent, sent again
   * @param recoveredRows rows of interrupted earlier runs merged by this run
   */
  public record Work(long callsSent, long responsesReused, long requestsResent, long recoveredRows) {
    public static Work none() {
      return new Work(0, 0, 0, 0);
    }
  }

  /**
   * One ledger entry.
   *
   * @param status running, succeeded or failed
   * @param finishedAt null while running
   */
  public record Entry(
      String runId, String job, LocalDate runDate, String status, long requested, long generated,
      long failed, long skippedExisting, Work work, long promptTokens, long completionTokens,
      double estimatedCostUsd, Map<String, Long> failuresByClass, Instant startedAt,
      Instant finishedAt, String configHash, String codeVersion, String schedulerRunId,
      String endpoints, String outputTable, String message) {}

  /** Inserts or replaces the entry with the same run id. */
  public void record(Entry entry) {
    Row row = RowFactory.create(
        entry.runId(), entry.job(), Date.valueOf(entry.runDate()), entry.status(), entry.requested(),
        entry.generated(), entry.failed(), entry.skippedExisting(), entry.work().callsSent(),
        entry.work().responsesReused(), entry.work().requestsResent(), entry.work().recoveredRows(),
        entry.promptTokens(),
        entry.completionTokens(), entry.estimatedCostUsd(),
        CollectionConverters.asScala(entry.failuresByClass()),
        Timestamp.from(entry.startedAt()),
        entry.finishedAt() == null ? null : Timestamp.from(entry.finishedAt()),
        entry.finishedAt() == null ? null
            : (entry.finishedAt().toEpochMilli() - entry.startedAt().toEpochMilli()) / 1000.0,
        entry.configHash(), entry.codeVersion(), entry.schedulerRunId(), entry.endpoints(),
        entry.outputTable(), entry.message());
    var source = spark.createDataFrame(List.of(row), TableSchemas.RUNS);
    if (spark.table(table).filter(functions.col("run_id").equalTo(entry.runId())).isEmpty()) {
      // A new run: an append is one small commit, where a merge would rewrite a file.
      CommitRetries.run("record run " + entry.runId() + " in " + table,
          () -> source.write().format("delta").mode("append").saveAsTable(table));
      return;
    }
    CommitRetries.run("record run " + entry.runId() + " in " + table, () -> DeltaTable.forName(spark, table).as("t")
        .merge(source.as("s"), "t.run_id = s.run_id")
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute());
  }
}
