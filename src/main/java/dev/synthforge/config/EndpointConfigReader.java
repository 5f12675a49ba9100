package dev.synthforge.config;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.endpoint.RetryPolicy;
import dev.synthforge.core.endpoint.Emulation;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code endpoints} list, each endpoint with its retry, price and emulation. */
final class EndpointConfigReader {

  private static final Pattern ENDPOINT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String OPENAI_ONLY = "applies to type 'openai' only";
  private static final String BUILTIN_ONLY = "applies to type 'builtin' only";

  private final ConfigFiles files;

  EndpointConfigReader(ConfigFiles files) {
    this.files = files;
  }

  List<EndpointConfig> read(ConfigNode root) {
    boolean present = root.has("endpoints");
    List<ConfigNode> nodes = root.sectionList("endpoints");
    if (!present) {
      root.missing("endpoints", "list at least one endpoint");
    } else if (root.raw("endpoints").get().isArray() && root.raw("endpoints").get().isEmpty()) {
      root.invalid("endpoints", "[]", "must list at least one endpoint");
    }
    List<EndpointConfig> endpoints = new ArrayList<>();
    Map<String, String> keysByName = new HashMap<>();
    for (ConfigNode node : nodes) {
      EndpointConfig endpoint = endpoint(node);
      String previous = keysByName.putIfAbsent(endpoint.name(), node.keyOf("name"));
      if (previous != null && !endpoint.name().isEmpty()) {
        node.invalid("name", endpoint.name(), "is also the name of '" + previous + "'");
      }
      endpoints.add(endpoint);
    }
    return endpoints;
  }

  private EndpointConfig endpoint(ConfigNode node) {
    Optional<String> name = node.requiredText("name", "");
    name.filter(value -> !ENDPOINT_NAME.matcher(value).matches())
        .ifPresent(value -> node.invalid("name", value, "must match [A-Za-z0-9][A-Za-z0-9_-]*"));
    EndpointType type = node.choice("type", EndpointType.class);
    boolean openai = type == EndpointType.OPENAI;
    Optional<URI> baseUrl = baseUrl(node, openai);
    Optional<String> model = node.optionalText("model");
    if (openai && model.isEmpty() && !node.has("model")) {
      node.missing("model", "required for type 'openai'");
    }
    Optional<String> apiKeyEnv = node.optionalText("api-key-env");
    apiKeyEnv
        .filter(value -> !VARIABLE_NAME.matcher(value).matches())
        .ifPresent(
            value -> node.invalid("api-key-env", value, "must be an environment variable name"));
    Optional<Path> apiKeyFile =
        node.optionalText("api-key-file").flatMap(file -> files.file(node, "api-key-file", file));
    if (apiKeyEnv.isPresent() && apiKeyFile.isPresent()) {
      node.problem(
          ConfigProblem.conflictingKeys(
              node.keyOf("api-key-env"), node.keyOf("api-key-file"), "set only one"));
    }
    onlyFor(node, !openai, OPENAI_ONLY, "api-key-env", "api-key-file");
    Optional<Path> corpus =
        node.optionalText("corpus").flatMap(file -> files.file(node, "corpus", file));
    onlyFor(node, openai, BUILTIN_ONLY, "corpus", "emulation");
    Emulation emulation = EmulationReader.read(node.section("emulation"));
    return new EndpointConfig(
        name.orElse(""),
        type,
        baseUrl,
        model.orElse(openai ? "" : EndpointConfig.BUILTIN_MODEL),
        apiKeyEnv,
        apiKeyFile.map(Path::toString),
        node.integer("max-concurrency", v -> v >= 1, "must be >= 1"),
        node.choice("concurrency", ConcurrencyMode.class),
        new RateBudget(
            node.integer("requests-per-minute", v -> v >= 0, "must be >= 0"),
            node.longInteger("tokens-per-minute", v -> v >= 0, "must be >= 0")),
        circuitBreaker(node.section("circuit-breaker")),
        node.decimal("weight", v -> v > 0, "must be > 0"),
        node.duration("connect-timeout", EndpointConfigReader::positive, "must be > 0"),
        node.duration("request-timeout", EndpointConfigReader::positive, "must be > 0"),
        retry(node.section("retry")),
        price(node.section("price")),
        corpus,
        openai ? Emulation.none() : emulation);
  }

  private static Optional<URI> baseUrl(ConfigNode node, boolean openai) {
    Optional<String> text = node.optionalText("base-url");
    if (!openai) {
      onlyFor(node, true, "must be absent for type 'builtin'", "base-url");
      return Optional.empty();
    }
    if (text.isEmpty()) {
      if (!node.has("base-url")) {
        node.missing("base-url", "required for type 'openai'");
      }
      return Optional.empty();
    }
    try {
      URI url = new URI(text.get());
      boolean web = "http".equals(url.getScheme()) || "https".equals(url.getScheme());
      if (url.getRawUserInfo() != null || text.get().contains("@")) {
        invalidUrl(node, "must not hold user:password; use 'api-key-env' or 'api-key-file'");
      } else if (!web
          || url.getHost() == null
          || url.getRawQuery() != null
          || url.getRawFragment() != null) {
        node.invalid(
            "base-url", text.get(), "must be an http or https URL like http://vllm-1:8000/v1");
      } else {
        return Optional.of(URI.create(text.get().replaceAll("/+$", "")));
      }
    } catch (URISyntaxException e) {
      invalidUrl(node, "is not a URL: " + e.getReason());
    }
    return Optional.empty();
  }

  /** A URL is never shown in a problem, as it may hold credentials. */
  private static void invalidUrl(ConfigNode node, String reason) {
    node.problem(ConfigProblem.invalidSecretValue(node.keyOf("base-url"), reason));
  }

  private static CircuitBreakerPolicy circuitBreaker(ConfigNode node) {
    return new CircuitBreakerPolicy(
        node.integer("failures", v -> v >= 1, "must be >= 1"),
        node.duration("cooldown", EndpointConfigReader::positive, "must be > 0"));
  }

  private static RetryPolicy retry(ConfigNode node) {
    int maxAttempts = node.integer("max-attempts", v -> v >= 1, "must be >= 1");
    Duration initial = node.duration("initial-backoff", value -> true, "");
    Duration max = node.duration("max-backoff", value -> true, "");
    if (max.compareTo(initial) < 0) {
      String reason = "must be >= initial-backoff (" + Durations.format(initial) + ")";
      node.invalid("max-backoff", Durations.format(max), reason);
    }
    Duration rateLimitBudget = node.duration("rate-limit-budget", value -> true, "");
    return new RetryPolicy(maxAttempts, initial, max, rateLimitBudget);
  }

  private static PriceConfig price(ConfigNode node) {
    return new PriceConfig(
        node.decimal("prompt-per-million", v -> v >= 0, "must be >= 0"),
        node.decimal("completion-per-million", v -> v >= 0, "must be >= 0"));
  }

  /** Reports each of the keys that is set when {@code misplaced} holds, without its value. */
  private static void onlyFor(ConfigNode node, boolean misplaced, String reason, String... names) {
    for (String name : names) {
      if (misplaced && node.has(name)) {
        node.problem(ConfigProblem.forbiddenKey(node.keyOf(name), reason));
      }
    }
  }

  static boolean positive(Duration duration) {
    return !duration.isZero() && !duration.isNegative();
  }
}
