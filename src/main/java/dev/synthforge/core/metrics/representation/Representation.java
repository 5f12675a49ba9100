package dev.synthforge.core.metrics.representation;

import dev.synthforge.core.metrics.Counts;
import dev.synthforge.core.metrics.Divergences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares the attribute-group counts of synthetic data with those of real data: per-group shares
 * and representation ratios with the four-fifths flag, coverage@m, and smoothed KL and
 * Jensen-Shannon divergences. Exact from the counts.
 *
 * <p>Smoothing: both distributions get add-alpha smoothing over the K groups present in either,
 * {@code (c(a) + alpha) / (N + alpha K)}, so KL stays finite when the synthetic data misses a
 * group. Shares and ratios are unsmoothed.
 */
public final class Representation {

  /** The four-fifths rule: a ratio below this flags a group. */
  public static final double FOUR_FIFTHS = 0.8;

  private Representation() {}

  /** With the default settings: alpha 0.5, coverage@1, small groups under 10 real rows. */
  public static RepresentationReport compare(Counts real, Counts synthetic) {
    return compare(real, synthetic, RepresentationSettings.DEFAULTS);
  }

  public static RepresentationReport compare(
      Counts real, Counts synthetic, RepresentationSettings settings) {
    TreeSet<String> names = new TreeSet<>();
    real.forEach((group, count) -> names.add(group));
    synthetic.forEach((group, count) -> names.add(group));
    long realTotal = real.total();
    long syntheticTotal = synthetic.total();
    List<GroupRepresentation> groups = new ArrayList<>();
    double[] realSmoothed = new double[names.size()];
    double[] syntheticSmoothed = new double[names.size()];
    double alpha = settings.smoothing();
    int realGroups = 0;
    int covered = 0;
    int index = 0;
    for (String name : names) {
      long realCount = real.count(name);
      long syntheticCount = synthetic.count(name);
      groups.add(group(name, realCount, syntheticCount, realTotal, syntheticTotal, settings));
      realSmoothed[index] = (realCount + alpha) / (realTotal + alpha * names.size());
      syntheticSmoothed[index] = (syntheticCount + alpha) / (syntheticTotal + alpha * names.size());
      index++;
      if (realCount > 0) {
        realGroups++;
        covered += syntheticCount >= settings.coverageMinimum() ? 1 : 0;
      }
    }
    groups.sort(Comparator.comparingLong(GroupRepresentation::realCount).reversed()
        .thenComparing(GroupRepresentation::group));
    return new RepresentationReport(groups,
        realGroups == 0 ? 1 : (double) covered / realGroups,
        Divergences.kullbackLeibler(realSmoothed, syntheticSmoothed),
        Divergences.jensenShannon(realSmoothed, syntheticSmoothed),
        realTotal, syntheticTotal, settings);
  }

  private static GroupRepresentation group(String name, long realCount, long syntheticCount,
      long realTotal, long syntheticTotal, RepresentationSettings settings) {
    double realShare = realTotal == 0 ? 0 : (double) realCount / realTotal;
    double syntheticShare = syntheticTotal == 0 ? 0 : (double) syntheticCount / syntheticTotal;
    double ratio = realCount == 0 ? Double.POSITIVE_INFINITY : syntheticShare / realShare;
    EnumSet<GroupFlag> flags = EnumSet.noneOf(GroupFlag.class);
    if (ratio < FOUR_FIFTHS) {
      flags.add(GroupFlag.BELOW_FOUR_FIFTHS);
    }
    if (realCount > 0 && realCount < settings.smallCountThreshold()) {
      flags.add(GroupFlag.SMALL_REAL_COUNT);
    }
    if (realCount > 0 && syntheticCount == 0) {
      flags.add(GroupFlag.MISSING_FROM_SYNTHETIC);
    }
    if (realCount == 0) {
      flags.add(GroupFlag.NOT_IN_REAL);
    }
    return new GroupRepresentation(
        name, realCount, syntheticCount, realShare, syntheticShare, ratio, flags);
  }
}
