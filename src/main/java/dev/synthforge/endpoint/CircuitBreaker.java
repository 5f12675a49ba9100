package dev.synthforge.endpoint;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;

/**
 * Takes an endpoint out of rotation after consecutive failures: closed (normal), open (no
 * requests for a cooldown), half-open (one probe request; its success closes the circuit, its
 * failure reopens it for twice as long, up to eight cooldowns). Thread-safe.
 */
public final class CircuitBreaker {
  /** The breaker's states. */
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final CircuitBreakerPolicy policy;
  private State state = State.CLOSED;
  private int consecutiveFailures;
  private long openUntilNanos;
  private long trippedAtNanos;
  private long cooldownNanos;
  private boolean probeInFlight;

  public CircuitBreaker(CircuitBreakerPolicy policy) {
    this.policy = policy;
    this.cooldownNanos = policy.cooldown().toNanos();
  }

  /** The state at {@code now}; an open circuit whose cooldown passed is half-open. */
  public synchronized State state(long now) {
    if (state == State.OPEN && now >= openUntilNanos) {
      state = State.HALF_OPEN;
      probeInFlight = false;
    }
    return state;
  }

  /** Whether a request may be sent now; in half-open state, only one probe at a time. */
  public synchronized boolean allows(long now) {
    State current = state(now);
    return current == State.CLOSED || (current == State.HALF_OPEN && !probeInFlight);
  }

  /** Records that a request was sent; true if it took the half-open probe slot. */
  public synchronized boolean sent(long now) {
    if (state(now) == State.HALF_OPEN) {
      probeInFlight = true;
      return true;
    }
    return false;
  }

  /** Frees the probe slot of a probe that ended without an attempt's outcome (never sent). */
  public synchronized void probeAbandoned() {
    if (state == State.HALF_OPEN) {
      probeInFlight = false;
    }
  }

  /**
   * How long the circuit has been out of the closed state at {@code now}, half-open spells and
   * failed probes included; 0 while closed.
   */
  public synchronized long unhealthyNanos(long now) {
    return state == State.CLOSED ? 0 : now - trippedAtNanos;
  }

  /** Feeds one attempt's outcome. */
  public synchronized void observe(AttemptSignal signal, long now) {
    if (signal == AttemptSignal.SUCCESS) {
      state = State.CLOSED;
      consecutiveFailures = 0;
      cooldownNanos = policy.cooldown().toNanos();
      probeInFlight = false;
      return;
    }
    if (!signal.endpointFault()) {
      // A 429 or a 4xx is an answer: the endpoint is up.
      consecutiveFailures = 0;
      if (state(now) == State.HALF_OPEN) {
        state = State.CLOSED;
        probeInFlight = false;
      }
      return;
    }
    State current = state(now);
    consecutiveFailures++;
    if (current == State.HALF_OPEN) {
      cooldownNanos = Math.min(cooldownNanos * 2, policy.cooldown().toNanos() * 8);
      open(now);
    } else if (current == State.CLOSED && consecutiveFailures >= policy.failures()) {
      trippedAtNanos = now;
      open(now);
    }
  }

  private void open(long now) {
    state = State.OPEN;
    openUntilNanos = now + cooldownNanos;
    probeInFlight = false;
  }
}
