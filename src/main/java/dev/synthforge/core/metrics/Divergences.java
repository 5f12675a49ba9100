package dev.synthforge.core.metrics;

/**
 * Kullback-Leibler and Jensen-Shannon divergences in nats, with {@code 0 ln 0 = 0}.
 *
 * <p>Jensen-Shannon needs no smoothing: its mixture is positive wherever either distribution is,
 * so it is finite on the union of supports and at most {@code ln 2}. Count tables are compared
 * unsmoothed, as observed; callers that want smoothing (group distributions) smooth the
 * probability arrays first.
 */
public final class Divergences {

  /** The upper bound of the Jensen-Shannon divergence in nats. */
  public static final double MAX_JENSEN_SHANNON = Math.log(2);

  private Divergences() {}

  /**
   * Jensen-Shannon divergence between the empirical distributions of two count tables, on the
   * union of their keys. Two empty tables give 0; one empty table gives {@code ln 2}.
   */
  public static double jensenShannon(Counts first, Counts second) {
    long firstTotal = first.total();
    long secondTotal = second.total();
    if (firstTotal == 0 || secondTotal == 0) {
      return firstTotal == secondTotal ? 0 : MAX_JENSEN_SHANNON;
    }
    double[] sum = {0};
    first.forEach((key, count) ->
        sum[0] += jensenShannonTerm((double) count / firstTotal,
            (double) second.count(key) / secondTotal));
    second.forEach((key, count) -> {
      if (first.count(key) == 0) {
        sum[0] += jensenShannonTerm(0, (double) count / secondTotal);
      }
    });
    return clamp(sum[0]);
  }

  /**
   * One key's share of the Jensen-Shannon divergence, {@code p/2 ln(2p/(p+q)) + q/2 ln(2q/(p+q))};
   * summing it over the union of keys (for example in a distributed aggregation) gives the
   * divergence.
   */
  public static double jensenShannonTerm(double p, double q) {
    double mixture = (p + q) / 2;
    return half(p, mixture) + half(q, mixture);
  }

  /** Jensen-Shannon divergence of two aligned probability arrays. */
  public static double jensenShannon(double[] p, double[] q) {
    checkAligned(p, q);
    double sum = 0;
    for (int index = 0; index < p.length; index++) {
      sum += jensenShannonTerm(p[index], q[index]);
    }
    return clamp(sum);
  }

  /**
   * {@code KL(p || q) = sum p ln(p/q)} of two aligned probability arrays; infinite where q is 0
   * and p is not, so smooth q first.
   */
  public static double kullbackLeibler(double[] p, double[] q) {
    checkAligned(p, q);
    double sum = 0;
    for (int index = 0; index < p.length; index++) {
      if (p[index] > 0) {
        sum += p[index] * Math.log(p[index] / q[index]);
      }
    }
    return Math.max(0, sum);
  }

  private static double half(double p, double mixture) {
    return p == 0 ? 0 : p / 2 * Math.log(p / mixture);
  }

  private static double clamp(double divergence) {
    return Math.min(MAX_JENSEN_SHANNON, Math.max(0, divergence));
  }

  private static void checkAligned(double[] p, double[] q) {
    if (p.length != q.length) {
      throw new IllegalArgumentException("Cannot compare distributions: lengths differ, "
          + p.length + " and " + q.length);
    }
  }
}
