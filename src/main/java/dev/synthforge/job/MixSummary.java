package dev.synthforge.job;

import dev.synthforge.core.mix.StratumTake;
import dev.synthforge.spark.MixResult;
import java.io.PrintStream;
import java.util.Locale;

/** The one-screen summary a mix run ends with: totals, rows per stratum, where the files are. */
final class MixSummary {
  private MixSummary() {}

  static void print(MixResult result, PrintStream out) {
    out.println();
    out.println("synthforge mix: run " + result.runId() + " succeeded"
        + result.rebuiltFrom().map(m -> " (rebuilt from " + m + ")").orElse(""));
    out.printf(Locale.ROOT, "  rows                %,d (%,d real, %,d synthetic)%n", result.plan().rows(),
        result.plan().realRows(), result.plan().syntheticRows());
    out.println("  strata              source         depth  group                          available    taken");
    for (StratumTake take : result.plan().takes()) {
      out.printf(Locale.ROOT, "                      %-14s %5d  %-30s %9d %8d%n", take.stratum().source(),
          take.stratum().depth(), take.stratum().group().isEmpty() ? "(all)" : take.stratum().group(),
          take.stratum().available(), take.take());
    }
    out.printf(Locale.ROOT, "  wall time           %.1f s%n", result.wallMillis() / 1000.0);
    out.println("  table               " + result.table() + " (version " + result.tableVersion() + ")");
    out.println("  manifest            " + result.manifest());
    out.println("  dataset card        " + result.card());
    result.exportDir().ifPresent(dir -> out.println("  exported to         " + dir));
    out.println("  try                 SELECT source, generation_depth, count(*) FROM " + result.table()
        + " GROUP BY 1, 2 ORDER BY 1, 2");
    out.flush();
  }
}
