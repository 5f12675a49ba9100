package dev.synthforge.job;

import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ExitCodes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pipeline}: generate, curate, monitor and mix from one config in one Spark application. */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Run generate, curate, monitor and mix from one config, one after the other, in one Spark"
          + " application: the same jobs, run ids, ledger rows and tables as the four commands."
          + " A failed job stops the pipeline with its exit code (2 or 3); a breached quality gate stops it before"
          + " mix (exit 4) unless --ignore-gates. Re-running finishes what is missing."
    })
final class PipelineCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Option(names = "--ignore-gates",
      description = "Build the mix even when monitor breaches a quality gate; the exit code is still 4.")
  boolean ignoreGates;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    return SparkCommand.run("pipeline", options, sparkOptions, this::pipeline);
  }

  private int pipeline(SparkSession spark, JobConfig given, Path warehouse) {
    long started = System.nanoTime();
    // One run date for the four jobs, even when the pipeline runs past midnight.
    JobConfig config = given.run().date().isPresent() ? given
        : given.withRun(given.run().withDate(LocalDate.now()));
    GenerateCommand.generate(spark, config, false);
    CurateCommand.curate(spark, config);
    int monitored = MonitorCommand.monitor(spark, config, warehouse);
    PrintStream out = System.out;
    boolean breached = monitored == ExitCodes.QUALITY_GATE;
    if (breached && !ignoreGates) {
      out.printf(Locale.ROOT, "%nsynthforge pipeline: stopped after monitor, a quality gate was breached;"
          + " mix was not run (%.1f s)%n", seconds(started));
      return ExitCodes.QUALITY_GATE;
    }
    MixCommand.mix(spark, config, Optional.empty());
    out.printf(Locale.ROOT, "%nsynthforge pipeline: generate, curate, monitor and mix done in %.1f s%s%n",
        seconds(started), breached ? "; a quality gate was breached (mix built because of --ignore-gates)" : "");
    return breached ? ExitCodes.QUALITY_GATE : ExitCodes.SUCCESS;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
