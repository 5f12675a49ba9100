package dev.synthforge.core.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks quality gates against metric values. Every value at depth 1 or deeper that a gate covers
 * is checked, per run; relative gates compare with the same run's depth-0 value of the same
 * metric and group. The checks fail closed: a gate with no value to check, a relative gate
 * without a real value, and a NaN value all count as breaches, so a misspelt metric name or a
 * missing reference never passes silently.
 */
public final class GateEvaluator {

  private static final Comparator<MetricValue> ORDER = Comparator.comparing(MetricValue::runId)
      .thenComparingInt(MetricValue::depth).thenComparing(MetricValue::group);

  private final List<Gate> gates;

  public GateEvaluator(List<Gate> gates) {
    this.gates = List.copyOf(gates);
  }

  /** Every breach, in gate order, then by run, depth and group; empty when every gate holds. */
  public List<GateBreach> evaluate(Collection<MetricValue> values) {
    List<MetricValue> sorted = values.stream().sorted(ORDER).toList();
    Map<String, MetricValue> realValues = realValues(sorted);
    List<GateBreach> breaches = new ArrayList<>();
    for (Gate gate : gates) {
      boolean checked = false;
      for (MetricValue value : sorted) {
        if (value.depth() >= 1 && covers(gate, value)) {
          checked = true;
          check(gate, value, realValues, breaches);
        }
      }
      if (!checked) {
        breaches.add(new GateBreach(gate, "", -1, gate.group(), Double.NaN, Double.NaN, Double.NaN,
            "Cannot check gate '" + gate.name() + "': no value of " + gate.metric()
                + forGroup(gate.group()) + " at depth 1 or deeper"));
      }
    }
    return List.copyOf(breaches);
  }

  private static boolean covers(Gate gate, MetricValue value) {
    if (!value.metric().equals(gate.metric())) {
      return false;
    }
    return gate.comparison().appliesToEveryGroup()
        ? value.hasGroup()
        : value.group().equals(gate.group());
  }

  private static void check(
      Gate gate, MetricValue value, Map<String, MetricValue> realValues,
      List<GateBreach> breaches) {
    Comparison comparison = gate.comparison();
    String where = "at depth " + value.depth() + forGroup(value.group());
    if (!comparison.relativeToReal()) {
      if (comparison.breaches(value.value(), gate.threshold())) {
        breaches.add(breach(gate, value, Double.NaN, gate.threshold(),
            "Gate '" + gate.name() + "' breached " + where + ": " + value.metric() + " = "
                + format(value.value()) + ", threshold " + format(gate.threshold())));
      }
      return;
    }
    MetricValue real = realValues.get(key(value.runId(), value.metric(), value.group()));
    if (real == null || !Double.isFinite(real.value())) {
      breaches.add(breach(gate, value, Double.NaN, Double.NaN, "Cannot check gate '" + gate.name()
          + "' " + where + ": no real (depth 0) value of " + value.metric()
          + (real == null ? "" : " (it is " + real.value() + ")")));
      return;
    }
    double threshold = gate.threshold() * real.value();
    if (comparison.breaches(value.value(), threshold)) {
      breaches.add(breach(gate, value, real.value(), threshold,
          "Gate '" + gate.name() + "' breached " + where + ": " + value.metric() + " = "
              + format(value.value()) + ", real = " + format(real.value()) + ", threshold "
              + format(threshold)));
    }
  }

  private static GateBreach breach(
      Gate gate, MetricValue value, double real, double threshold, String message) {
    return new GateBreach(gate, value.runId(), value.depth(), value.group(), value.value(), real,
        threshold, message);
  }

  private static Map<String, MetricValue> realValues(List<MetricValue> values) {
    Map<String, MetricValue> real = new HashMap<>();
    for (MetricValue value : values) {
      if (value.depth() == 0) {
        MetricValue previous = real.put(key(value.runId(), value.metric(), value.group()), value);
        if (previous != null && Double.compare(previous.value(), value.value()) != 0) {
          throw new IllegalArgumentException("Cannot check gates: run '" + value.runId()
              + "' has two real (depth 0) values of " + value.metric() + forGroup(value.group())
              + ": " + previous.value() + " and " + value.value());
        }
      }
    }
    return real;
  }

  private static String key(String runId, String metric, String group) {
    return runId + '\u0000' + metric + '\u0000' + group;
  }

  private static String forGroup(String group) {
    return group.isEmpty() ? "" : " for group '" + group + "'";
  }

  /** Three decimals, or three significant digits for tiny and huge magnitudes. */
  static String format(double value) {
    double magnitude = Math.abs(value);
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    boolean plain = magnitude == 0 || (magnitude >= 0.001 && magnitude < 1e6);
    return String.format(Locale.ROOT, plain ? "%.3f" : "%.3g", value);
  }
}
