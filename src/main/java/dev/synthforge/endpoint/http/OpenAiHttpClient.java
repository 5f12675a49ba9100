package dev.synthforge.endpoint.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.core.Redaction;
import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.endpoint.ApiKeys;
import dev.synthforge.endpoint.AttemptObserver;
import dev.synthforge.endpoint.EndpointClient;
import dev.synthforge.endpoint.EndpointSpec;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * An {@link EndpointClient} for OpenAI-compatible HTTP servers on the JDK's asynchronous client.
 *
 * <p>HTTP/1.1 is forced: the JDK's default HTTP/2 upgrade over plain http makes some Python
 * servers drop the request body. One instance holds one connection pool; share it.
 */
public final class OpenAiHttpClient implements EndpointClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final EndpointSpec spec;
  private final HttpClient http;
  private final String authorization;
  private final String apiKey;
  private final OpenAiRequestWriter writer = new OpenAiRequestWriter(MAPPER);
  private final OpenAiResponseParser parser = new OpenAiResponseParser(MAPPER);
  private final ErrorBodyParser errors = new ErrorBodyParser(MAPPER);

  public OpenAiHttpClient(EndpointSpec spec) {
    this.spec = spec;
    this.apiKey = ApiKeys.resolve(spec).orElse(null);
    this.authorization = apiKey == null ? null : "Bearer " + apiKey;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(spec.connectTimeout())
            .build();
  }

  @Override
  public EndpointSpec spec() {
    return spec;
  }

  @Override
  public CompletableFuture<CallOutcome> call(EndpointRequest request, AttemptObserver observer) {
    CompletableFuture<CallOutcome> result = new CompletableFuture<>();
    RetryState state = new RetryState(request, observer, System.nanoTime());
    try {
      state.httpRequest = httpRequest(request);
    } catch (RuntimeException e) {
      // The contract is an outcome, never a throw: e.g. a JSON schema that does not parse.
      result.complete(failed(state, ErrorClass.INTERNAL, 0, String.valueOf(e.getMessage())));
      return result;
    }
    attempt(state, result);
    return result;
  }

  private HttpRequest httpRequest(EndpointRequest request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(spec.route(OpenAiRequestWriter.route(request.api())))
            .timeout(spec.requestTimeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-Request-Id", request.requestId())
            .POST(HttpRequest.BodyPublishers.ofByteArray(writer.body(request, spec.model())));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder.build();
  }

  private void attempt(RetryState state, CompletableFuture<CallOutcome> result) {
    state.attempts++;
    long attemptStart = System.nanoTime();
    http.sendAsync(state.httpRequest, HttpResponse.BodyHandlers.ofByteArray())
        .whenComplete(
            (response, error) -> {
              try {
                AttemptResult outcome =
                    error != null
                        ? AttemptClassifier.fromException(error)
                        : AttemptClassifier.fromResponse(response, parser, errors);
                state.observer.attempted(AttemptClassifier.signal(outcome), System.nanoTime() - attemptStart);
                settle(state, outcome, result);
              } catch (RuntimeException unexpected) {
                result.complete(failed(state, ErrorClass.INTERNAL, 0, unexpected.toString()));
              }
            });
  }

  private void settle(RetryState state, AttemptResult outcome, CompletableFuture<CallOutcome> result) {
    if (outcome instanceof AttemptResult.Answer answer) {
      var parsed = answer.completion();
      result.complete(
          new CallOutcome.Completed(
              parsed.choices(), parsed.model(), parsed.systemFingerprint(), parsed.promptTokens(),
              parsed.completionTokens(), state.attempts, state.elapsedMillis(), spec.name()));
      return;
    }
    AttemptResult.Failure failure = (AttemptResult.Failure) outcome;
    Duration wait = null;
    if (failure.errorClass() == ErrorClass.RATE_LIMITED) {
      state.rateLimited++;
      wait = spec.retry().backoffAfterRateLimit(
          failure.retryAfter(), state.rateLimitWaited, state.rateLimited, ThreadLocalRandom.current()::nextDouble);
      if (wait != null) {
        state.rateLimitWaited = state.rateLimitWaited.plus(wait);
      }
    } else if (failure.retryable()) {
      state.failedAttempts++;
      wait = spec.retry().backoffAfterFailure(state.failedAttempts, ThreadLocalRandom.current()::nextDouble);
    }
    if (wait == null) {
      result.complete(failed(state, failure.errorClass(), failure.httpStatus(), failure.message()));
      return;
    }
    if (!state.observer.retryAllowed()) {
      // The endpoint's circuit opened: stop here so the request can fail over elsewhere.
      result.complete(failed(state, failure.errorClass(), failure.httpStatus(),
          failure.message() + " (circuit open, no further attempts here)"));
      return;
    }
    CompletableFuture.runAsync(
        () -> attempt(state, result),
        CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS));
  }

  private CallOutcome.Failed failed(RetryState state, ErrorClass errorClass, int status, String message) {
    String text = errorClass + (status > 0 ? " (HTTP " + status + ")" : "") + " from "
        + spec.name() + " after " + state.attempts + " attempt(s): " + message;
    return new CallOutcome.Failed(
        errorClass, status, Redaction.redact(text, apiKey), state.attempts, state.elapsedMillis(), spec.name());
  }

  /** Mutable per-call retry bookkeeping; touched by one callback at a time. */
  private static final class RetryState {
    final EndpointRequest request;
    final AttemptObserver observer;
    final long startNanos;
    HttpRequest httpRequest;
    int attempts;
    int failedAttempts;
    int rateLimited;
    Duration rateLimitWaited = Duration.ZERO;

    RetryState(EndpointRequest request, AttemptObserver observer, long startNanos) {
      this.observer = observer;
      this.request = request;
      this.startNanos = startNanos;
    }

    long elapsedMillis() {
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
  }
}
