package dev.synthforge.core;

import dev.synthforge.core.endpoint.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final DoubleSupplier HIGHEST = () -> 0.999_999;
  private static final DoubleSupplier HALF = () -> 0.5;
  private static final DoubleSupplier LOWEST = () -> 0.0;

  private final RetryPolicy policy =
      new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ofSeconds(3));

  @Test
  void backoffIsFullJitterUnderAnExponentialCeiling() {
    assertThat(policy.backoffAfterFailure(1, HALF)).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.backoffAfterFailure(2, HALF)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoffAfterFailure(3, HALF)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoffAfterFailure(1, LOWEST)).isEqualTo(Duration.ZERO);
    assertThat(policy.backoffAfterFailure(3, HIGHEST)).isEqualTo(Duration.ofMillis(399));
  }

  @Test
  void backoffNeverExceedsMaxBackoff() {
    RetryPolicy many = new RetryPolicy(100, Duration.ofMillis(100), Duration.ofMillis(1000), Duration.ZERO);
    assertThat(many.backoffAfterFailure(5, HIGHEST)).isEqualTo(Duration.ofMillis(999));
    assertThat(many.backoffAfterFailure(99, HIGHEST)).isEqualTo(Duration.ofMillis(999));
    assertThat(many.backoffAfterFailure(99, HALF)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void givesUpOnceMaxAttemptsHaveFailed() {
    assertThat(policy.backoffAfterFailure(4, HALF)).isNotNull();
    assertThat(policy.backoffAfterFailure(5, HALF)).isNull();
    assertThat(policy.backoffAfterFailure(6, HALF)).isNull();
    assertThat(RetryPolicy.none().backoffAfterFailure(1, HALF)).isNull();
  }

  @Test
  void rateLimitWaitsWhatTheServerAsks() {
    assertThat(policy.backoffAfterRateLimit(Duration.ofMillis(700), Duration.ZERO, 1, HALF))
        .isEqualTo(Duration.ofMillis(700));
  }

  @Test
  void rateLimitWaitIsCappedAtMaxBackoff() {
    assertThat(policy.backoffAfterRateLimit(Duration.ofMinutes(5), Duration.ZERO, 1, HALF))
        .isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void rateLimitWithoutRetryAfterBacksOffWithJitter() {
    assertThat(policy.backoffAfterRateLimit(null, Duration.ZERO, 1, HALF)).isEqualTo(Duration.ofMillis(50));
    assertThat(policy.backoffAfterRateLimit(null, Duration.ZERO, 3, HALF)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoffAfterRateLimit(null, Duration.ZERO, 30, HIGHEST)).isEqualTo(Duration.ofMillis(999));
  }

  @Test
  void rateLimitWaitsMayFillTheBudgetButNotPassIt() {
    Duration second = Duration.ofSeconds(1);
    assertThat(policy.backoffAfterRateLimit(second, Duration.ofSeconds(2), 3, HALF)).isEqualTo(second);
    assertThat(policy.backoffAfterRateLimit(second, Duration.ofMillis(2001), 3, HALF)).isNull();
    assertThat(policy.backoffAfterRateLimit(Duration.ofMillis(1), Duration.ofSeconds(3), 4, HALF)).isNull();
  }

  @Test
  void rateLimitBudgetDoesNotCountAttempts() {
    assertThat(policy.backoffAfterRateLimit(Duration.ofMillis(1), Duration.ZERO, 1_000, HALF)).isNotNull();
  }

  @Test
  void zeroBudgetAllowsNoRateLimitRetry() {
    assertThat(RetryPolicy.none().backoffAfterRateLimit(null, Duration.ZERO, 1, LOWEST)).isNull();
    assertThat(RetryPolicy.none().backoffAfterRateLimit(Duration.ZERO, Duration.ZERO, 1, LOWEST)).isNull();
  }

  @Test
  void defaultsAreFiveAttemptsHalfASecondToThirtySecondsAndTenMinutesOfRateLimits() {
    assertThat(RetryPolicy.defaults())
        .isEqualTo(new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(10)));
  }

  @Test
  void rejectsFewerThanOneAttempt() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be >= 1: 0");
  }
}
