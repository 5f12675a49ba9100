package dev.synthforge.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations as a whole number and a unit: {@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 2h}, {@code 1d}.
 */
public final class Durations {

  private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
  private static final Pattern BARE_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Durations() {}

  /**
   * The duration a text names.
   *
   * @throws IllegalArgumentException with the reason, when the text is not a number with a unit
   */
  public static Duration parse(String text) {
    String trimmed = text.trim();
    if (BARE_NUMBER.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("add a unit (ms, s, m, h or d), e.g. '" + trimmed + "s'");
    }
    Matcher matcher = WITH_UNIT.matcher(trimmed);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "must be a whole number and a unit (ms, s, m, h or d), e.g. '500ms', '30s', '5m'");
    }
    try {
      long amount = Long.parseLong(matcher.group(1));
      switch (matcher.group(2)) {
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
          return Duration.ofSeconds(amount);
        case "m":
          return Duration.ofMinutes(amount);
        case "h":
          return Duration.ofHours(amount);
        default:
          return Duration.ofDays(amount);
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("is too long a duration");
    }
  }

  /** The duration in the largest unit that states it exactly, as {@link #parse} reads it. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (millis != 0 && millis % sizes[i] == 0) {
        return millis / sizes[i] + units[i];
      }
    }
    return millis + "ms";
  }
}
