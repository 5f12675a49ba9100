package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The training mix table: the latest mix; earlier mixes stay readable by Delta version. */
final class MixStore {
  static final String TABLE_COMMENT =
      "synthforge training mix: the training set the mix job built from the real pool and the kept"
          + " curated rows, one row per mixed row with its lineage. Written by mix, replaced by each"
          + " run; its manifest (mix_run_id) pins the inputs, so mix --manifest rebuilds it.";

  private final SparkSession spark;
  private final String table;

  private MixStore(SparkSession spark, String table) {
    this.spark = spark;
    this.table = table;
  }

  static MixStore open(SparkSession spark, String database, String tableName) {
    DeltaTables.ensure(spark, database, tableName, TableSchemas.TRAINING_MIX, TABLE_COMMENT, Map.of(
        "synthforge.table", "training_mix", "synthforge.written-by", "mix", "synthforge.key", "row_id"));
    return new MixStore(spark, DeltaTables.qualified(database, tableName));
  }

  /** Replaces the table's rows with {@code rows} in one commit. */
  void replace(Dataset<Row> rows) {
    Column[] columns = Arrays.stream(TableSchemas.TRAINING_MIX.fieldNames()).map(name -> col("`" + name + "`")).toArray(Column[]::new);
    Dataset<Row> ordered = rows.select(columns);
    CommitRetries.run("replace the rows of " + table,
        () -> ordered.write().format("delta").mode("overwrite").insertInto(table));
  }
}
