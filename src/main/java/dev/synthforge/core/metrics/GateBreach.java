package dev.synthforge.core.metrics;

import java.util.Objects;

/**
 * A gate breached, or a gate that could not be checked (which counts as breached), with the
 * message to show.
 *
 * @param gate the gate
 * @param runId the run whose values breached it
 * @param depth the generation depth; -1 when no depth had a value to check
 * @param group the group whose value breached it; empty for the whole data
 * @param value the value; NaN when there was none
 * @param real the real (depth 0) value for relative gates; NaN otherwise
 * @param threshold the effective threshold the value was compared with; NaN when unknown
 * @param message a sentence naming the gate, the value and the threshold
 */
public record GateBreach(
    Gate gate, String runId, int depth, String group, double value, double real,
    double threshold, String message) {

  public GateBreach {
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(message, "message");
    group = group == null ? "" : group;
  }
}
