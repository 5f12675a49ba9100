package dev.synthforge.config;

import dev.synthforge.core.metrics.Comparison;
import dev.synthforge.core.metrics.Gate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the {@code monitor} section and its quality gates. */
final class MonitorConfigReader {

  private final ConfigFiles files;

  MonitorConfigReader(ConfigFiles files) {
    this.files = files;
  }

  MonitorConfig read(ConfigNode node) {
    long tokenBudget = node.longInteger("token-budget", v -> v >= 1_000, "must be >= 1000");
    int selfBleu = node.integer("self-bleu-sample", v -> v >= 2 && v <= 20_000, "must be within [2, 20000]");
    int embedding = node.integer("embedding-sample", v -> v >= 2 && v <= 5_000, "must be within [2, 5000]");
    int groups = node.integer("embedding-groups", v -> v >= 2 && v <= 100, "must be within [2, 100]");
    int smallGroup = node.integer("small-group", v -> v >= 1, "must be >= 1");
    Optional<String> reportDir = node.optionalText("report-dir")
        .flatMap(written -> files.location(node, "report-dir", written));
    List<Gate> gates = new ArrayList<>();
    for (ConfigNode gate : node.sectionList("gates")) {
      Optional<String> metric = gate.requiredText("metric", "a gate needs the metric it checks, e.g. distinct_2");
      Optional<String> comparisonText = gate.requiredText("comparison", "a gate needs a comparison, one of "
          + comparisons());
      Optional<Double> threshold = gate.optionalDecimal("threshold", Double::isFinite, "must be a number");
      if (!gate.has("threshold")) {
        gate.missing("threshold", "a gate needs a threshold");
      }
      Optional<String> group = gate.optionalText("group");
      Optional<String> name = gate.optionalText("name");
      Comparison comparison = null;
      if (comparisonText.isPresent()) {
        try {
          comparison = Comparison.fromKey(comparisonText.get());
        } catch (IllegalArgumentException e) {
          gate.invalid("comparison", comparisonText.get(), "must be one of " + comparisons());
        }
      }
      if (comparison != null && comparison.appliesToEveryGroup() && group.isPresent()) {
        gate.invalid("group", group.get(), comparison.key() + " checks every group; remove group");
      }
      if (metric.isPresent() && comparison != null && threshold.isPresent()) {
        String shown = name.orElseGet(() -> describe(metric.get(), group.orElse(""), comparisonText.get(), threshold.get()));
        gates.add(new Gate(shown, metric.get(), group.orElse(""), comparison, threshold.get()));
      }
    }
    return new MonitorConfig(tokenBudget, selfBleu, embedding, groups, smallGroup, reportDir, gates);
  }

  private static String describe(String metric, String group, String comparison, double threshold) {
    String bound = String.format(Locale.ROOT, "%s", threshold);
    String where = group.isEmpty() ? "" : "[" + group + "]";
    return switch (Comparison.fromKey(comparison)) {
      case BELOW_ABSOLUTE -> metric + where + " >= " + bound;
      case ABOVE_ABSOLUTE -> metric + where + " <= " + bound;
      case BELOW_RATIO_OF_REAL -> metric + where + " >= " + bound + " x real";
      case ABOVE_RATIO_OF_REAL -> metric + where + " <= " + bound + " x real";
      case ANY_GROUP_BELOW -> "every group's " + metric + " >= " + bound;
      case ANY_GROUP_ABOVE -> "every group's " + metric + " <= " + bound;
    };
  }

  private static String comparisons() {
    return Arrays.stream(Comparison.values()).map(Comparison::key).collect(Collectors.joining(", "));
  }
}
