package dev.synthforge.core.metrics;

/**
 * Diversity metrics that are exact functions of counts: distinct ratio, entropy and singleton
 * ratio. Logarithms are natural. A table without counts gives 0 for every metric.
 */
public final class CountMetrics {

  private CountMetrics() {}

  /**
   * Unique keys over total count (distinct-n for an n-gram table). Size-biased: it falls as the
   * table grows, so compare tables of equal totals (see {@code TokenBudgetSample}).
   */
  public static double distinctRatio(Counts counts) {
    return counts.total() == 0 ? 0 : (double) counts.distinct() / counts.total();
  }

  /** Shannon entropy of the counts' distribution, {@code H = ln N - (1/N) sum c ln c}, in nats. */
  public static double entropy(Counts counts) {
    long total = counts.total();
    if (total == 0) {
      return 0;
    }
    double[] sumCountLogCount = {0};
    counts.forEach((key, count) -> sumCountLogCount[0] += count * Math.log(count));
    return entropy(total, sumCountLogCount[0]);
  }

  /**
   * Entropy from the two sums it needs, for callers that aggregate them elsewhere (a distributed
   * sum over keys): {@code ln N - sumCountLogCount / N}, clamped at 0 against rounding.
   */
  public static double entropy(long total, double sumCountLogCount) {
    return total == 0 ? 0 : Math.max(0, Math.log(total) - sumCountLogCount / total);
  }

  /** Keys seen exactly once over distinct keys (the hapax ratio of a word table). */
  public static double singletonRatio(Counts counts) {
    return counts.distinct() == 0 ? 0 : (double) counts.singletons() / counts.distinct();
  }
}
