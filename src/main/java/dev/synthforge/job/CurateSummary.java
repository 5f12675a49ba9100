package dev.synthforge.job;

import dev.synthforge.spark.CurateResult;
import java.io.PrintStream;
import java.util.Locale;

/** The one-screen summary a curate run ends with: counts and the rejection breakdown per rule. */
final class CurateSummary {
  private CurateSummary() {}

  static void print(CurateResult result, PrintStream out) {
    out.println();
    out.println("synthforge curate: run " + result.runId() + (result.failed() ? " FAILED" : " succeeded"));
    out.printf(Locale.ROOT, "  rows curated        %,d%n", result.rows());
    out.printf(Locale.ROOT, "  kept                %,d (%.1f%%)%n", result.kept(), percent(result.kept(), result.rows()));
    out.printf(Locale.ROOT, "  not kept            %,d%n", result.rows() - result.kept());
    out.printf(Locale.ROOT, "  verdicts written    %,d new or changed, %,d unchanged%n", result.changed(),
        result.rows() - result.changed());
    if (result.judged() > 0 || result.judgeFailed() > 0) {
      out.printf(Locale.ROOT, "  judge calls         %,d answered by this run, %,d rows without an answer%n",
          result.judged(), result.judgeFailed());
    }
    out.printf(Locale.ROOT, "  wall time           %.1f s%n", result.wallMillis() / 1000.0);
    if (!result.rejections().isEmpty()) {
      out.println("  rejections          rule               reason                     first      any");
      for (CurateResult.RuleRejections r : result.rejections()) {
        out.printf(Locale.ROOT, "                      %-18s %-24s %7d  %7d%n", r.rule(), r.reason(), r.first(), r.any());
      }
      out.println("                      (first: the row's recorded reason; any: rows the rule rejected)");
    }
    out.println("  table               " + result.curatedTable());
    if (result.failed()) {
      out.println("  why                 " + result.message());
    } else {
      out.println("  try                 SELECT rejected_by, reject_reason, count(*) FROM " + result.curatedTable()
          + " GROUP BY 1, 2 ORDER BY 3 DESC");
    }
    out.flush();
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
