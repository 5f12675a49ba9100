package dev.synthforge.core.endpoint;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before another attempt of a failed call.
 *
 * <p>Exponential backoff with full jitter for connection errors, timeouts, 408, 409, 5xx and
 * malformed answers, counted against {@code maxAttempts}. 429s do not use up attempts: they are
 * bounded by {@code rateLimitBudget}, the total time one request may spend waiting on rate limits,
 * and wait as long as the server's Retry-After asks (capped at {@code maxBackoff}).
 *
 * @param maxAttempts attempts for retryable non-429 failures, at least 1
 * @param initialBackoff the first backoff ceiling
 * @param maxBackoff the largest single wait
 * @param rateLimitBudget total wait one request may spend on 429s
 */
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration rateLimitBudget)
    implements Serializable {

  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(rateLimitBudget, "rateLimitBudget");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
    }
  }

  /** Five attempts, 500 ms to 30 s backoff, ten minutes of 429 budget. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(10));
  }

  /** A single attempt, no waiting. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The wait before attempt {@code failedAttempts + 1} after a retryable failure, or null to give
   * up. {@code random} yields values in [0, 1).
   */
  public Duration backoffAfterFailure(int failedAttempts, DoubleSupplier random) {
    if (failedAttempts >= maxAttempts) {
      return null;
    }
    double ceiling = initialBackoff.toMillis() * Math.pow(2, Math.max(0, failedAttempts - 1));
    double capped = Math.min(ceiling, maxBackoff.toMillis());
    return Duration.ofMillis((long) (capped * random.getAsDouble()));
  }

  /**
   * The wait after a 429, or null when it would exceed the remaining rate-limit budget.
   *
   * @param retryAfter the server's Retry-After, or null when it sent none
   * @param rateLimitWaited the time this request already spent waiting on 429s
   * @param rateLimitedCount how many 429s this request got so far (for backoff without Retry-After)
   */
  public Duration backoffAfterRateLimit(
      Duration retryAfter, Duration rateLimitWaited, int rateLimitedCount, DoubleSupplier random) {
    if (rateLimitWaited.compareTo(rateLimitBudget) >= 0) {
      // Spent, or zero to begin with: zero-length waits would otherwise retry forever.
      return null;
    }
    Duration wait;
    if (retryAfter != null) {
      wait = retryAfter.compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter;
    } else {
      double ceiling = initialBackoff.toMillis() * Math.pow(2, Math.max(0, rateLimitedCount - 1));
      wait = Duration.ofMillis((long) (Math.min(ceiling, maxBackoff.toMillis()) * random.getAsDouble()));
    }
    return rateLimitWaited.plus(wait).compareTo(rateLimitBudget) > 0 ? null : wait;
  }
}
