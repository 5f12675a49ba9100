package dev.synthforge.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dev.synthforge.config.MixConfig;
import dev.synthforge.core.mix.ExportFormat;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a mix for trainers: Parquet with every lineage column, and JSONL in a fine-tuning shape,
 * each in the configured number of shards, rows in sampling order within a shard.
 */
final class MixExport {
  private MixExport() {}

  /** Writes the files and returns one line per format for the dataset card. */
  static List<String> write(SparkSession spark, Dataset<Row> mix, MixConfig.Export export) {
    Dataset<Row> sharded = mix.repartition(export.shards(), col("row_id")).sortWithinPartitions("sample_key", "row_id");
    List<String> lines = new ArrayList<>();
    if (export.formats().contains(ExportFormat.PARQUET)) {
      String dir = export.dir() + "/parquet";
      sharded.write().mode("overwrite").parquet(dir);
      List<String> files = MixFiles.renameParts(spark, dir, ".parquet", "parquet");
      lines.add("parquet/: " + files.size() + " file(s), every column of the training mix table with its lineage");
    }
    if (export.formats().contains(ExportFormat.JSONL)) {
      String dir = export.dir() + "/jsonl";
      shaped(sharded, export).write().mode("overwrite").option("compression", "none").json(dir);
      List<String> files = MixFiles.renameParts(spark, dir, ".json", "jsonl");
      lines.add("jsonl/: " + files.size() + " file(s), one JSON object a line, shape "
          + export.shape().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    return lines;
  }

  /** The JSONL columns of a shape; real rows have no prompt, so chat holds only their assistant turn. */
  static Dataset<Row> shaped(Dataset<Row> mix, MixConfig.Export export) {
    return switch (export.shape()) {
      case CHAT -> {
        Column user = struct(lit("user").as("role"), col("prompt").as("content"));
        Column assistant = struct(lit("assistant").as("role"), col("text").as("content"));
        yield mix.select(when(col("prompt").isNull(), array(assistant)).otherwise(array(user, assistant)).as("messages"));
      }
      case PROMPT_COMPLETION -> mix.select(coalesce(col("prompt"), lit("")).as("prompt"), col("text").as("completion"));
      case TEXT -> mix.select(col("text"));
    };
  }
}
