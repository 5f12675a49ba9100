package dev.synthforge.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.NameSuggestions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One mapping of a config file being read: typed access to its keys by name, with every problem
 * recorded instead of thrown, and defaults taken from {@link ConfigKeys}.
 *
 * <p>Each read marks the key as known; {@link #reportUnknownKeys()} then reports the keys present
 * in the file that no reader asked for. Reading a key missing from the catalogue is a bug.
 */
final class ConfigNode {

  private final String path;
  private final ObjectNode fields;
  private final boolean reportMissing;
  private final List<ConfigProblem> problems;
  private final List<ConfigNode> nodes;
  private final Set<String> read = new HashSet<>();

  private ConfigNode(
      String path,
      ObjectNode fields,
      boolean reportMissing,
      List<ConfigProblem> problems,
      List<ConfigNode> nodes) {
    this.path = path;
    this.fields = fields;
    this.reportMissing = reportMissing;
    this.problems = problems;
    this.nodes = nodes;
    nodes.add(this);
  }

  /** The top level of a file; problems are added to the given list. */
  static ConfigNode root(ObjectNode fields, List<ConfigProblem> problems) {
    return new ConfigNode("", fields, true, problems, new ArrayList<>());
  }

  /** The full path of this mapping, as {@code endpoints[0].retry}; empty for the top level. */
  String path() {
    return path;
  }

  /** The full path of one of this mapping's keys. */
  String keyOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The value of a key, or empty when it is absent or null. */
  Optional<JsonNode> raw(String name) {
    String pattern = keyOf(name).replaceAll("\\[\\d+]", "[]");
    if (ConfigKeys.find(pattern).isEmpty()) {
      throw new IllegalStateException("Cannot read key '" + pattern + "': it is not in ConfigKeys");
    }
    read.add(name);
    JsonNode value = fields.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  boolean has(String name) {
    return raw(name).isPresent();
  }

  Optional<String> optionalText(String name) {
    Optional<JsonNode> value = raw(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isTextual()) {
      String hint = value.get().isValueNode() ? "must be a string; quote it" : "must be a string";
      invalid(name, value.get(), hint);
      return Optional.empty();
    }
    if (value.get().asText().isBlank()) {
      invalid(name, value.get(), "must not be blank");
      return Optional.empty();
    }
    return Optional.of(value.get().asText());
  }

  String text(String name) {
    return optionalText(name).orElseGet(() -> defaultOf(name));
  }

  Optional<String> requiredText(String name, String reason) {
    if (!has(name)) {
      missing(name, reason);
    }
    return optionalText(name);
  }

  int integer(String name, LongPredicate rule, String ruleText) {
    return (int) whole(name, Integer.MIN_VALUE, Integer.MAX_VALUE, rule, ruleText);
  }

  long longInteger(String name, LongPredicate rule, String ruleText) {
    return whole(name, Long.MIN_VALUE, Long.MAX_VALUE, rule, ruleText);
  }

  Optional<Long> optionalLong(String name) {
    Optional<JsonNode> value = raw(name);
    if (value.isPresent() && !(value.get().isIntegralNumber() && value.get().canConvertToLong())) {
      invalid(name, value.get(), "must be a whole number");
      return Optional.empty();
    }
    return value.map(JsonNode::longValue);
  }

  Optional<Double> optionalDecimal(String name, DoublePredicate rule, String ruleText) {
    Optional<JsonNode> value = raw(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isNumber() || !Double.isFinite(value.get().doubleValue())) {
      invalid(name, value.get(), "must be a number");
      return Optional.empty();
    }
    if (!rule.test(value.get().doubleValue())) {
      invalid(name, value.get(), ruleText);
      return Optional.empty();
    }
    return Optional.of(value.get().doubleValue());
  }

  double decimal(String name, DoublePredicate rule, String ruleText) {
    Optional<JsonNode> value = raw(name);
    double fallback = Double.parseDouble(defaultOf(name));
    if (value.isEmpty()) {
      return fallback;
    }
    if (!value.get().isNumber() || !Double.isFinite(value.get().doubleValue())) {
      invalid(name, value.get(), "must be a number");
      return fallback;
    }
    if (!rule.test(value.get().doubleValue())) {
      invalid(name, value.get(), ruleText);
      return fallback;
    }
    return value.get().doubleValue();
  }

  boolean flag(String name) {
    Optional<JsonNode> value = raw(name);
    if (value.isPresent() && !value.get().isBoolean()) {
      invalid(name, value.get(), "must be true or false");
    }
    return value
        .filter(JsonNode::isBoolean)
        .map(JsonNode::booleanValue)
        .orElseGet(() -> Boolean.parseBoolean(defaultOf(name)));
  }

  Duration duration(String name, Predicate<Duration> rule, String ruleText) {
    return optionalDuration(name, rule, ruleText).orElseGet(() -> Durations.parse(defaultOf(name)));
  }

  Optional<Duration> optionalDuration(String name, Predicate<Duration> rule, String ruleText) {
    Optional<JsonNode> value = raw(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isValueNode()) {
      invalid(name, value.get(), "must be a duration like '30s'");
      return Optional.empty();
    }
    try {
      Duration duration = Durations.parse(value.get().asText());
      if (!rule.test(duration)) {
        invalid(name, value.get(), ruleText);
        return Optional.empty();
      }
      return Optional.of(duration);
    } catch (IllegalArgumentException e) {
      invalid(name, value.get(), e.getMessage());
      return Optional.empty();
    }
  }

  /** A value among an enum's constants, written lower-case with '-' for '_'. */
  <E extends Enum<E>> E choice(String name, Class<E> type) {
    Optional<JsonNode> value = raw(name);
    E fallback = constant(type, defaultOf(name)).orElseThrow();
    Optional<E> chosen = value.filter(JsonNode::isTextual).flatMap(v -> constant(type, v.asText()));
    if (value.isPresent() && chosen.isEmpty()) {
      List<String> names =
          java.util.Arrays.stream(type.getEnumConstants()).map(ConfigNode::written).toList();
      String suggestion =
          NameSuggestions.closest(names, value.get().asText())
              .map(closest -> "; did you mean '" + closest + "'?")
              .orElse("");
      invalid(name, value.get(), "must be one of " + String.join(", ", names) + suggestion);
    }
    return chosen.orElse(fallback);
  }

  List<String> textList(String name, int maxSize) {
    Optional<JsonNode> value = raw(name);
    if (value.isEmpty()) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    if (value.get().isArray()) {
      value.get().forEach(item -> items.add(item.isTextual() ? item.asText() : ""));
    }
    if (!value.get().isArray() || items.contains("")) {
      invalid(name, value.get(), "must be a list of non-empty strings, e.g. [a, b]");
      return List.of();
    }
    if (items.size() > maxSize) {
      invalid(name, value.get(), "must list at most " + maxSize);
      return List.of();
    }
    return items;
  }

  /** A nested mapping; empty when absent. A value that is no mapping is a problem. */
  ConfigNode section(String name) {
    Optional<JsonNode> value = raw(name);
    if (value.isPresent() && value.get().isObject()) {
      return new ConfigNode(keyOf(name), (ObjectNode) value.get(), reportMissing, problems, nodes);
    }
    boolean emptyValue =
        value.isEmpty() || value.get().asText().isEmpty() && value.get().isTextual();
    if (!emptyValue) {
      invalid(name, value.get(), "must be a mapping of keys");
    }
    ObjectNode none = JsonNodeFactory.instance.objectNode();
    return new ConfigNode(keyOf(name), none, reportMissing && emptyValue, problems, nodes);
  }

  /**
   * A list of mappings, as endpoints; empty when absent. Items that are no mapping are problems.
   */
  List<ConfigNode> sectionList(String name) {
    Optional<JsonNode> value = raw(name);
    List<ConfigNode> items = new ArrayList<>();
    if (value.isEmpty()) {
      return items;
    }
    if (!value.get().isArray()) {
      invalid(name, value.get(), "must be a list");
      return items;
    }
    for (int i = 0; i < value.get().size(); i++) {
      JsonNode item = value.get().get(i);
      String itemPath = keyOf(name) + "[" + i + "]";
      if (item.isObject()) {
        items.add(new ConfigNode(itemPath, (ObjectNode) item, reportMissing, problems, nodes));
      } else {
        problems.add(
            ConfigProblem.invalidValue(itemPath, shown(item), "must be a mapping of keys"));
      }
    }
    return items;
  }

  void invalid(String name, JsonNode value, String reason) {
    problems.add(ConfigProblem.invalidValue(keyOf(name), shown(value), reason));
  }

  void invalid(String name, String value, String reason) {
    problems.add(ConfigProblem.invalidValue(keyOf(name), value, reason));
  }

  void missing(String name, String reason) {
    if (reportMissing) {
      problems.add(ConfigProblem.missingKey(keyOf(name), reason));
    }
  }

  void problem(ConfigProblem problem) {
    problems.add(problem);
  }

  /** Reports, for this mapping and every one read below it, the keys no reader asked for. */
  void reportUnknownKeys() {
    for (ConfigNode node : List.copyOf(nodes)) {
      node.reportOwnUnknownKeys();
    }
  }

  private void reportOwnUnknownKeys() {
    String section = path.replaceAll("\\[\\d+]", "[]");
    for (Map.Entry<String, JsonNode> field : fields.properties()) {
      if (read.contains(field.getKey())) {
        continue;
      }
      String key = keyOf(field.getKey());
      if (InlineKeys.isApiKey(field.getKey())) {
        problems.add(InlineKeys.problem(key));
        continue;
      }
      String hint =
          ConfigKeys.suggest(section, field.getKey())
              .map(name -> "did you mean '" + name + "'?")
              .orElseGet(() -> "expected one of: " + knownNames(section));
      problems.add(ConfigProblem.unknownKey(key, hint));
      InlineKeys.reportNested(key, field.getValue(), problems);
    }
  }

  private String defaultOf(String name) {
    String pattern = keyOf(name).replaceAll("\\[\\d+]", "[]");
    return ConfigKeys.find(pattern)
        .flatMap(ConfigKey::defaultValue)
        .orElseThrow(
            () -> new IllegalStateException("Cannot default key '" + pattern + "': no default"));
  }

  private long whole(String name, long min, long max, LongPredicate rule, String ruleText) {
    Optional<JsonNode> value = raw(name);
    long fallback = Long.parseLong(defaultOf(name));
    if (value.isEmpty()) {
      return fallback;
    }
    JsonNode number = value.get();
    if (!number.isIntegralNumber()) {
      invalid(name, number, "must be a whole number");
      return fallback;
    }
    if (!number.canConvertToLong() || number.longValue() < min || number.longValue() > max) {
      invalid(name, number, "must be between " + min + " and " + max);
      return fallback;
    }
    if (!rule.test(number.longValue())) {
      invalid(name, number, ruleText);
      return fallback;
    }
    return number.longValue();
  }

  private static String knownNames(String section) {
    return ConfigKeys.childrenOf(section).stream()
        .map(ConfigKey::name)
        .collect(Collectors.joining(", "));
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (written(constant).equals(text)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static String written(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String shown(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
