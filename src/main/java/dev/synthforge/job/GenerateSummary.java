package dev.synthforge.job;

import dev.synthforge.core.lineage.RunCounts;
import dev.synthforge.spark.GenerateResult;
import java.io.PrintStream;
import java.util.Locale;

/** The one-screen summary a generate run ends with. */
final class GenerateSummary {
  private GenerateSummary() {}

  static void print(GenerateResult result, PrintStream out) {
    RunCounts counts = result.counts();
    double seconds = result.wallMillis() / 1000.0;
    long sent = counts.generated() + counts.failed();
    out.println();
    out.println("synthforge generate: run " + result.runId() + (result.failed() ? " FAILED" : " succeeded"));
    out.printf(Locale.ROOT, "  requested           %,d samples%n", counts.requested());
    out.printf(Locale.ROOT, "  generated           %,d%n", counts.generated());
    out.printf(Locale.ROOT, "  failed              %,d%s%n", counts.failed(),
        counts.failuresByClass().isEmpty() ? "" : "  " + counts.failuresByClass());
    out.printf(Locale.ROOT, "  skipped (existing)  %,d%n", counts.skippedExisting());
    out.printf(Locale.ROOT, "  calls sent          %,d%s%n", result.callsSent(),
        result.responsesReused() > 0 ? " (" + result.responsesReused() + " responses reused from retried tasks)" : "");
    if (result.requestsResent() > 0) {
      out.printf(Locale.ROOT, "  re-sent             %,d requests an interrupted attempt had in flight%n", result.requestsResent());
    }
    if (result.recoveredRows() > 0) {
      out.printf(Locale.ROOT, "  recovered           %,d rows of interrupted runs, not requested again%n", result.recoveredRows());
    }
    out.printf(Locale.ROOT, "  tokens              %,d prompt + %,d completion%n", counts.promptTokens(), counts.completionTokens());
    out.printf(Locale.ROOT, "  estimated cost      $%.4f%n", counts.estimatedCostUsd());
    out.printf(Locale.ROOT, "  wall time           %.1f s%n", seconds);
    if (result.fanOutMillis() > 0) {
      double fanOut = result.fanOutMillis() / 1000.0;
      out.printf(Locale.ROOT, "  fan-out             %.1f s, %.1f samples/s%n", fanOut, sent / fanOut);
    }
    out.println("  tables              " + result.generationsTable() + ", " + result.runsTable());
    if (!result.failed()) {
      out.println("  try                 SELECT seed_id, text, model_reported, latency_ms FROM "
          + result.generationsTable() + " WHERE run_id = '" + result.runId() + "' LIMIT 5");
    } else {
      out.println("  why                 " + result.message());
    }
    out.flush();
  }
}
