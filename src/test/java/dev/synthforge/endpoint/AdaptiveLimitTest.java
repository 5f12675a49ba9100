package dev.synthforge.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The adaptive limit, fed with explicit latencies and clock readings. */
class AdaptiveLimitTest {
  private static final long BASE = TimeUnit.MILLISECONDS.toNanos(100);

  /** A clock reading far from zero, as {@link System#nanoTime()} gives. */
  private long now = 7_000_000_000_000L;

  /** Feeds {@code count} successes of {@code latency}, a millisecond apart. */
  private void succeed(AdaptiveLimit limit, int count, long latency) {
    for (int i = 0; i < count; i++) {
      now += TimeUnit.MILLISECONDS.toNanos(1);
      limit.observe(AttemptSignal.SUCCESS, latency, now);
    }
  }

  /** Feeds one round: as many successes as the current limit. */
  private void round(AdaptiveLimit limit) {
    succeed(limit, limit.current(), BASE);
  }

  @Test
  void startsAtSixteenOrAtMaxWhenLower() {
    assertThat(new AdaptiveLimit(100, 16, 1.0).current()).isEqualTo(16);
    assertThat(new AdaptiveLimit(100, 16, 1.0).max()).isEqualTo(100);
    assertThat(new AdaptiveLimit(5, 16, 1.0).current()).isEqualTo(5);
    assertThat(new AdaptiveLimit(1, 16, 1.0).current()).isEqualTo(1);
  }

