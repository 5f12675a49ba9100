package dev.synthforge.report;

import java.util.Objects;

/**
 * How one quality gate came out, for the report's headline.
 *
 * @param name the gate, such as {@code distinct-2 >= 0.8 x real}
 * @param status passed or breached
 * @param value the value checked (the worst one, when several were); NaN when there was none
 * @param threshold the effective threshold it was compared with; NaN when unknown
 * @param detail where and why, such as the breach message; empty for none
 */
public record GateResult(
    String name, Status status, double value, double threshold, String detail) {

  /** Whether the gate held. */
  public enum Status { PASSED, BREACHED }

  public GateResult {
    Checks.text("create gate result", "name", name);
    Objects.requireNonNull(status, "status");
    detail = Checks.optionalText(detail);
    if (Double.isInfinite(value) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("Cannot create gate result '" + name + "': value "
          + value + " and threshold " + threshold + " must be finite, or NaN for none");
    }
  }

  /** A gate that held. */
  public static GateResult passed(String name, double value, double threshold, String detail) {
    return new GateResult(name, Status.PASSED, value, threshold, detail);
  }

  /** A gate that was breached, or could not be checked. */
  public static GateResult breached(String name, double value, double threshold, String detail) {
    return new GateResult(name, Status.BREACHED, value, threshold, detail);
  }

  public boolean isBreached() {
    return status == Status.BREACHED;
  }
}
