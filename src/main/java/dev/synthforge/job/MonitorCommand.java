package dev.synthforge.job;

import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.ExitCodes;
import dev.synthforge.core.metrics.GateBreach;
import dev.synthforge.spark.MonitorJob;
import dev.synthforge.spark.MonitorResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code monitor}: measure the generated rows, write metrics and a report, enforce the gates. */
@Command(
    name = "monitor",
    mixinStandardHelpOptions = true,
    description = {
      "Measure quality, diversity and representation of the config task's generated rows per"
          + " generation depth against the real seeds, write them to the metrics table (replacing"
          + " the values of the same run date), write an HTML report, and check monitor.gates:"
          + " a breached gate ends the job with exit code 4, after everything is written."
    })
final class MonitorCommand implements Callable<Integer> {
  @Mixin RunOptions options;

  @Mixin SparkOptions sparkOptions;

  @Override
  public Integer call() {
    return SparkCommand.run("monitor", options, sparkOptions, MonitorCommand::monitor);
  }

  /** Runs monitor and prints its summary; a breached gate returns {@link ExitCodes#QUALITY_GATE}. */
  static int monitor(SparkSession spark, JobConfig config, Path warehouse) {
    MonitorResult result = new MonitorJob(spark, config, RunOptions.identity(config, "monitor"),
        warehouse.resolve("reports")).run();
    print(result, System.out);
    if (result.gatesBreached()) {
      for (GateBreach breach : result.breaches()) {
        System.err.println("synthforge: quality gate breached: " + breach.message());
      }
      return ExitCodes.QUALITY_GATE;
    }
    return ExitCodes.SUCCESS;
  }

  static void print(MonitorResult result, PrintStream out) {
    out.println();
    out.println("synthforge monitor: run " + result.runId()
        + (result.gatesBreached() ? " BREACHED " + result.breaches().size() + " quality gate(s)" : " succeeded"));
    out.println("  depths              " + result.depths() + " (0 is the real seed data)");
    out.printf(Locale.ROOT, "  metric values       %,d written to %s%n", result.values(), result.metricsTable());
    out.printf(Locale.ROOT, "  token budget        %,d tokens per depth for the n-gram metrics%n", result.tokenBudget());
    out.printf(Locale.ROOT, "  wall time           %.1f s%n", result.wallMillis() / 1000.0);
    for (GateBreach breach : result.breaches()) {
      out.println("  breached            " + breach.message());
    }
    out.println("  report              " + result.report());
    out.println("  try                 SELECT depth, metric, value FROM " + result.metricsTable()
        + " WHERE `group` = '' AND metric IN ('distinct_2', 'tail_recall_1') ORDER BY metric, depth");
    out.flush();
  }
}
