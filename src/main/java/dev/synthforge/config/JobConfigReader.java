package dev.synthforge.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a whole config file's tree: the seeds, output and run sections here, the others by their
 * readers.
 */
final class JobConfigReader {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TABLE_NAME =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){0,2}");
  private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

  private final ConfigFiles files;

  JobConfigReader(ConfigFiles files) {
    this.files = files;
  }

  /** The config, or empty when the tree has problems, which are then all in the root's list. */
  Optional<JobConfig> read(ConfigNode root, List<ConfigProblem> problems) {
    SeedsConfig seeds = seeds(root.section("seeds"));
    TaskConfig task = new TaskConfigReader(files).read(root.section("task"), seeds.attributes());
    List<EndpointConfig> endpoints = new EndpointConfigReader(files).read(root);
    ConfigNode outputNode = root.section("output");
    OutputConfig output = output(outputNode);
    RunConfig run = run(root.section("run"));
    CurateConfig curate = new CurateConfigReader(files).read(root.section("curate"), endpoints);
    MonitorConfig monitor = new MonitorConfigReader(files).read(root.section("monitor"));
    MixConfig mix = new MixConfigReader(files).read(root.section("mix"), outputNode, seeds);
    root.reportUnknownKeys();
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new JobConfig(seeds, task, endpoints, output, run, curate, monitor, mix));
  }

  private SeedsConfig seeds(ConfigNode node) {
    Optional<String> path =
        node.optionalText("path").flatMap(written -> files.location(node, "path", written));
    Optional<String> table = node.optionalText("table");
    table
        .filter(value -> !TABLE_NAME.matcher(value).matches())
        .ifPresent(value -> node.invalid("table", value, "must be a table name like synth.seeds"));
    if (path.isPresent() && table.isPresent()) {
      node.problem(
          ConfigProblem.conflictingKeys(node.keyOf("path"), node.keyOf("table"), "set only one"));
    } else if (!node.has("path") && !node.has("table")) {
      node.missing("path", "set one of 'seeds.path' or 'seeds.table'");
    }
    SeedFormat format = node.choice("format", SeedFormat.class);
    if (table.isPresent() && format != SeedFormat.AUTO && format != SeedFormat.DELTA) {
      node.invalid(
          "format",
          format.name().toLowerCase(Locale.ROOT),
          "a table is read through its catalog; use auto");
    }
    Optional<String> idColumn = node.optionalText("id-column");
    String textColumn = node.text("text-column");
    List<String> attributes = node.textList("attributes", Integer.MAX_VALUE);
    if (attributes.stream().distinct().count() < attributes.size()) {
      node.invalid("attributes", attributes.toString(), "must not repeat a column");
    }
    int maxTextChars = node.integer("max-text-chars", v -> v >= 1, "must be >= 1");
    long limit = node.longInteger("limit", v -> v >= 0, "must be >= 0");
    return new SeedsConfig(
        path, table, format, idColumn, textColumn, attributes, maxTextChars, limit);
  }

  private static OutputConfig output(ConfigNode node) {
    return new OutputConfig(
        identifier(node, "database"),
        identifier(node, "generations-table"),
        identifier(node, "runs-table"),
        identifier(node, "curated-table"),
        identifier(node, "judgments-table"),
        identifier(node, "metrics-table"),
        identifier(node, "reviews-table"),
        node.text("warehouse"));
  }

  private static String identifier(ConfigNode node, String name) {
    String value = node.text(name);
    if (!IDENTIFIER.matcher(value).matches()) {
      node.invalid(name, value, "must match [A-Za-z_][A-Za-z0-9_]*");
    }
    return value;
  }

  private static RunConfig run(ConfigNode node) {
    Optional<String> id = node.optionalText("id");
    id.filter(value -> !RUN_ID.matcher(value).matches())
        .ifPresent(
            value ->
                node.invalid(
                    "id", value, "must match [A-Za-z0-9][A-Za-z0-9_.-]*, at most 128 characters"));
    Optional<LocalDate> date = Optional.empty();
    if (node.raw("date").isPresent()) {
      String written = node.raw("date").get().asText();
      try {
        date = Optional.of(LocalDate.parse(written));
      } catch (DateTimeParseException e) {
        node.invalid("date", node.raw("date").get(), "must be an ISO date like 2026-11-25");
      }
    }
    double maxFailureRatio =
        node.decimal("max-failure-ratio", v -> v >= 0 && v <= 1, "must be within [0, 1]");
    Optional<Duration> deadline =
        node.optionalDuration("deadline", EndpointConfigReader::positive, "must be > 0");
    Optional<String> schedulerRunId = node.optionalText("scheduler-run-id");
    Duration endpointWait =
        node.duration("endpoint-wait", EndpointConfigReader::positive, "must be > 0");
    Optional<Long> maxTokens = node.optionalLong("max-tokens");
    maxTokens.filter(value -> value < 1).ifPresent(
        value -> node.invalid("max-tokens", Long.toString(value), "must be >= 1"));
    Optional<Double> maxCost = node.optionalDecimal("max-cost-usd", value -> value > 0, "must be > 0");
    Duration progressInterval = node.duration("progress-interval",
        value -> value.isZero() || value.toMillis() >= 1000, "must be 0s (no progress lines) or at least 1s");
    return new RunConfig(id, date, maxFailureRatio, deadline, endpointWait,
        maxTokens.filter(value -> value >= 1), maxCost, schedulerRunId, progressInterval);
  }
}
