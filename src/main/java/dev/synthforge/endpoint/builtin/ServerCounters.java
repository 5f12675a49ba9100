package dev.synthforge.endpoint.builtin;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The running counts behind {@link BuiltinServerStats}; safe to update from every thread. */
final class ServerCounters {

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> faults = new ConcurrentHashMap<>();
  private final LongAdder completions = new LongAdder();
  private final LongAdder choices = new LongAdder();
  private final LongAdder embeddings = new LongAdder();
  private final LongAdder dropped = new LongAdder();

  void request(String route) {
    requests.computeIfAbsent(route, key -> new LongAdder()).increment();
  }

  void fault(Fault fault) {
    if (fault != Fault.NONE) {
      faults.computeIfAbsent(fault.statsName(), key -> new LongAdder()).increment();
    }
  }

  void served(ModelAnswer answer) {
    if (answer.choices() > 0) {
      completions.increment();
      choices.add(answer.choices());
    }
    embeddings.add(answer.embeddings());
  }

  void dropped() {
    dropped.increment();
  }

  BuiltinServerStats snapshot(EmulationGate gate) {
    return new BuiltinServerStats(
        sums(requests),
        completions.sum(),
        choices.sum(),
        embeddings.sum(),
        sums(faults),
        dropped.sum(),
        gate.inFlight(),
        gate.maxInFlight(),
        gate.queued());
  }

  private static Map<String, Long> sums(Map<String, LongAdder> adders) {
    Map<String, Long> sums = new TreeMap<>();
    adders.forEach((key, adder) -> sums.put(key, adder.sum()));
    return sums;
  }
}
