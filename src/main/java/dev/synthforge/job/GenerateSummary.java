package dev.synthforge.job;

import dev.synthforge.core.lineage.RunCounts;
import dev.synthforge.core.metrics.representation.GroupQuota;
import dev.synthforge.core.metrics.representation.QuotaPlan;
import dev.synthforge.spark.GenerateResult;
import dev.synthforge.spark.StratifiedOutcome;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The one-screen summary a generate run ends with. */
final class GenerateSummary {
  private static final int MOST_GROUPS_SHOWN = 20;

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
    result.stratified().ifPresent(stratified -> printQuotas(stratified, out));
    out.println("  tables              " + result.generationsTable() + ", " + result.runsTable());
    if (!result.failed()) {
      out.println("  try                 SELECT seed_id, text, model_reported, latency_ms FROM "
          + result.generationsTable() + " WHERE run_id = '" + result.runId() + "' LIMIT 5");
    } else {
      out.println("  why                 " + result.message());
    }
    out.flush();
  }

  /**
   * The per-group quotas: seeds and their share, the policy's target share, the samples planned
   * (seeds x samples-per-seed in all) and those that exist after the run, earlier runs included.
   */
  static void printQuotas(StratifiedOutcome stratified, PrintStream out) {
    QuotaPlan quotas = stratified.quotas();
    out.printf(Locale.ROOT, "  stratified by       %s (%s): %,d samples over %d group(s)%n",
        stratified.attribute(), stratified.policy(), quotas.total(), quotas.groups().size());
    out.printf(Locale.ROOT, "    %-24s %8s %7s %7s %9s %7s %9s%n",
        "group", "seeds", "share", "target", "planned", "share", "achieved");
    List<GroupQuota> shown = quotas.groups().size() > MOST_GROUPS_SHOWN
        ? quotas.groups().subList(0, MOST_GROUPS_SHOWN) : quotas.groups();
    for (GroupQuota quota : shown) {
      out.printf(Locale.ROOT, "    %-24s %,8d %6.1f%% %6.1f%% %,9d %6.1f%% %,9d%n",
          shorten(quota.group()), quota.realCount(), 100 * quota.realShare(), 100 * quota.targetShare(),
          quota.target(), quotas.total() == 0 ? 0.0 : 100.0 * quota.target() / quotas.total(),
          stratified.achieved(quota.group()));
    }
    if (shown.size() < quotas.groups().size()) {
      out.printf(Locale.ROOT, "    ... %,d more groups; the log lists every group%n",
          quotas.groups().size() - shown.size());
    }
    if (stratified.seedsWithoutValue() > 0) {
      out.printf(Locale.ROOT, "    %-24s %,8d %7s %7s %,9d %7s %,9d%n", "(no value)",
          stratified.seedsWithoutValue(), "", "",
          stratified.seedsWithoutValue() * stratified.samplesWithoutValue(), "",
          stratified.achievedWithoutValue());
    }
  }

  private static String shorten(String group) {
    return group.length() <= 24 ? group : group.substring(0, 23) + "~";
  }
}
