package dev.synthforge.core.metrics;

import java.util.Objects;

/**
 * A quality gate on one metric: breached at a generation depth when the metric's value compares
 * badly with the threshold; a breached gate fails the monitor job.
 *
 * @param name how messages name the gate, such as {@code distinct-2 >= 0.8 x real}
 * @param metric the metric it checks (see {@link MetricNames})
 * @param group the one group it checks; empty (never null) for the whole data, and always empty
 *     for {@link Comparison#appliesToEveryGroup()} comparisons
 * @param comparison when it is breached
 * @param threshold the absolute bound, or the multiple of the real value
 */
public record Gate(
    String name, String metric, String group, Comparison comparison, double threshold) {

  public Gate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(comparison, "comparison");
    group = group == null ? "" : group;
    if (name.isBlank() || metric.isBlank()) {
      throw new IllegalArgumentException(
          "Cannot define gate '" + name + "': its name and metric must not be blank");
    }
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException(
          "Cannot define gate '" + name + "': threshold " + threshold + " is not finite");
    }
    if (comparison.appliesToEveryGroup() && !group.isEmpty()) {
      throw new IllegalArgumentException("Cannot define gate '" + name + "': " + comparison.key()
          + " checks every group, so it takes no group (got '" + group + "')");
    }
  }

  /** A gate on the whole data (no group). */
  public static Gate overall(String name, String metric, Comparison comparison, double threshold) {
    return new Gate(name, metric, "", comparison, threshold);
  }
}
