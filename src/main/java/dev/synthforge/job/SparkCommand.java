package dev.synthforge.job;

import dev.synthforge.config.JobConfig;
import dev.synthforge.spark.Sessions;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * How a job command runs: quiet logs unless asked, the config with the command line's overrides,
 * one Spark session for the job's steps, stopped at the end whatever happens.
 */
final class SparkCommand {
  private SparkCommand() {}

  /** Job work inside a started session: prints its summary and returns its exit code. */
  @FunctionalInterface
  interface Work {
    int run(SparkSession spark, JobConfig config, Path warehouse);
  }

  static int run(String name, RunOptions options, SparkOptions sparkOptions, Work work) {
    Logging.configure(sparkOptions.verbose);
    JobConfig config = options.load();
    Path warehouse = Path.of(config.output().warehouse()).toAbsolutePath().normalize();
    SparkSession spark = Sessions.start("synthforge " + name, warehouse, sparkOptions.master);
    try {
      return work.run(spark, config, warehouse);
    } finally {
      spark.stop();
    }
  }
}
