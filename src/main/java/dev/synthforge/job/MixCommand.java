package dev.synthforge.job;

import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.spark.MixJob;
import dev.synthforge.spark.MixResult;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mix}: build the training mix from the real pool and the kept synthetic rows. */
@Command(
    name = "mix",
    mixinStandardHelpOptions = true,
    description = {
      "Build the training mix table from the real pool (the seeds) and the kept curated rows by the"
          + " config's mix policy (accumulate by default: every real row, synthetic rows on top),"
          + " and write a manifest pinning the Delta versions it read, the policy and the counts,"
          + " with a dataset card beside it. With mix.export.dir, also write Parquet and JSONL"
          + " for trainers. With --manifest, rebuild that manifest's exact rows by time travel."
    })
final class MixCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Option(names = "--manifest", paramLabel = "FILE",
      description = "Rebuild the mix this manifest describes, from the input versions it pins, with its policy.")
  String manifest;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    return SparkCommand.run("mix", options, sparkOptions,
        (spark, config, warehouse) -> mix(spark, config, Optional.ofNullable(manifest)));
  }

  /** Builds the mix (or rebuilds a manifest's) and prints its summary. */
  static int mix(SparkSession spark, JobConfig config, Optional<String> manifest) {
    MixResult result = new MixJob(spark, config, RunOptions.identity(config, "mix")).run(manifest);
    MixSummary.print(result, System.out);
    return ExitCodes.SUCCESS;
  }
}
