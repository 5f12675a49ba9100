package dev.synthforge.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synthforge.core.NameSuggestions;
import dev.synthforge.core.metrics.representation.QuotaPolicy;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code task.stratify}, checking its attribute against {@code seeds.attributes} and its
 * bounds against {@code task.samples-per-seed}. A floor above 1/K is found when the K groups are
 * counted, at the start of the run.
 */
final class StratifyConfigReader {

  /** The policy names of a config file. */
  enum Policy {
    TEMPERED,
    FLOOR
  }

  Optional<StratifyConfig> read(ConfigNode node, int samplesPerSeed, List<String> seedAttributes) {
    Optional<String> attribute = node.requiredText(
        "attribute", "stratified generation needs the seed attribute whose groups get quotas");
    attribute.filter(name -> !seedAttributes.contains(name)).ifPresent(name -> node.invalid(
        "attribute", name, "must be one of seeds.attributes " + seedAttributes
            + NameSuggestions.closest(seedAttributes, name).map(s -> "; did you mean '" + s + "'?").orElse("")));
    Policy policy = node.choice("policy", Policy.class);
    double temperature = node.decimal("temperature", v -> v >= 0 && v <= 1, "must be within [0, 1]");
    Optional<Double> floor = node.optionalDecimal(
        "floor", v -> v >= 0 && v <= 1, "must be within [0, 1/K] for the K groups of the attribute");
    onlyFor(node, "temperature", policy == Policy.TEMPERED, "tempered");
    onlyFor(node, "floor", policy == Policy.FLOOR, "floor");
    int min = node.integer("min-samples-per-seed", v -> v >= 0 && v <= samplesPerSeed,
        "must be within [0, task.samples-per-seed] = [0, " + samplesPerSeed + "]");
    Optional<Long> max = node.optionalLong("max-samples-per-seed");
    max.filter(value -> value < samplesPerSeed || value > Integer.MAX_VALUE).ifPresent(value ->
        node.invalid("max-samples-per-seed", Long.toString(value),
            "must be at least task.samples-per-seed (" + samplesPerSeed + ")"));
    if (attribute.isEmpty()) {
      return Optional.empty();
    }
    QuotaPolicy quotaPolicy = policy == Policy.TEMPERED
        ? QuotaPolicy.tempered(temperature)
        : floor.map(QuotaPolicy::floor).orElseGet(QuotaPolicy::floor);
    return Optional.of(new StratifyConfig(attribute.get(), quotaPolicy, min,
        max.filter(value -> value >= samplesPerSeed && value <= Integer.MAX_VALUE).map(Long::intValue)));
  }

  private static void onlyFor(ConfigNode node, String key, boolean applies, String policy) {
    Optional<JsonNode> value = node.raw(key);
    if (value.isPresent() && !applies) {
      node.invalid(key, value.get(), "applies to policy '" + policy + "' only; set policy: " + policy
          + " or remove it");
    }
  }
}