  @Test
  void rejectsAMaxBelowOne() {
    assertThatThrownBy(() -> new AdaptiveLimit(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must be >= 1: 0");
  }

  @Test
  void slowStartGrowsByOnePerSuccessWhileLatencyIsFlat() {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);

    succeed(limit, 1, BASE);
    assertThat(limit.current()).isEqualTo(17);
    succeed(limit, 3, BASE);
    assertThat(limit.current()).isEqualTo(20);
  }

  @Test
  void slowStartDoublesPerRoundOfLimitSuccesses() {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
    List<Integer> rounds = new ArrayList<>();

    for (int i = 0; i < 4; i++) {
      round(limit);
      rounds.add(limit.current());
    }

    assertThat(rounds).containsExactly(32, 64, 128, 256);
  }

  @Test
  void neverExceedsMax() {
    AdaptiveLimit limit = new AdaptiveLimit(20, 16, 1.0);

    succeed(limit, 1_000, BASE);

    assertThat(limit.current()).isEqualTo(20);
  }

  @ParameterizedTest
  @EnumSource(value = AttemptSignal.class, names = {"RATE_LIMITED", "TIMEOUT", "SERVER_FAILURE"})
  void anOverloadSignalCutsByAQuarterAndEndsSlowStart(AttemptSignal signal) {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
    round(limit);
    assertThat(limit.current()).isEqualTo(32);

    limit.observe(signal, BASE, now);
    assertThat(limit.current()).isEqualTo(24);

    // In slow start a round of 24 successes would double it; now it grows by about one.
    round(limit);
    assertThat(limit.current()).isBetween(24, 25);
  }

  @ParameterizedTest
  @EnumSource(value = AttemptSignal.class, names = {"CONNECTION_FAILURE", "REJECTED"})
  void signalsThatSayNothingAboutLoadLeaveTheLimit(AttemptSignal signal) {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
    round(limit);

    for (int i = 0; i < 10; i++) {
      now += BASE * 2;
      limit.observe(signal, BASE, now);
    }

    assertThat(limit.current()).isEqualTo(32);
    round(limit);
    assertThat(limit.current()).isEqualTo(64);
  }

  @Test
  void theFirstOverloadSignalCutsWhateverTheClockReads() {
    // System.nanoTime() has an arbitrary origin: readings near zero or below it are valid.
    for (long origin : new long[] {0, 1_000, -5 * BASE}) {
      AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
      limit.observe(AttemptSignal.SUCCESS, BASE, origin);

      limit.observe(AttemptSignal.RATE_LIMITED, BASE, origin + 1);

      assertThat(limit.current()).as("origin %d", origin).isEqualTo(12);
    }
  }

  @Test
  void overloadSignalsWithinOneSmoothedLatencyCountAsOneDecrease() {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
    round(limit);
    long first = now;

    limit.observe(AttemptSignal.RATE_LIMITED, BASE, first);
    limit.observe(AttemptSignal.TIMEOUT, BASE, first + BASE / 10);
    limit.observe(AttemptSignal.SERVER_FAILURE, BASE, first + BASE / 2);
    limit.observe(AttemptSignal.RATE_LIMITED, BASE, first + BASE - 1);
    assertThat(limit.current()).isEqualTo(24);

    limit.observe(AttemptSignal.RATE_LIMITED, BASE, first + BASE);
    assertThat(limit.current()).isEqualTo(18);
  }

  @Test
  void latencyPastTwiceTheBaselineDecreasesTheLimit() {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
    succeed(limit, 4, BASE);
    assertThat(limit.current()).isEqualTo(20);

    // Smoothed: 100 ms, then 190 ms (holds), then 271 ms (past 200 ms: cut by a tenth).
    succeed(limit, 1, BASE * 10);
    assertThat(limit.current()).isEqualTo(21);
    succeed(limit, 1, BASE * 10);
    assertThat(limit.current()).isEqualTo(18);
  }

  @Test
  void latencyBelowTwiceTheBaselineKeepsGrowing() {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
    succeed(limit, 4, BASE);

    succeed(limit, 40, BASE * 19 / 10);

    assertThat(limit.current()).isEqualTo(60);
  }

  @Test
  void afterSlowStartGrowsByAboutOnePerRound() {
    AdaptiveLimit limit = new AdaptiveLimit(1_000, 16, 1.0);
    round(limit);
    limit.observe(AttemptSignal.RATE_LIMITED, BASE, now);
    int start = limit.current();

    for (int i = 0; i < 10; i++) {
      round(limit);
    }

    assertThat(start).isEqualTo(24);
    assertThat(limit.current()).isBetween(start + 9, start + 11);
  }

  @Test
  void neverFallsBelowOne() {
    AdaptiveLimit limit = new AdaptiveLimit(4, 16, 1.0);
    succeed(limit, 1, BASE);

    for (int i = 0; i < 50; i++) {
      now += BASE * 10;
      limit.observe(AttemptSignal.TIMEOUT, BASE, now);
    }

    assertThat(limit.current()).isEqualTo(1);
  }

  /**
   * A vLLM-like server: latency holds until {@code knee} requests are in flight, then grows in
   * proportion, since the server queues rather than refusing. The client keeps its limit in flight.
   */
  private List<Integer> simulate(AdaptiveLimit limit, int knee, double noise, int rounds) {
    Random random = new Random(17);
    List<Integer> limits = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (int i = 0, answers = limit.current(); i < answers; i++) {
        int inFlight = limit.current();
        double jitter = 1 + noise * (2 * random.nextDouble() - 1);
        long latency = (long) (BASE * Math.max(1.0, inFlight / (double) knee) * jitter);
        // inFlight requests of this latency finish per latency: one answer per latency / inFlight.
        now += latency / inFlight;
        limit.observe(AttemptSignal.SUCCESS, latency, now);
      }
      limits.add(limit.current());
    }
    return limits;
  }

  @Test
  void settlesNearTheKneeOfAServerThatQueues() {
    AdaptiveLimit limit = new AdaptiveLimit(512, 16, 1.0);

    List<Integer> limits = simulate(limit, 40, 0, 1_000);

    assertThat(limits.subList(100, limits.size())).allSatisfy(value -> assertThat(value).isBetween(40, 120));
  }

  @Test
  void settlesNearTheKneeWithNoisyLatency() {
    AdaptiveLimit limit = new AdaptiveLimit(2_000, 16, 1.0);

    List<Integer> limits = simulate(limit, 100, 0.2, 1_000);

    assertThat(limits.subList(100, limits.size())).allSatisfy(value -> assertThat(value).isBetween(100, 300));
  }
}
