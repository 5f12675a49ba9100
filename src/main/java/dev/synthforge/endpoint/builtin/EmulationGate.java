package dev.synthforge.endpoint.builtin;

import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.FaultRates;
import dev.synthforge.core.lm.SeededRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Applies an {@link Emulation} to model requests: draws their faults, queues them for a slot and
 * holds each for its emulated service time. Counts requests in service and waiting.
 *
 * <p>Random draws are numbered from the emulation's seed, so the same sequence of requests meets
 * the same faults and latencies. Setting a new emulation starts a new slot pool; requests that
 * hold a slot of the old one give it back there.
 */
final class EmulationGate {

  private record State(Emulation emulation, Semaphore slots, AtomicLong draws) {}

  private volatile State state;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger queued = new AtomicInteger();

  EmulationGate(Emulation emulation) {
    set(emulation);
  }

  void set(Emulation emulation) {
    Semaphore slots = emulation.capacity() > 0 ? new Semaphore(emulation.capacity(), true) : null;
    state = new State(emulation, slots, new AtomicLong());
  }

  Emulation emulation() {
    return state.emulation();
  }

  Fault drawFault() {
    State current = state;
    FaultRates rates = current.emulation().faults();
    if (!rates.any()) {
      return Fault.NONE;
    }
    double draw = uniform(current);
    double[] cumulative = {
      rates.rateLimited(), rates.serverError(), rates.timeout(), rates.reset(), rates.malformed(), rates.truncated()
    };
    Fault[] faults = {
      Fault.RATE_LIMITED, Fault.SERVER_ERROR, Fault.TIMEOUT, Fault.RESET, Fault.MALFORMED, Fault.TRUNCATED
    };
    double bound = 0;
    for (int index = 0; index < faults.length; index++) {
      bound += cumulative[index];
      if (draw < bound) {
        return faults[index];
      }
    }
    return Fault.NONE;
  }

  /** Waits for a slot (in arrival order) and enters service. */
  Slot enter() throws InterruptedException {
    State current = state;
    if (current.slots() != null) {
      queued.incrementAndGet();
      try {
        current.slots().acquire();
      } finally {
        queued.decrementAndGet();
      }
    }
    int concurrency = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(concurrency, Math::max);
    return new Slot(current, concurrency);
  }

  int inFlight() {
    return inFlight.get();
  }

  int maxInFlight() {
    return maxInFlight.get();
  }

  int queued() {
    return queued.get();
  }

  /**
   * The emulated service time: a draw from the latency distribution, stretched past the knee in
   * proportion to concurrency, plus the decode time of the answer's tokens.
   *
   * @param draw uniform in [0, 1), which picks the latency from the distribution
   * @param concurrency requests in service, this one included
   */
  static long serviceNanos(Emulation emulation, double draw, int concurrency, int completionTokens) {
    double mean = emulation.meanLatency().toNanos() / 1e9;
    double seconds = switch (emulation.latencyDistribution()) {
      case FIXED -> mean;
      case EXPONENTIAL -> -mean * Math.log(1 - draw);
      case UNIFORM -> 2 * mean * draw;
    };
    if (emulation.kneeConcurrency() > 0) {
      seconds *= Math.max(1.0, concurrency / (double) emulation.kneeConcurrency());
    }
    if (emulation.tokensPerSecond() > 0) {
      seconds += completionTokens / emulation.tokensPerSecond();
    }
    return (long) (seconds * 1e9);
  }

  private static double uniform(State state) {
    long index = state.draws().getAndIncrement();
    long bits = SeededRandom.mix(state.emulation().seed() ^ SeededRandom.mix(index));
    return (bits >>> 11) * 0x1.0p-53;
  }

  /** A request in service: holds a slot, if capacity is limited, until closed. */
  final class Slot implements AutoCloseable {

    private final State owner;
    private final int concurrency;
    private final long startNanos = System.nanoTime();

    private Slot(State owner, int concurrency) {
      this.owner = owner;
      this.concurrency = concurrency;
    }

    /** Sleeps out what is left of the emulated service time of an answer of that many tokens. */
    void holdFor(int completionTokens) throws InterruptedException {
      Emulation emulation = owner.emulation();
      double draw = emulation.meanLatency().isZero() ? 0 : uniform(owner);
      long remaining =
          serviceNanos(emulation, draw, concurrency, completionTokens) - (System.nanoTime() - startNanos);
      if (remaining > 0) {
        TimeUnit.NANOSECONDS.sleep(remaining);
      }
    }

    @Override
    public void close() {
      inFlight.decrementAndGet();
      if (owner.slots() != null) {
        owner.slots().release();
      }
    }
  }
}
