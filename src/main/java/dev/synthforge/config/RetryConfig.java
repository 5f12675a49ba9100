package dev.synthforge.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How an endpoint's failed requests are retried.
 *
 * @param maxAttempts attempts per request for 5xx answers, timeouts and connection errors
 * @param initialBackoff wait before the first retry
 * @param maxBackoff longest wait between retries
 * @param rateLimitBudget total time one request may spend waiting on 429 answers
 */
public record RetryConfig(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration rateLimitBudget) {

  public RetryConfig {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(rateLimitBudget, "rateLimitBudget");
  }
}
