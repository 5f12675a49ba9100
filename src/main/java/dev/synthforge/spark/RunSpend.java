package dev.synthforge.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/** Tokens and cost one executor JVM has spent for a run, shared by the run's tasks there. */
final class RunSpend {
  private static final Map<String, RunSpend> BY_RUN = new ConcurrentHashMap<>();
  private final AtomicLong tokens = new AtomicLong();
  private final DoubleAdder costUsd = new DoubleAdder();

  static RunSpend of(String runId) {
    return BY_RUN.computeIfAbsent(runId, unused -> new RunSpend());
  }

  void add(long promptTokens, long completionTokens, double[] pricePerMillion) {
    tokens.addAndGet(promptTokens + completionTokens);
    costUsd.add((promptTokens * pricePerMillion[0] + completionTokens * pricePerMillion[1]) / 1_000_000.0);
  }

  long tokens() {
    return tokens.get();
  }

  double costUsd() {
    return costUsd.sum();
  }
}
