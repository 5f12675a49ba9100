package dev.synthforge.report;

/**
 * One line of the report's header, such as the run id or the number of rows measured.
 *
 * @param label what it is
 * @param value its value, as text
 */
public record Fact(String label, String value) {

  public Fact {
    Checks.text("create fact", "label", label);
    value = Checks.optionalText(value);
  }
}
