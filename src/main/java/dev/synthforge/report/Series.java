package dev.synthforge.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A named list of values, one per category or x position of the chart that holds it.
 *
 * @param name the name shown in the legend, such as a mixing policy
 * @param values the values; each must be finite
 */
public record Series(String name, List<Double> values) {

  public Series {
    Checks.text("create series", "name", name);
    values = Checks.copy("create series '" + name + "'", "values", values);
    for (int index = 0; index < values.size(); index++) {
      Checks.finite("create series '" + name + "'", "value [" + index + "]", values.get(index));
    }
  }

  /** A series of the given values. */
  public static Series of(String name, double... values) {
    List<Double> boxed = new ArrayList<>(values.length);
    Arrays.stream(values).forEach(boxed::add);
    return new Series(name, boxed);
  }

  /** Checks that the series has one value per {@code expected} position of {@code chart}. */
  void requireLength(String doing, int expected, String positions) {
    if (values.size() != expected) {
      throw new IllegalArgumentException("Cannot " + doing + ": series '" + name + "' has "
          + values.size() + " values but the chart has " + expected + " " + positions);
    }
  }
}
