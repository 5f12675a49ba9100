package dev.synthforge.report;

import java.util.List;
import java.util.Objects;

/** Validation shared by the model records; every message starts with "Cannot <do what>". */
final class Checks {
  private Checks() {}

  /** {@code value}, which must be non-null and not blank. */
  static String text(String doing, String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException("Cannot " + doing + ": " + what + " is blank");
    }
    return value;
  }

  /** {@code value}, or "" when it is null. */
  static String optionalText(String value) {
    return value == null ? "" : value;
  }

  /** {@code value}, which must be finite (not NaN, not infinite). */
  static double finite(String doing, String what, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Cannot " + doing + ": " + what + " is " + value
          + "; it must be a finite number");
    }
    return value;
  }

  /** An unmodifiable copy of {@code values}, which must not be null nor hold nulls. */
  static <T> List<T> copy(String doing, String what, List<T> values) {
    Objects.requireNonNull(values, what);
    for (int index = 0; index < values.size(); index++) {
      if (values.get(index) == null) {
        throw new IllegalArgumentException(
            "Cannot " + doing + ": " + what + "[" + index + "] is null");
      }
    }
    return List.copyOf(values);
  }

  /** How messages name a chart: {@code bar chart 'Representation by group'}. */
  static String chart(String kind, String title) {
    return "create " + kind + " '" + title + "'";
  }
}
