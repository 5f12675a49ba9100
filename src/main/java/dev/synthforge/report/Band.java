package dev.synthforge.report;

/**
 * A range of the value axis marked as a warning zone, such as representation ratios under 0.8;
 * bars whose value falls in it are drawn in the warning colour.
 *
 * @param from the lower bound, included
 * @param to the upper bound, excluded
 * @param label what the band means, named in the legend
 */
public record Band(double from, double to, String label) {

  public Band {
    Checks.text("create band", "label", label);
    String doing = "create band '" + label + "'";
    Checks.finite(doing, "from", from);
    Checks.finite(doing, "to", to);
    if (!(from < to)) {
      throw new IllegalArgumentException(
          "Cannot " + doing + ": from " + from + " must be below to " + to);
    }
  }

  /** Whether {@code value} lies in {@code [from, to)}. */
  public boolean contains(double value) {
    return value >= from && value < to;
  }
}
