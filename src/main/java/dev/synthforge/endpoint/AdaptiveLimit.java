package dev.synthforge.endpoint;

/**
 * A concurrency limit that follows the endpoint's capacity: it starts low, doubles per round trip
 * while latency holds (slow start), then grows by one per round trip; it shrinks on 429s,
 * timeouts and 5xx answers, and when latency rises past twice its baseline, which is how an
 * overloaded vLLM server shows itself (it queues instead of answering 429).
 *
 * <p>Thread-safe. The baseline is the lowest smoothed latency seen, allowed to drift up slowly so
 * that longer prompts later in a run do not look like overload forever.
 */
public final class AdaptiveLimit {
  static final int INITIAL = 16;
  private static final double INFLATION = 2.0;
  private static final double OVERLOAD_DECREASE = 0.75;
  private static final double LATENCY_DECREASE = 0.9;
  private static final double SMOOTHING = 0.1;
  private static final double BASELINE_DRIFT = 1.0005;

  private final int max;
  private double limit;
  private boolean slowStart = true;
  private double smoothedNanos = Double.NaN;
  private double baselineNanos = Double.MAX_VALUE;
  private long lastDecreaseNanos;

  /** A limit between 1 and {@code max}; fixed at {@code max} when {@code adaptive} is off. */
  public AdaptiveLimit(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1: " + max);
    }
    this.max = max;
    this.limit = Math.min(max, INITIAL);
  }

  /** The current limit, at least 1. */
  public synchronized int current() {
    return (int) Math.max(1, Math.floor(limit));
  }

  public int max() {
    return max;
  }

  /** Feeds one attempt's outcome. {@code now} is {@link System#nanoTime()}. */
  public synchronized void observe(AttemptSignal signal, long latencyNanos, long now) {
    if (signal.overload()) {
      decrease(OVERLOAD_DECREASE, now);
      return;
    }
    if (signal != AttemptSignal.SUCCESS) {
      return;
    }
    smoothedNanos = Double.isNaN(smoothedNanos)
        ? latencyNanos : smoothedNanos + SMOOTHING * (latencyNanos - smoothedNanos);
    baselineNanos = Math.min(baselineNanos * BASELINE_DRIFT, smoothedNanos);
    if (smoothedNanos > INFLATION * baselineNanos) {
      decrease(LATENCY_DECREASE, now);
    } else {
      limit = Math.min(max, limit + (slowStart ? 1.0 : 1.0 / limit));
    }
  }

  private void decrease(double factor, long now) {
    // One decrease per smoothed round trip: a burst of slow answers is one signal, not fifty.
    long window = Double.isNaN(smoothedNanos) ? 0 : (long) smoothedNanos;
    if (now - lastDecreaseNanos < window) {
      return;
    }
    lastDecreaseNanos = now;
    slowStart = false;
    limit = Math.max(1, limit * factor);
  }
}
