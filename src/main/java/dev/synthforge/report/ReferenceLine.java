package dev.synthforge.report;

/**
 * A straight line across a chart at one value of its value axis (or of the x axis, for a
 * histogram), such as parity at 1.0 or a gate's threshold.
 *
 * @param value where the line is drawn
 * @param label what the line means, drawn beside it and named in the legend
 */
public record ReferenceLine(double value, String label) {

  public ReferenceLine {
    Checks.text("create reference line", "label", label);
    Checks.finite("create reference line '" + label + "'", "value", value);
  }
}
