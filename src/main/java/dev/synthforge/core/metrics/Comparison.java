package dev.synthforge.core.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When a {@link Gate} is breached: each constant names the breaching condition. */
public enum Comparison {
  /** The value is below the threshold. */
  BELOW_ABSOLUTE("below-absolute", Direction.BELOW, Reference.ABSOLUTE),
  /** The value is below threshold times the real (depth 0) value of the same metric and group. */
  BELOW_RATIO_OF_REAL("below-ratio-of-real", Direction.BELOW, Reference.REAL),
  /** The value is above the threshold. */
  ABOVE_ABSOLUTE("above-absolute", Direction.ABOVE, Reference.ABSOLUTE),
  /** The value is above threshold times the real (depth 0) value of the same metric and group. */
  ABOVE_RATIO_OF_REAL("above-ratio-of-real", Direction.ABOVE, Reference.REAL),
  /** The value of any one group is below the threshold; one breach per such group. */
  ANY_GROUP_BELOW("any-group-below", Direction.BELOW, Reference.EVERY_GROUP),
  /** The value of any one group is above the threshold; one breach per such group. */
  ANY_GROUP_ABOVE("any-group-above", Direction.ABOVE, Reference.EVERY_GROUP);

  enum Direction { BELOW, ABOVE }

  enum Reference { ABSOLUTE, REAL, EVERY_GROUP }

  private final String key;
  private final Direction direction;
  private final Reference reference;

  Comparison(String key, Direction direction, Reference reference) {
    this.key = key;
    this.direction = direction;
    this.reference = reference;
  }

  /** The name used in job configs, such as {@code below-ratio-of-real}. */
  public String key() {
    return key;
  }

  /** The comparison a config names by its {@link #key()}, in any case. */
  public static Comparison fromKey(String key) {
    String wanted = key.trim().toLowerCase(Locale.ROOT);
    for (Comparison comparison : values()) {
      if (comparison.key.equals(wanted)) {
        return comparison;
      }
    }
    throw new IllegalArgumentException("Cannot read gate comparison '" + key + "': expected one of "
        + Arrays.stream(values()).map(Comparison::key).collect(Collectors.joining(", ")));
  }

  /** Whether the threshold applies to each group's value rather than one value. */
  public boolean appliesToEveryGroup() {
    return reference == Reference.EVERY_GROUP;
  }

  /** Whether the threshold is a multiple of the real data's value. */
  public boolean relativeToReal() {
    return reference == Reference.REAL;
  }

  /** Whether {@code value} breaches {@code threshold}; NaN always breaches. */
  public boolean breaches(double value, double threshold) {
    if (Double.isNaN(value)) {
      return true;
    }
    return direction == Direction.BELOW ? value < threshold : value > threshold;
  }
}
