package dev.synthforge.core.endpoint;

import java.time.Duration;
import java.util.Objects;

/**
 * Probabilities, per request, of each fault the built-in endpoint can inject.
 *
 * @param rateLimited answer 429 with a Retry-After header of {@code retryAfter}
 * @param retryAfter the Retry-After sent with an injected 429
 * @param serverError answer 503 with an error body
 * @param timeout hold the request for {@code timeoutHold} before answering
 * @param timeoutHold how long a "timed out" request is held (longer than the client's timeout)
 * @param reset close the connection without an answer
 * @param malformed answer 200 with a body that is not JSON
 * @param truncated answer 200 with a JSON body cut in the middle
 */
public record FaultRates(
    double rateLimited,
    Duration retryAfter,
    double serverError,
    double timeout,
    Duration timeoutHold,
    double reset,
    double malformed,
    double truncated) {

  public FaultRates {
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(timeoutHold, "timeoutHold");
    double total = rateLimited + serverError + timeout + reset + malformed + truncated;
    for (double rate : new double[] {rateLimited, serverError, timeout, reset, malformed, truncated}) {
      if (rate < 0 || rate > 1) {
        throw new IllegalArgumentException("fault rates must be within [0, 1]: " + rate);
      }
    }
    if (total > 1.0 + 1e-9) {
      throw new IllegalArgumentException("fault rates must add up to at most 1: " + total);
    }
  }

  public static FaultRates none() {
    return new FaultRates(0, Duration.ofSeconds(1), 0, 0, Duration.ofSeconds(120), 0, 0, 0);
  }

  /** Whether any fault can be injected. */
  public boolean any() {
    return rateLimited + serverError + timeout + reset + malformed + truncated > 0;
  }
}
