package dev.synthforge.endpoint;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.endpoint.RetryPolicy;
import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A resolved endpoint, small and serializable, as executors receive it. It names where the API
 * key lives (environment variable or file) but never holds the key itself.
 *
 * @param name the endpoint's name in the config and in lineage
 * @param baseUrl the OpenAI-compatible base URL, including its {@code /v1} prefix
 * @param model the model to request
 * @param apiKeyEnv environment variable holding the key, or null
 * @param apiKeyFile file holding the key, or null
 * @param maxConcurrency requests in flight at once, over the whole job
 * @param weight routing weight
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout timeout of one attempt
 * @param retry the retry policy
 * @param concurrency adaptive or fixed concurrency, up to maxConcurrency
 * @param rateBudget requests and tokens per minute over the whole job
 * @param circuitBreaker when the endpoint is taken out of rotation
 */
public record EndpointSpec(
    String name,
    URI baseUrl,
    String model,
    String apiKeyEnv,
    String apiKeyFile,
    int maxConcurrency,
    double weight,
    Duration connectTimeout,
    Duration requestTimeout,
    RetryPolicy retry,
    ConcurrencyMode concurrency,
    RateBudget rateBudget,
    CircuitBreakerPolicy circuitBreaker)
    implements Serializable {

  /** A spec with fixed concurrency, no rate budget and the default circuit breaker. */
  public EndpointSpec(
      String name, URI baseUrl, String model, String apiKeyEnv, String apiKeyFile,
      int maxConcurrency, double weight, Duration connectTimeout, Duration requestTimeout,
      RetryPolicy retry) {
    this(name, baseUrl, model, apiKeyEnv, apiKeyFile, maxConcurrency, weight, connectTimeout,
        requestTimeout, retry, ConcurrencyMode.FIXED, RateBudget.unlimited(), CircuitBreakerPolicy.defaults());
  }

  public EndpointSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(concurrency, "concurrency");
    Objects.requireNonNull(rateBudget, "rateBudget");
    Objects.requireNonNull(circuitBreaker, "circuitBreaker");
    if (maxConcurrency < 1) {
      throw new IllegalArgumentException("maxConcurrency must be >= 1: " + maxConcurrency);
    }
  }

  /** This spec with {@code budget} in place of its rate budget. */
  public EndpointSpec withRateBudget(RateBudget budget) {
    return new EndpointSpec(name, baseUrl, model, apiKeyEnv, apiKeyFile, maxConcurrency, weight,
        connectTimeout, requestTimeout, retry, concurrency, budget, circuitBreaker);
  }

  /** The URL of a route under the base URL, e.g. {@code chat/completions}. */
  public URI route(String path) {
    String base = baseUrl.toString();
    return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
  }

  /** The base URL as lineage records it: scheme, host, port and path, never credentials. */
  public String publicUrl() {
    return baseUrl.getScheme() + "://" + baseUrl.getHost()
        + (baseUrl.getPort() >= 0 ? ":" + baseUrl.getPort() : "")
        + (baseUrl.getPath() == null ? "" : baseUrl.getPath());
  }

  @Override
  public String toString() {
    return "EndpointSpec[" + name + " " + publicUrl() + " model=" + model + "]";
  }
}
