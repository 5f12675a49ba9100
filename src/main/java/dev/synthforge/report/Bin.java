package dev.synthforge.report;

/**
 * One bin of a {@link HistogramChart}: how many values fell in {@code [lower, upper)}.
 *
 * @param lower the bin's lower edge, included
 * @param upper the bin's upper edge, excluded
 * @param count how many values (or what share) fell in it; finite and not negative
 */
public record Bin(double lower, double upper, double count) {

  public Bin {
    String doing = "create histogram bin";
    Checks.finite(doing, "lower edge", lower);
    Checks.finite(doing, "upper edge", upper);
    Checks.finite(doing, "count", count);
    if (!(lower < upper)) {
      throw new IllegalArgumentException(
          "Cannot " + doing + ": lower edge " + lower + " must be below upper edge " + upper);
    }
    if (count < 0) {
      throw new IllegalArgumentException("Cannot " + doing + " [" + lower + ", " + upper
          + "): count " + count + " is negative");
    }
  }
}
