package dev.synthforge.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.endpoint.CircuitBreaker.State;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The circuit breaker, driven with explicit clock readings. */
class CircuitBreakerTest {
  private static final long COOLDOWN = Duration.ofSeconds(10).toNanos();
  private static final long T0 = -3_000_000_000L;

  private final CircuitBreaker breaker = new CircuitBreaker(new CircuitBreakerPolicy(3, Duration.ofSeconds(10)));

  private void fail(int times, long now) {
    for (int i = 0; i < times; i++) {
      breaker.observe(AttemptSignal.SERVER_FAILURE, now);
    }
  }

  /** Opens the circuit at {@code now}. */
  private void open(long now) {
    fail(3, now);
    assertThat(breaker.state(now)).isEqualTo(State.OPEN);
  }

  /** Sends the half-open probe at {@code now} and fails it. */
  private void failProbe(long now) {
    assertThat(breaker.allows(now)).isTrue();
    assertThat(breaker.sent(now)).isTrue();
    breaker.observe(AttemptSignal.TIMEOUT, now);
  }

  @Test
  void startsClosed() {
    assertThat(breaker.state(T0)).isEqualTo(State.CLOSED);
    assertThat(breaker.allows(T0)).isTrue();
    assertThat(breaker.unhealthyNanos(T0)).isZero();
  }

  @ParameterizedTest
  @EnumSource(value = AttemptSignal.class, names = {"TIMEOUT", "SERVER_FAILURE", "CONNECTION_FAILURE"})
  void opensAfterConsecutiveEndpointFaults(AttemptSignal fault) {
    breaker.observe(fault, T0);
    breaker.observe(fault, T0);
    assertThat(breaker.state(T0)).isEqualTo(State.CLOSED);
    assertThat(breaker.allows(T0)).isTrue();

    breaker.observe(fault, T0);

    assertThat(breaker.state(T0)).isEqualTo(State.OPEN);
    assertThat(breaker.allows(T0)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = AttemptSignal.class, names = {"REJECTED", "RATE_LIMITED", "SUCCESS"})
  void answersDoNotCountAndResetTheCount(AttemptSignal answer) {
    fail(2, T0);
    breaker.observe(answer, T0);
    fail(2, T0);
    assertThat(breaker.state(T0)).isEqualTo(State.CLOSED);

    for (int i = 0; i < 10; i++) {
      breaker.observe(answer, T0);
    }
    fail(2, T0);
    assertThat(breaker.state(T0)).isEqualTo(State.CLOSED);

    fail(1, T0);
    assertThat(breaker.state(T0)).isEqualTo(State.OPEN);
  }

  @Test
  void turnsHalfOpenWhenTheCooldownHasPassed() {
    open(T0);

    assertThat(breaker.state(T0 + COOLDOWN - 1)).isEqualTo(State.OPEN);
    assertThat(breaker.allows(T0 + COOLDOWN - 1)).isFalse();
    assertThat(breaker.state(T0 + COOLDOWN)).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.allows(T0 + COOLDOWN)).isTrue();
  }

  @Test
  void faultsOfRequestsSentBeforeOpeningDoNotExtendTheCooldown() {
    open(T0);

    fail(5, T0 + COOLDOWN / 2);

    assertThat(breaker.state(T0 + COOLDOWN)).isEqualTo(State.HALF_OPEN);
  }

  @Test
  void letsOneProbeThroughWhenHalfOpen() {
    open(T0);
    long now = T0 + COOLDOWN;

    assertThat(breaker.sent(now)).isTrue();

    assertThat(breaker.allows(now)).isFalse();
    assertThat(breaker.allows(now + COOLDOWN)).isFalse();
    assertThat(breaker.state(now)).isEqualTo(State.HALF_OPEN);
  }

  @Test
  void aSentRequestTakesNoProbeSlotWhileClosed() {
    assertThat(breaker.sent(T0)).isFalse();
    assertThat(breaker.sent(T0)).isFalse();
    assertThat(breaker.allows(T0)).isTrue();
  }

  @Test
  void anAbandonedProbeFreesTheSlot() {
    open(T0);
    long now = T0 + COOLDOWN;
    breaker.sent(now);

    breaker.probeAbandoned();

    assertThat(breaker.allows(now)).isTrue();
    assertThat(breaker.state(now)).isEqualTo(State.HALF_OPEN);
  }

  @Test
  void aSuccessfulProbeClosesTheCircuit() {
    open(T0);
    long now = T0 + COOLDOWN;
    breaker.sent(now);

    breaker.observe(AttemptSignal.SUCCESS, now);

    assertThat(breaker.state(now)).isEqualTo(State.CLOSED);
    assertThat(breaker.allows(now)).isTrue();
    assertThat(breaker.sent(now)).isFalse();
    // The count starts over: it takes the full number of faults to open again.
    fail(2, now);
    assertThat(breaker.state(now)).isEqualTo(State.CLOSED);
  }

  @ParameterizedTest
  @EnumSource(value = AttemptSignal.class, names = {"REJECTED", "RATE_LIMITED"})
  void aProbeAnsweredWithARefusalClosesTheCircuitSinceTheEndpointIsUp(AttemptSignal answer) {
    open(T0);
    long now = T0 + COOLDOWN;
    breaker.sent(now);

    breaker.observe(answer, now);

    assertThat(breaker.state(now)).isEqualTo(State.CLOSED);
  }

  @Test
  void aFailedProbeReopensForTwiceAsLongUpToEightCooldowns() {
    open(T0);
    long now = T0 + COOLDOWN;

    for (long factor : new long[] {2, 4, 8, 8, 8}) {
      failProbe(now);
      assertThat(breaker.state(now + factor * COOLDOWN - 1)).as("x%d", factor).isEqualTo(State.OPEN);
      assertThat(breaker.state(now + factor * COOLDOWN)).as("x%d", factor).isEqualTo(State.HALF_OPEN);
      now += factor * COOLDOWN;
    }
  }

  @Test
  void closingResetsTheCooldown() {
    open(T0);
    long now = T0 + COOLDOWN;
    failProbe(now);
    now += 2 * COOLDOWN;
    breaker.sent(now);
    breaker.observe(AttemptSignal.SUCCESS, now);

    open(now);

    assertThat(breaker.state(now + COOLDOWN)).isEqualTo(State.HALF_OPEN);
  }

  @Test
  void unhealthyTimeRunsFromOpeningThroughFailedProbesUntilClosed() {
    open(T0);
    assertThat(breaker.unhealthyNanos(T0 + 5)).isEqualTo(5);

    long probe = T0 + COOLDOWN;
    assertThat(breaker.state(probe)).isEqualTo(State.HALF_OPEN);
    assertThat(breaker.unhealthyNanos(probe)).isEqualTo(COOLDOWN);
    failProbe(probe);
    assertThat(breaker.unhealthyNanos(probe + 1)).isEqualTo(COOLDOWN + 1);

    long second = probe + 2 * COOLDOWN;
    breaker.sent(second);
    breaker.observe(AttemptSignal.SUCCESS, second);
    assertThat(breaker.unhealthyNanos(second)).isZero();

    open(second + 100);
    assertThat(breaker.unhealthyNanos(second + 150)).isEqualTo(50);
  }
}
