package dev.synthforge.spark;

import dev.synthforge.config.SeedFormat;
import dev.synthforge.config.SeedsConfig;
import dev.synthforge.core.errors.Errors;
import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads the seed rows a job config names: a Delta table or a path of JSONL, CSV, Parquet or Delta. */
final class SeedReader {
  private SeedReader() {}

  /**
   * Seeds as read.
   *
   * @param rows the seed rows
   * @param source the path or table name, for lineage
   * @param tableVersion the Delta version read, or null when the source is not Delta
   */
  record Seeds(Dataset<Row> rows, String source, Long tableVersion) {
    List<String> columns() {
      return Arrays.asList(rows.columns());
    }
  }

  static Seeds read(SparkSession spark, SeedsConfig config) {
    Seeds seeds = config.table().isPresent()
        ? readTable(spark, config.table().get())
        : readPath(spark, config.path().orElseThrow(), config.format());
    if (config.limit() > 0) {
      seeds = new Seeds(seeds.rows().limit((int) Math.min(Integer.MAX_VALUE, config.limit())), seeds.source(), seeds.tableVersion());
    }
    return seeds;
  }

  private static Seeds readTable(SparkSession spark, String table) {
    try {
      Dataset<Row> rows = spark.table(table);
      Long version = DeltaTable.isDeltaTable(spark, DeltaTables.location(spark, table))
          ? DeltaTables.version(spark, table) : null;
      return new Seeds(rows, table, version);
    } catch (RuntimeException e) {
      throw Errors.unreadableSeeds("table " + table, e);
    }
  }

  private static Seeds readPath(SparkSession spark, String path, SeedFormat format) {
    try {
      SeedFormat resolved = format == SeedFormat.AUTO ? detect(spark, path) : format;
      return switch (resolved) {
        case JSONL -> new Seeds(spark.read().option("mode", "FAILFAST").json(path), path, null);
        case CSV -> new Seeds(spark.read().option("header", "true").option("multiLine", "true")
            .option("escape", "\"").option("mode", "FAILFAST").csv(path), path, null);
        case PARQUET -> new Seeds(spark.read().parquet(path), path, null);
        case DELTA -> new Seeds(spark.read().format("delta").load(path), path,
            DeltaTable.forPath(spark, path).history(1).first().<Long>getAs("version"));
        case AUTO -> throw new IllegalStateException("format was resolved");
      };
    } catch (RuntimeException e) {
      if (e instanceof dev.synthforge.core.errors.SynthforgeException known) {
        throw known;
      }
      throw Errors.unreadableSeeds(path, e);
    }
  }

  private static SeedFormat detect(SparkSession spark, String path) {
    Path hadoopPath = new Path(path);
    try {
      FileSystem fs = hadoopPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(hadoopPath)) {
        throw Errors.userError("read seeds from " + path, "no such file or folder (seeds.path)");
      }
      if (fs.getFileStatus(hadoopPath).isDirectory()) {
        if (fs.exists(new Path(hadoopPath, "_delta_log"))) {
          return SeedFormat.DELTA;
        }
        throw Errors.userError("read seeds from " + path,
            "it is a folder without a Delta log; set seeds.format to jsonl, csv or parquet");
      }
    } catch (IOException e) {
      throw Errors.unreadableSeeds(path, e);
    }
    String name = hadoopPath.getName().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
      return SeedFormat.JSONL;
    }
    if (name.endsWith(".csv")) {
      return SeedFormat.CSV;
    }
    if (name.endsWith(".parquet")) {
      return SeedFormat.PARQUET;
    }
    throw Errors.userError("read seeds from " + path,
        "cannot tell its format from the name; set seeds.format to jsonl, csv, parquet or delta");
  }
}
