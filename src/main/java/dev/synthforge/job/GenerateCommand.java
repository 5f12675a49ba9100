package dev.synthforge.job;

import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.spark.GenerateJob;
import dev.synthforge.spark.GenerateResult;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate}: fan the seeds of a config out to its endpoints and write generations. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Render every seed through the task's prompt template, send the requests from the Spark"
          + " executors to the configured endpoints, and merge one row per sample into the"
          + " generations table. Samples that earlier runs generated are not sent again."
    })
final class GenerateCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Option(names = "--force", description = "Regenerate samples that already succeeded.")
  boolean force;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    return SparkCommand.run("generate", options, sparkOptions, (spark, config, warehouse) -> generate(spark, config, force));
  }

  /** Runs generate and prints its summary; a failed run throws, after its rows are written. */
  static int generate(SparkSession spark, JobConfig config, boolean force) {
    GenerateResult result = new GenerateJob(spark, config, RunOptions.identity(config, "generate"), force).run();
    GenerateSummary.print(result, System.out);
    if (result.failed()) {
      throw Errors.jobFailed("finish generate run " + result.runId(), result.message()
          + "; failures by class: " + result.counts().failuresByClass()
          + "; the failed rows are in " + result.generationsTable());
    }
    return ExitCodes.SUCCESS;
  }
}
