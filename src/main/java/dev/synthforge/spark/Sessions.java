package dev.synthforge.spark;

import dev.synthforge.core.Redaction;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession of a job. Under spark-submit the cluster's settings win. In local mode
 * (no master configured, or a {@code local} one) without a configured warehouse, it uses a local
 * warehouse folder with an embedded metastore inside it, so tables are registered by name and
 * survive the process.
 */
public final class Sessions {
  private static final String DELTA_EXTENSION = "io.delta.sql.DeltaSparkSessionExtension";
  private static final String DELTA_CATALOG = "org.apache.spark.sql.delta.catalog.DeltaCatalog";

  private Sessions() {}

  /**
   * The session for a job named {@code appName}.
   *
   * @param warehouse the local warehouse folder, used only when no master is configured
   * @param master the master to use when none is configured, e.g. {@code local[*]}
   */
  public static SparkSession start(String appName, Path warehouse, String master) {
    SparkConf configured = new SparkConf();
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (!configured.contains("spark.master")) {
      builder.master(master);
    }
    String effectiveMaster = configured.get("spark.master", master);
    if (effectiveMaster.startsWith("local") && !configured.contains("spark.sql.warehouse.dir")) {
      localSettings(builder, warehouse);
    }
    if (!configured.contains("spark.sql.extensions")) {
      builder.config("spark.sql.extensions", DELTA_EXTENSION);
    }
    if (!configured.contains("spark.sql.catalog.spark_catalog")) {
      builder.config("spark.sql.catalog.spark_catalog", DELTA_CATALOG);
    }
    if (!configured.contains("spark.redaction.regex")) {
      builder.config("spark.redaction.regex", Redaction.sparkRedactionRegex());
    }
    if (!configured.contains("spark.cleaner.referenceTracking.cleanCheckpoints")) {
      // Checkpoint files of finished steps are deleted once nothing refers to them.
      builder.config("spark.cleaner.referenceTracking.cleanCheckpoints", "true");
    }
    builder.config("spark.databricks.delta.schema.autoMerge.enabled", "false");
    // synthforge merges from deterministic sources (staged Delta rows, a ledger row); copying
    // them first only costs time.
    builder.config("spark.databricks.delta.merge.materializeSource", "none");
    // Data-skipping statistics on the leading columns only (request_id, seed_id, ...), which
    // are the ones merges and lookups filter on; lineage rows are wide.
    builder.config("spark.databricks.delta.properties.defaults.dataSkippingNumIndexedCols", "4");
    return builder.getOrCreate();
  }

  private static void localSettings(SparkSession.Builder builder, Path warehouse) {
    Path root = warehouse.toAbsolutePath().normalize();
    System.setProperty("derby.stream.error.file", root.resolve("derby.log").toString());
    builder
        .config("spark.sql.warehouse.dir", root.toUri().toString())
        .config("spark.hadoop.javax.jdo.option.ConnectionURL",
            "jdbc:derby:;databaseName=" + root.resolve("metastore_db") + ";create=true")
        .config("spark.sql.catalogImplementation", "hive")
        // Checkpoints cut the lineage of iterative steps (connected components of curate).
        .config("spark.checkpoint.dir", root.resolve("checkpoints").toUri().toString())
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
        // Delta replays table logs with 50 tasks by default: far too many for one machine.
        .config("spark.databricks.delta.snapshotPartitions", "2")
        .config("spark.speculation", "false")
        // Running tasks report their counts with each heartbeat; progress lines follow them.
        .config("spark.executor.heartbeatInterval", "2s")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1");
  }
}
