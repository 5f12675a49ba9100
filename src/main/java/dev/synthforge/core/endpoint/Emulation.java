package dev.synthforge.core.endpoint;

import java.time.Duration;
import java.util.Objects;

/**
 * How the built-in endpoint emulates a GPU model server: service time, capacity, and faults.
 *
 * <p>The defaults emulate nothing: answers come as fast as the model computes them. A capacity
 * above zero makes requests beyond it wait for a slot, as vLLM queues instead of answering 429.
 *
 * @param meanLatency mean service time of one request, spent while holding a slot
 * @param latencyDistribution how service times spread around the mean
 * @param capacity concurrent slots; 0 means unbounded
 * @param kneeConcurrency concurrency past which service time grows in proportion (0 = no knee)
 * @param tokensPerSecond decode speed per request; 0 means instant
 * @param faults rates of injected faults, each a probability per request
 * @param seed seed of the emulation's random choices, so a test run is repeatable
 */
public record Emulation(
    Duration meanLatency,
    LatencyDistribution latencyDistribution,
    int capacity,
    int kneeConcurrency,
    double tokensPerSecond,
    FaultRates faults,
    long seed) {

  /** Shapes of the service-time distribution. */
  public enum LatencyDistribution {
    FIXED,
    EXPONENTIAL,
    UNIFORM
  }

  public Emulation {
    Objects.requireNonNull(meanLatency, "meanLatency");
    Objects.requireNonNull(latencyDistribution, "latencyDistribution");
    Objects.requireNonNull(faults, "faults");
    if (meanLatency.isNegative()) {
      throw new IllegalArgumentException("meanLatency must be >= 0: " + meanLatency);
    }
    if (capacity < 0 || kneeConcurrency < 0 || tokensPerSecond < 0) {
      throw new IllegalArgumentException("capacity, kneeConcurrency and tokensPerSecond must be >= 0");
    }
  }

  /** No emulated latency, capacity limit or fault. */
  public static Emulation none() {
    return new Emulation(Duration.ZERO, LatencyDistribution.FIXED, 0, 0, 0, FaultRates.none(), 0);
  }
}
