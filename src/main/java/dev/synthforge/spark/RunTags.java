package dev.synthforge.spark;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The running job's identity as session settings, for listeners that report on the application
 * from outside the job (the optional OpenLineage run facet). The keys start with {@code spark.}
 * so that Spark copies them into the properties of every job a SQL query runs and into the
 * settings it records when a query starts: a listener reads the values the query ran with, even
 * after the job has moved on.
 */
public final class RunTags {
  public static final String RUN_ID = "spark.synthforge.run.id";
  public static final String JOB = "spark.synthforge.run.job";
  public static final String TASK = "spark.synthforge.run.task";
  /** The models of the run's endpoints, sorted and comma-separated. */
  public static final String MODELS = "spark.synthforge.run.models";
  public static final String TEMPLATE_HASH = "spark.synthforge.run.template_hash";
  public static final List<String> KEYS = List.of(RUN_ID, JOB, TASK, MODELS, TEMPLATE_HASH);

  private RunTags() {}

  /** Starts tagging the session's queries with a run; what an earlier run described is dropped. */
  static void tag(SparkSession spark, String runId, String job) {
    clear(spark);
    spark.conf().set(RUN_ID, runId);
    spark.conf().set(JOB, job);
  }

  /** Adds what the run generates with; a null value is left out. */
  static void describe(SparkSession spark, String task, String models, String templateHash) {
    setOrUnset(spark, TASK, task);
    setOrUnset(spark, MODELS, models);
    setOrUnset(spark, TEMPLATE_HASH, templateHash);
  }

  static void clear(SparkSession spark) {
    KEYS.forEach(spark.conf()::unset);
  }

  private static void setOrUnset(SparkSession spark, String key, String value) {
    if (value == null) {
      spark.conf().unset(key);
    } else {
      spark.conf().set(key, value);
    }
  }
}
