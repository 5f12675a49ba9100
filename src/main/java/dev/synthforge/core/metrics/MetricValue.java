package dev.synthforge.core.metrics;

import java.util.Objects;

/**
 * One measured value of a metric for a run at a generation depth, overall or for one group.
 *
 * @param runId the monitor run that measured it
 * @param depth the generation depth: 0 for the real data, k + 1 for rows made from depth k
 * @param metric the metric name (see {@link MetricNames})
 * @param group the attribute group it was measured on; empty (never null) for the whole data
 * @param value the value
 * @param sampleSize how many rows (or tokens, for token-budget metrics) it was measured on
 */
public record MetricValue(
    String runId, int depth, String metric, String group, double value, long sampleSize) {

  public MetricValue {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(metric, "metric");
    group = group == null ? "" : group;
    if (metric.isBlank()) {
      throw new IllegalArgumentException("Cannot record metric value: the metric name is blank");
    }
    if (depth < 0 || sampleSize < 0) {
      throw new IllegalArgumentException("Cannot record metric value of " + metric + ": depth "
          + depth + " and sample size " + sampleSize + " must be >= 0");
    }
  }

  /** A value for the whole data, not one group. */
  public static MetricValue overall(
      String runId, int depth, String metric, double value, long sampleSize) {
    return new MetricValue(runId, depth, metric, "", value, sampleSize);
  }

  /** Whether this value is for one group rather than the whole data. */
  public boolean hasGroup() {
    return !group.isEmpty();
  }
}
