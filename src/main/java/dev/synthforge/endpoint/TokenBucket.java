package dev.synthforge.endpoint;

/**
 * A per-minute budget that refills continuously; {@code perMinute = 0} means unlimited.
 * A request may take the bucket below zero once, so a single request larger than the whole
 * budget still goes, then waits out its debt. Thread-safe.
 */
public final class TokenBucket {
  private static final double NANOS_PER_MINUTE = 60e9;
  private final long perMinute;
  private double available;
  private long refilledAt;

  public TokenBucket(long perMinute, long now) {
    this.perMinute = perMinute;
    // Start with a second's worth so a run does not open with a burst of a whole minute.
    this.available = Math.max(1, perMinute / 60.0);
    this.refilledAt = now;
  }

  public synchronized boolean has(long now) {
    if (perMinute == 0) {
      return true;
    }
    refill(now);
    return available > 0;
  }

  public synchronized void take(long amount, long now) {
    if (perMinute == 0) {
      return;
    }
    refill(now);
    available -= amount;
  }

  private void refill(long now) {
    available = Math.min(perMinute / 60.0 * 5, available + (now - refilledAt) * perMinute / NANOS_PER_MINUTE);
    refilledAt = now;
  }
}
