package dev.synthforge.core.metrics.representation;

import dev.synthforge.core.metrics.MetricNames;
import dev.synthforge.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Representation of attribute groups in synthetic data compared with real data.
 *
 * @param groups one entry per group in either data set, most real rows first, then by name
 * @param coverage share of real groups with at least the coverage minimum of synthetic rows;
 *     1 when the real data has no groups
 * @param kullbackLeibler smoothed {@code KL(real || synthetic)} in nats
 * @param jensenShannon smoothed Jensen-Shannon divergence in nats, at most ln 2
 * @param realRows all real rows
 * @param syntheticRows all synthetic rows
 * @param settings the settings used
 */
public record RepresentationReport(
    List<GroupRepresentation> groups, double coverage, double kullbackLeibler,
    double jensenShannon, long realRows, long syntheticRows, RepresentationSettings settings) {

  public RepresentationReport {
    groups = List.copyOf(groups);
    Objects.requireNonNull(settings, "settings");
  }

  /** The groups that carry {@code flag}. */
  public List<GroupRepresentation> flagged(GroupFlag flag) {
    return groups.stream().filter(group -> group.has(flag)).toList();
  }

  /**
   * As metric values: the representation ratio of every real group (its sample size is the
   * group's real rows), then coverage, KL and Jensen-Shannon divergence (sample size: synthetic
   * rows).
   */
  public List<MetricValue> metricValues(String runId, int depth) {
    List<MetricValue> values = new ArrayList<>();
    for (GroupRepresentation group : groups) {
      if (group.realCount() > 0) {
        values.add(new MetricValue(runId, depth, MetricNames.REPRESENTATION_RATIO, group.group(),
            group.ratio(), group.realCount()));
      }
    }
    values.add(MetricValue.overall(
        runId, depth, MetricNames.GROUP_COVERAGE, coverage, syntheticRows));
    values.add(MetricValue.overall(
        runId, depth, MetricNames.GROUP_KULLBACK_LEIBLER, kullbackLeibler, syntheticRows));
    values.add(MetricValue.overall(
        runId, depth, MetricNames.GROUP_JENSEN_SHANNON, jensenShannon, syntheticRows));
    return List.copyOf(values);
  }
}
