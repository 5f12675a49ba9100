package dev.synthforge.core.metrics;

import java.util.List;

/**
 * A distribution in brief, from a {@link Histogram}: count, mean, extremes, quantiles and the
 * non-empty bins. An empty distribution has count 0 and zeros elsewhere.
 *
 * @param count how many values
 * @param mean their mean
 * @param min the smallest value
 * @param max the largest value
 * @param p10 the nearest-rank 10th percentile
 * @param p50 the nearest-rank median
 * @param p90 the nearest-rank 90th percentile
 * @param bins the non-empty bins in ascending order; underflow and overflow have infinite edges
 */
public record DistributionSummary(
    long count, double mean, double min, double max, double p10, double p50, double p90,
    List<Bin> bins) {

  public DistributionSummary {
    bins = List.copyOf(bins);
    if (count < 0) {
      throw new IllegalArgumentException("Cannot summarize distribution: count " + count + " < 0");
    }
  }

  /**
   * One bin of a histogram.
   *
   * @param lower its lower edge, included
   * @param upper its upper edge, excluded
   * @param count how many values fell in it
   */
  public record Bin(double lower, double upper, long count) {}
}
