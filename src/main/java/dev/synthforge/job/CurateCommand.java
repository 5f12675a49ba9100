package dev.synthforge.job;

import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.spark.CurateJob;
import dev.synthforge.spark.CurateResult;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code curate}: judge every generated row of a config's task and write the curated table. */
@Command(
    name = "curate",
    mixinStandardHelpOptions = true,
    description = {
      "Run the config's curation rules (curate.rules, in order) over every generated row of its"
          + " task and merge one row of verdicts per generated row into the curated table."
          + " Nothing is deleted: the kept column says which rows made it, rejected_by and"
          + " reject_reason say why the others did not. Re-running changes only rows whose"
          + " verdicts change."
    })
final class CurateCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    return SparkCommand.run("curate", options, sparkOptions, (spark, config, warehouse) -> curate(spark, config));
  }

  /** Runs curate and prints its summary; a failed run throws. */
  static int curate(SparkSession spark, JobConfig config) {
    CurateResult result = new CurateJob(spark, config, RunOptions.identity(config, "curate")).run();
    CurateSummary.print(result, System.out);
    if (result.failed()) {
      throw Errors.jobFailed("finish curate run " + result.runId(), result.message());
    }
    return ExitCodes.SUCCESS;
  }
}
