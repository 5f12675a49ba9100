package dev.synthforge.core.endpoint;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * When an endpoint is taken out of rotation, and for how long.
 *
 * @param failures consecutive connection errors, timeouts or 5xx answers that open the circuit
 * @param cooldown how long the circuit stays open before one probe request is let through;
 *     doubles after each failed probe, up to eight times this
 */
public record CircuitBreakerPolicy(int failures, Duration cooldown) implements Serializable {
  public CircuitBreakerPolicy {
    Objects.requireNonNull(cooldown, "cooldown");
    if (failures < 1) {
      throw new IllegalArgumentException("failures must be >= 1: " + failures);
    }
  }

  /** Five consecutive failures open the circuit for ten seconds. */
  public static CircuitBreakerPolicy defaults() {
    return new CircuitBreakerPolicy(5, Duration.ofSeconds(10));
  }
}
