package dev.synthforge.config;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.endpoint.RetryPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One model endpoint: where it is, how hard to drive it, and how to retry it.
 *
 * <p>It names where an API key is (an environment variable or a file) and never holds the key
 * itself, so neither {@link #toString()} nor {@link #describe()} can contain one.
 *
 * @param name endpoint name, unique in the job
 * @param type an OpenAI-compatible server or the built-in stand-in
 * @param baseUrl API root including {@code /v1} (openai only); the client appends the API path
 * @param model model to request
 * @param apiKeyEnv environment variable holding the API key
 * @param apiKeyFile absolute path of a file holding the API key
 * @param maxConcurrency cluster-wide budget of requests in flight
 * @param weight routing weight among endpoints
 * @param connectTimeout time allowed to open a connection
 * @param requestTimeout time allowed for one request to answer
 * @param concurrency adaptive (default) or fixed concurrency up to maxConcurrency
 * @param rateBudget optional requests and tokens per minute for the whole job
 * @param circuitBreaker when the endpoint is taken out of rotation
 * @param retry how failed requests are retried
 * @param price price of the tokens
 * @param corpus text file to fit the built-in model on; absent: the seed texts
 * @param emulation how the built-in stand-in emulates a model server; none for openai
 */
public record EndpointConfig(
    String name,
    EndpointType type,
    Optional<URI> baseUrl,
    String model,
    Optional<String> apiKeyEnv,
    Optional<String> apiKeyFile,
    int maxConcurrency,
    ConcurrencyMode concurrency,
    RateBudget rateBudget,
    CircuitBreakerPolicy circuitBreaker,
    double weight,
    Duration connectTimeout,
    Duration requestTimeout,
    RetryPolicy retry,
    PriceConfig price,
    Optional<Path> corpus,
    Emulation emulation) {

  /** Model name of the built-in endpoint when none is configured. */
  public static final String BUILTIN_MODEL = "synthforge-builtin";

  public EndpointConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
    Objects.requireNonNull(apiKeyFile, "apiKeyFile");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(concurrency, "concurrency");
    Objects.requireNonNull(rateBudget, "rateBudget");
    Objects.requireNonNull(circuitBreaker, "circuitBreaker");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(emulation, "emulation");
  }

  /** One line for logs: name, type, where, model and where the key comes from; never a key. */
  public String describe() {
    StringBuilder line =
        new StringBuilder(name).append(" (").append(type.name().toLowerCase(Locale.ROOT));
    baseUrl.ifPresent(url -> line.append(' ').append(url));
    line.append(", model ").append(model);
    apiKeyEnv.ifPresent(variable -> line.append(", key from env ").append(variable));
    apiKeyFile.ifPresent(file -> line.append(", key from file ").append(file));
    return line.append(')').toString();
  }
}
