package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;

import io.delta.tables.DeltaTable;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The curated table: one row per generated row, replaced only when its verdicts change. */
final class CuratedStore {
  static final String TABLE_COMMENT =
      "synthforge curated: one row per generated row with every curation rule's verdict, the first"
          + " rejecting rule, duplicate clusters and judge scores. Written by curate; keyed by"
          + " request_id. Nothing is deleted: WHERE kept gives the curated set.";

  private final SparkSession spark;
  private final String table;

  private CuratedStore(SparkSession spark, String table) {
    this.spark = spark;
    this.table = table;
  }

  static CuratedStore open(SparkSession spark, String database, String tableName) {
    DeltaTables.ensure(spark, database, tableName, TableSchemas.CURATED, TABLE_COMMENT, Map.of(
        "synthforge.table", "curated", "synthforge.written-by", "curate", "synthforge.key", "request_id"));
    ReviewStore.addMissingColumns(spark, DeltaTables.qualified(database, tableName));
    return new CuratedStore(spark, DeltaTables.qualified(database, tableName));
  }

  String table() {
    return table;
  }

  /**
   * Merges the decided rows: new rows are inserted, rows whose verdict hash changed are replaced,
   * the rest are left as they are (no commit rewrites them), so a re-run that decides the same
   * changes nothing.
   *
   * @return the rows inserted or replaced
   */
  long merge(Dataset<Row> decided) {
    Dataset<Row> current = spark.table(table).select("request_id", "verdict_hash");
    Dataset<Row> changed = decided.join(current,
        decided.col("request_id").equalTo(current.col("request_id"))
            .and(decided.col("verdict_hash").equalTo(current.col("verdict_hash"))), "left_anti");
    // Checkpointed, so the merge reads fixed rows and not a plan over the table it writes.
    Dataset<Row> source = spark.sparkContext().getCheckpointDir().isDefined()
        ? changed.checkpoint(true) : changed.localCheckpoint(true);
    long count = source.count();
    if (count == 0) {
      return 0;
    }
    CommitRetries.run("merge curated rows into " + table, () -> DeltaTable.forName(spark, table).as("t")
        .merge(source.as("s"), "t.request_id = s.request_id")
        .whenMatched().updateAll()
        .whenNotMatched().insertAll()
        .execute());
    return count;
  }

  /** Rows of a task, for counts after the merge. */
  Dataset<Row> rowsOf(String task) {
    return spark.table(table).filter(col("task_name").equalTo(task));
  }
}
