package dev.synthforge.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-minute token bucket, driven with explicit clock readings. */
class TokenBucketTest {
  private static final long T0 = 123_456_789L;

  private static long seconds(double seconds) {
    return (long) (seconds * TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void zeroPerMinuteIsUnlimited() {
    TokenBucket bucket = new TokenBucket(0, T0);

    for (int i = 0; i < 1_000; i++) {
      bucket.take(1_000_000, T0);
    }

    assertThat(bucket.has(T0)).isTrue();
  }

  @Test
  void startsWithOneSecondsWorth() {
    TokenBucket bucket = new TokenBucket(600, T0);

    bucket.take(9, T0);
    assertThat(bucket.has(T0)).isTrue();
    bucket.take(1, T0);
    assertThat(bucket.has(T0)).isFalse();
  }

  @Test
  void startsWithAtLeastOneToken() {
    TokenBucket bucket = new TokenBucket(6, T0);

    assertThat(bucket.has(T0)).isTrue();
    bucket.take(1, T0);
    assertThat(bucket.has(T0)).isFalse();
  }

  @Test
  void refillsContinuously() {
    TokenBucket bucket = new TokenBucket(600, T0);
    bucket.take(20, T0);

    // Ten tokens a second pay back a debt of ten in one second.
    assertThat(bucket.has(T0 + seconds(0.999))).isFalse();
    assertThat(bucket.has(T0 + seconds(1.001))).isTrue();
  }

  @Test
  void aRequestLargerThanTheBudgetGoesThenWaitsOutItsDebt() {
    TokenBucket bucket = new TokenBucket(60, T0);
    assertThat(bucket.has(T0)).isTrue();

    bucket.take(500, T0);

    assertThat(bucket.has(T0)).isFalse();
    assertThat(bucket.has(T0 + seconds(100))).isFalse();
    assertThat(bucket.has(T0 + seconds(498))).isFalse();
    assertThat(bucket.has(T0 + seconds(500))).isTrue();
  }

  @Test
  void savesUpAtMostFiveSecondsWorth() {
    TokenBucket bucket = new TokenBucket(600, T0);
    long later = T0 + TimeUnit.HOURS.toNanos(1);

    bucket.take(49, later);
    assertThat(bucket.has(later)).isTrue();
    bucket.take(1, later);
    assertThat(bucket.has(later)).isFalse();
  }
}
