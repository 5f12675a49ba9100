package dev.synthforge.job;

import dev.synthforge.config.ConfigHash;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.spark.MixJob;
import dev.synthforge.spark.MixResult;
import dev.synthforge.spark.RunIdentity;
import dev.synthforge.spark.Sessions;
import java.nio.file.Path;
import java.time.LocalDate;
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

  @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
      description = "Spark master when not run by spark-submit (default: ${DEFAULT-VALUE}).")
  String master;

  @Option(names = "--verbose", description = "Show Spark's INFO logs.")
  boolean verbose;

  @Override
  public Integer call() {
    Logging.configure(verbose);
    JobConfig config = options.load();
    RunIdentity identity = new RunIdentity(
        config.run().id().map(id -> id + "-mix").orElseGet(() -> RunIdentity.newRunId("mix")),
        config.run().date().orElseGet(LocalDate::now),
        ConfigHash.of(config),
        config.run().schedulerRunId().orElse(null));
    SparkSession spark = Sessions.start("synthforge mix", Path.of(config.output().warehouse()), master);
    try {
      MixResult result = new MixJob(spark, config, identity).run(Optional.ofNullable(manifest));
      MixSummary.print(result, System.out);
      return ExitCodes.SUCCESS;
    } finally {
      spark.stop();
    }
  }
}
