package dev.synthforge.spark;

import org.apache.spark.sql.SparkSession;

/** Puts the run id into the metadata of every Delta commit the session makes. */
final class CommitMetadata {
  private static final String KEY = "spark.databricks.delta.commitInfo.userMetadata";

  private CommitMetadata() {}

  static void tag(SparkSession spark, String runId, String job) {
    spark.conf().set(KEY, "{\"synthforge_run_id\":\"" + runId.replace("\"", "") + "\",\"job\":\"" + job + "\"}");
  }

  static void clear(SparkSession spark) {
    spark.conf().unset(KEY);
  }
}
