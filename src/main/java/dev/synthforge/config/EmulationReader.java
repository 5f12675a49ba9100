package dev.synthforge.config;

import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.Emulation.LatencyDistribution;
import dev.synthforge.core.endpoint.FaultRates;
import java.time.Duration;

/** Reads an endpoint's {@code emulation} section onto the built-in endpoint's {@link Emulation}. */
final class EmulationReader {

  private static final String RATE = "must be within [0, 1]";

  private EmulationReader() {}

  static Emulation read(ConfigNode node) {
    Duration latency = node.duration("latency", value -> true, "");
    LatencyDistribution distribution =
        node.choice("latency-distribution", LatencyDistribution.class);
    int capacity = node.integer("capacity", v -> v >= 0, "must be >= 0");
    int knee = node.integer("knee", v -> v >= 0, "must be >= 0");
    double tokensPerSecond = node.decimal("tokens-per-second", v -> v >= 0, "must be >= 0");
    long seed = node.longInteger("seed", v -> true, "");
    FaultRates faults = faults(node.section("faults"));
    return new Emulation(latency, distribution, capacity, knee, tokensPerSecond, faults, seed);
  }

  private static FaultRates faults(ConfigNode node) {
    double rateLimited = rate(node, "rate-limited");
    Duration retryAfter = node.duration("retry-after", value -> true, "");
    double serverError = rate(node, "server-error");
    double timeout = rate(node, "timeout");
    Duration timeoutHold =
        node.duration("timeout-hold", EndpointConfigReader::positive, "must be > 0");
    double reset = rate(node, "reset");
    double malformed = rate(node, "malformed");
    double truncated = rate(node, "truncated");
    double total = rateLimited + serverError + timeout + reset + malformed + truncated;
    if (total > 1.0 + 1e-9) {
      String reason = "fault rates must add up to at most 1";
      node.problem(ConfigProblem.invalidValue(node.path(), String.valueOf(total), reason));
      return FaultRates.none();
    }
    return new FaultRates(
        rateLimited, retryAfter, serverError, timeout, timeoutHold, reset, malformed, truncated);
  }

  private static double rate(ConfigNode node, String name) {
    return node.decimal(name, v -> v >= 0 && v <= 1, RATE);
  }
}
