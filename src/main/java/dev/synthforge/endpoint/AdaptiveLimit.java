package dev.synthforge.endpoint;

/**
 * A concurrency limit that follows the endpoint's capacity: it starts low (32), triples per round
 * trip while latency holds (slow start), then grows by one per round trip; it shrinks on 429s,
 * timeouts and 5xx answers, and when latency rises past twice its baseline, which is how an
 * overloaded vLLM server shows itself (it queues instead of answering 429).
 *
 * <p>Thread-safe. The baseline is the lowest smoothed latency seen, allowed to drift up slowly so
 * that longer prompts later in a run do not look like overload forever; it drifts only while the
 * limit is no higher than where latency last held at the baseline, so that queueing above the
 * server's capacity keeps reading as overload.
 */
public final class AdaptiveLimit {
  static final int INITIAL = 32;
  private static final double SLOW_START_STEP = 2.0;
  private static final double INFLATION = 2.0;
  private static final double OVERLOAD_DECREASE = 0.75;
  private static final double LATENCY_DECREASE = 0.9;
  private static final double SMOOTHING = 0.1;
  private static final double BASELINE_DRIFT = 1.0005;
  private static final double BASELINE_TOLERANCE = 1.1;

  private final int max;
  private final double slowStartStep;
  private double limit;
  private boolean slowStart = true;
  private double smoothedNanos = Double.NaN;
  private double baselineNanos = Double.MAX_VALUE;
  private double baselineLimit;
  private boolean decreasedBefore;
  private long lastDecreaseNanos;

  /** A limit between 1 and {@code max}, starting at {@code min(max, 32)}. */
  public AdaptiveLimit(int max) {
    this(max, INITIAL, SLOW_START_STEP);
  }

  /**
   * A limit between 1 and {@code max} starting at {@code min(max, initial)}, growing by
   * {@code slowStartStep} per success until the first decrease.
   */
  public AdaptiveLimit(int max, int initial, double slowStartStep) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1: " + max);
    }
    this.max = max;
    this.limit = Math.min(max, initial);
    this.slowStartStep = slowStartStep;
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
    baselineNanos = Math.min(baselineNanos, smoothedNanos);
    if (smoothedNanos <= BASELINE_TOLERANCE * baselineNanos) {
      baselineLimit = limit;
    } else if (limit <= baselineLimit) {
      // Slower at a limit that used to answer at the baseline: the requests grew, not the load.
      // Drifting at any higher limit would chase the queueing delay and ratchet the limit to max.
      baselineNanos = Math.min(baselineNanos * BASELINE_DRIFT, smoothedNanos);
    }
    if (smoothedNanos > INFLATION * baselineNanos) {
      decrease(LATENCY_DECREASE, now);
    } else {
      limit = Math.min(max, limit + (slowStart ? slowStartStep : 1.0 / limit));
    }
  }

  private void decrease(double factor, long now) {
    // One decrease per smoothed round trip: a burst of slow answers is one signal, not fifty.
    long window = Double.isNaN(smoothedNanos) ? 0 : (long) smoothedNanos;
    if (decreasedBefore && now - lastDecreaseNanos < window) {
      return;
    }
    decreasedBefore = true;
    lastDecreaseNanos = now;
    slowStart = false;
    limit = Math.max(1, limit * factor);
  }
}
