package dev.synthforge.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Puts the run id into the metadata of every Delta commit the session makes, and the run's
 * identity into the session's settings ({@link RunTags}) for listeners such as OpenLineage.
 */
final class CommitMetadata {
  private static final String KEY = "spark.databricks.delta.commitInfo.userMetadata";

  private CommitMetadata() {}

  static void tag(SparkSession spark, String runId, String job) {
    spark.conf().set(KEY, "{\"synthforge_run_id\":\"" + runId.replace("\"", "") + "\",\"job\":\"" + job + "\"}");
    RunTags.tag(spark, runId, job);
  }

  /**
   * What the tagged run generates with: its task, its endpoints' models (sorted, comma-separated)
   * and its template hash. Call after {@link #tag}; {@link #clear} drops them.
   */
  static void describe(SparkSession spark, String task, String models, String templateHash) {
    RunTags.describe(spark, task, models, templateHash);
  }

  static void clear(SparkSession spark) {
    spark.conf().unset(KEY);
    RunTags.clear(spark);
  }
}
