package dev.synthforge.core.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The collapse lab's results: one metric value per (policy, generation, metric), generation 0
 * being the real data. Prints as a table with one row per generation and policy.
 */
public final class LabTable {
  /** The metrics the lab prints, in order. */
  public static final List<String> METRICS = List.of("tail_recall_1", "vocabulary_support", "distinct_2");

  /** The label of the real-data rows. */
  public static final String REAL = "real";
  /** The label of the real data resampled once, at the same size: what sampling alone loses. */
  public static final String REAL_RESAMPLED = "real-resampled";

  private final Map<String, Map<Integer, Map<String, Double>>> values = new LinkedHashMap<>();

  /** Records one value; a later value for the same key replaces it. */
  public void put(String policy, int generation, String metric, double value) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(metric, "metric");
    values.computeIfAbsent(policy, p -> new TreeMap<>())
        .computeIfAbsent(generation, g -> new LinkedHashMap<>()).put(metric, value);
  }

  /** The value, or NaN when none was recorded. */
  public double value(String policy, int generation, String metric) {
    return values.getOrDefault(policy, Map.of()).getOrDefault(generation, Map.of())
        .getOrDefault(metric, Double.NaN);
  }

  /** The series of one policy and metric over generations 1 to {@code generations}. */
  public List<Double> series(String policy, String metric, int generations) {
    List<Double> series = new ArrayList<>();
    for (int generation = 1; generation <= generations; generation++) {
      series.add(value(policy, generation, metric));
    }
    return series;
  }

  /** The policies, in the order they were first recorded. */
  public List<String> policies() {
    return List.copyOf(values.keySet());
  }

  /** The generations recorded for {@code policy}, ascending. */
  public List<Integer> generations(String policy) {
    return List.copyOf(values.getOrDefault(policy, Map.of()).keySet());
  }

  /** The table as text: generation, policy and the {@link #METRICS} columns. */
  public String format() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s  %-16s", "generation", "policy"));
    for (String metric : METRICS) {
      out.append(String.format(Locale.ROOT, "  %18s", metric));
    }
    out.append('\n');
    int deepest = values.values().stream().flatMap(byGeneration -> byGeneration.keySet().stream())
        .mapToInt(Integer::intValue).max().orElse(0);
    for (int generation = 0; generation <= deepest; generation++) {
      for (String policy : values.keySet()) {
        Map<String, Double> row = values.get(policy).get(generation);
        if (row == null) {
          continue;
        }
        out.append(String.format(Locale.ROOT, "%-10d  %-16s", generation, policy));
        for (String metric : METRICS) {
          double value = row.getOrDefault(metric, Double.NaN);
          out.append(String.format(Locale.ROOT, "  %18s", metric.equals("vocabulary_support")
              ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3f", value)));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
