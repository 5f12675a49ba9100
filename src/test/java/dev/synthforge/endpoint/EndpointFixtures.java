package dev.synthforge.endpoint;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.endpoint.RetryPolicy;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.TaskApi;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Specs, policies and requests shared by the endpoint tests. */
public final class EndpointFixtures {
  /** Millisecond backoffs so retry tests stay fast. */
  public static final RetryPolicy FAST_RETRY =
      new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(20), Duration.ofSeconds(5));

  public static final GenerationParameters PARAMETERS =
      new GenerationParameters(0.7, 0.9, 64, List.of(), null);

  private EndpointFixtures() {}

  /** A spec with no API key, a 5 s request timeout and {@code retry}. */
  public static EndpointSpec spec(URI baseUrl, RetryPolicy retry) {
    return spec(baseUrl, retry, null, Duration.ofSeconds(5));
  }

  public static EndpointSpec spec(URI baseUrl, RetryPolicy retry, String apiKeyFile, Duration requestTimeout) {
    return new EndpointSpec(
        "local", baseUrl, "test-model", null, apiKeyFile, 4, 1.0, Duration.ofSeconds(2), requestTimeout, retry);
  }

  /** A spec for pool tests, which never reach its URL. */
  public static EndpointSpec weighted(String name, double weight) {
    return new EndpointSpec(
        name, URI.create("http://127.0.0.1:9/v1"), "m", null, null, 8, weight, Duration.ofSeconds(1),
        Duration.ofSeconds(1), RetryPolicy.none());
  }

  /** A spec for pool tests with the given concurrency mode, budgets and circuit breaker. */
  public static EndpointSpec controlled(
      String name, ConcurrencyMode concurrency, RateBudget budget, CircuitBreakerPolicy breaker) {
    return new EndpointSpec(
        name, URI.create("http://127.0.0.1:9/v1"), "m", null, null, 8, 1.0, Duration.ofSeconds(1),
        Duration.ofSeconds(1), RetryPolicy.none(), concurrency, budget, breaker);
  }

  /** A one-choice chat request with a system prompt and no schema. */
  public static EndpointRequest chat(String prompt) {
    return new EndpointRequest("req-1", TaskApi.CHAT, "Be brief.", prompt, PARAMETERS, null, 1, null);
  }

  /** A chat answer with one choice per text, indexes in order. */
  public static String chatAnswer(String... texts) {
    StringBuilder choices = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      choices.append(i == 0 ? "" : ",")
          .append("{\"index\":").append(i)
          .append(",\"message\":{\"role\":\"assistant\",\"content\":\"").append(texts[i])
          .append("\"},\"finish_reason\":\"stop\"}");
    }
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"test-model\",\"choices\":["
        + choices + "],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12}}";
  }
}
