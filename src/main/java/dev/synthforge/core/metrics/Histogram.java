package dev.synthforge.core.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mergeable histogram of numbers (text lengths, judge scores) over equal-width bins, with
 * exact count, sum, minimum and maximum, and underflow and overflow counts. Histograms merge only
 * with histograms of the same layout. Not thread-safe.
 *
 * <p>Quantiles are nearest-rank quantiles read from the bins: exact when each bin holds one
 * distinct value (integer lengths with unit bins, scores on their own step), otherwise the lower
 * edge of the bin that holds the quantile, clamped to [min, max] (off by less than a bin width).
 */
public final class Histogram implements Serializable {
  private static final long serialVersionUID = 1L;
  // Tolerates (0.3 - 0) / 0.1 = 2.9999999999999996, which must land in bin 3.
  private static final double EDGE_TOLERANCE = 1e-9;

  private final double lower;
  private final double binWidth;
  private final long[] bins;
  private long underflow;
  private long overflow;
  private long count;
  private double sum;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /** Bins {@code [lower + i * binWidth, lower + (i + 1) * binWidth)} for i below binCount. */
  public Histogram(double lower, double binWidth, int binCount) {
    if (!Double.isFinite(lower) || !(binWidth > 0) || !Double.isFinite(binWidth) || binCount < 1) {
      throw new IllegalArgumentException("Cannot create histogram: lower " + lower + ", bin width "
          + binWidth + " and bin count " + binCount + " must be finite and positive");
    }
    this.lower = lower;
    this.binWidth = binWidth;
    this.bins = new long[binCount];
  }

  /** Unit bins for token or character lengths 0 to {@code maxLength}; longer ones overflow. */
  public static Histogram forLengths(int maxLength) {
    return new Histogram(0, 1, maxLength + 1);
  }

  /** One bin per score step from {@code lowest} to {@code highest}, both included. */
  public static Histogram forScores(double lowest, double highest, double step) {
    return new Histogram(lowest, step, (int) Math.round((highest - lowest) / step) + 1);
  }

  /** Records one value; NaN is rejected. */
  public void add(double value) {
    add(value, 1);
  }

  /** Records {@code times} occurrences of one value, as counted elsewhere; NaN is rejected. */
  public void add(double value, long times) {
    if (Double.isNaN(value)) {
      throw new IllegalArgumentException("Cannot add value to histogram: it is NaN");
    }
    if (times < 1) {
      throw new IllegalArgumentException("Cannot add value " + value + " to histogram " + times
          + " times: it must be >= 1");
    }
    double position = (value - lower) / binWidth + EDGE_TOLERANCE;
    if (position < 0) {
      underflow += times;
    } else if (position >= bins.length) {
      overflow += times;
    } else {
      bins[(int) position] += times;
    }
    count += times;
    sum += value * times;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }

  /** Adds every value recorded by {@code other}, which must have the same layout. */
  public void merge(Histogram other) {
    if (other.lower != lower || other.binWidth != binWidth || other.bins.length != bins.length) {
      throw new IllegalArgumentException("Cannot merge histograms: layouts differ (" + layout()
          + " and " + other.layout() + ")");
    }
    for (int index = 0; index < bins.length; index++) {
      bins[index] += other.bins[index];
    }
    underflow += other.underflow;
    overflow += other.overflow;
    count += other.count;
    sum += other.sum;
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
  }

  public long count() {
    return count;
  }

  /** The mean; 0 when empty. */
  public double mean() {
    return count == 0 ? 0 : sum / count;
  }

  /**
   * The nearest-rank {@code q}-quantile: the value of rank {@code max(1, ceil(q * count))} in
   * sorted order, read from the bins (see the class comment); 0 when empty.
   */
  public double quantile(double q) {
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("Cannot compute quantile " + q + ": must be in [0, 1]");
    }
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(q * count));
    long cumulative = underflow;
    if (cumulative >= rank) {
      return min;
    }
    for (int index = 0; index < bins.length; index++) {
      cumulative += bins[index];
      if (cumulative >= rank) {
        return Math.min(max, Math.max(min, lower + index * binWidth));
      }
    }
    return max;
  }

  /** Count, mean, min, max, p10, p50, p90 and the non-empty bins. */
  public DistributionSummary summary() {
    List<DistributionSummary.Bin> nonEmpty = new ArrayList<>();
    if (underflow > 0) {
      nonEmpty.add(new DistributionSummary.Bin(Double.NEGATIVE_INFINITY, lower, underflow));
    }
    for (int index = 0; index < bins.length; index++) {
      if (bins[index] > 0) {
        nonEmpty.add(new DistributionSummary.Bin(
            lower + index * binWidth, lower + (index + 1) * binWidth, bins[index]));
      }
    }
    if (overflow > 0) {
      double upper = lower + bins.length * binWidth;
      nonEmpty.add(new DistributionSummary.Bin(upper, Double.POSITIVE_INFINITY, overflow));
    }
    return new DistributionSummary(count, mean(), count == 0 ? 0 : min, count == 0 ? 0 : max,
        quantile(0.1), quantile(0.5), quantile(0.9), nonEmpty);
  }

  private String layout() {
    return "lower " + lower + ", bin width " + binWidth + ", " + bins.length + " bins";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Histogram histogram && histogram.lower == lower
        && histogram.binWidth == binWidth && Arrays.equals(histogram.bins, bins)
        && histogram.underflow == underflow && histogram.overflow == overflow
        && histogram.count == count && histogram.sum == sum
        && histogram.min == min && histogram.max == max;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bins) * 31 + Long.hashCode(count);
  }
}
