package dev.synthforge.report;

/**
 * One bar of a {@link BarChart}.
 *
 * @param label the category, such as a group or a rule name
 * @param value the bar's length; must be finite
 * @param note a short remark drawn after the value, such as {@code n=14}; empty for none
 */
public record Bar(String label, double value, String note) {

  public Bar {
    Checks.text("create bar", "label", label);
    Checks.finite("create bar '" + label + "'", "value", value);
    note = Checks.optionalText(note);
  }

  /** A bar without a note. */
  public static Bar of(String label, double value) {
    return new Bar(label, value, "");
  }
}
