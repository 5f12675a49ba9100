package dev.synthforge.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Round tick values covering a data range: steps of 1, 2 or 5 times a power of ten, at most a
 * given number of ticks, with the axis extended to the first and last tick.
 *
 * @param lower the axis minimum, the first tick
 * @param upper the axis maximum, the last tick
 * @param step the distance between ticks
 * @param values the ticks, from lower to upper
 */
record Ticks(double lower, double upper, double step, List<Double> values) {

  Ticks {
    values = List.copyOf(values);
  }

  /**
   * Ticks covering {@code [min, max]} with at most {@code maxCount} ticks; never fewer than 2,
   * nor fewer than 3 for a range that holds zero inside it.
   */
  static Ticks covering(double min, double max, int maxCount) {
    return covering(min, max, maxCount, 0);
  }

  /**
   * Ticks covering {@code [min, max]} with at most {@code maxCount} ticks, at least
   * {@code minimumStep} apart (1 for an axis of whole numbers such as generation depths).
   */
  static Ticks covering(double min, double max, int maxCount, double minimumStep) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(
          "Cannot compute ticks: range [" + min + ", " + max + "] is not a finite range");
    }
    if (min == max) {
      double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
      min = min == 0 ? 0 : min - pad;
      max = max + pad;
    }
    // A range across zero needs three ticks at least: zero is always one of them.
    int intervals = Math.max(min < 0 && max > 0 ? 2 : 1, maxCount - 1);
    double step = Math.max(niceStep((max - min) / intervals), minimumStep);
    while (true) {
      long first = (long) Math.floor(min / step + 1e-9);
      long last = (long) Math.ceil(max / step - 1e-9);
      if (last - first <= intervals) {
        List<Double> values = new ArrayList<>();
        for (long index = first; index <= last; index++) {
          values.add(clean(index * step));
        }
        return new Ticks(clean(first * step), clean(last * step), step, values);
      }
      step = niceStep(step * 1.5);
    }
  }

  /** The smallest step of 1, 2 or 5 times a power of ten that is at least {@code rough}. */
  static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double factor : new double[] {1, 2, 5, 10}) {
      if (factor * power >= rough * (1 - 1e-9)) {
        return factor * power;
      }
    }
    return 10 * power;
  }

  /** Tick labels for these ticks. */
  List<String> labels() {
    double largest = Math.max(Math.abs(lower), Math.abs(upper));
    return values.stream().map(value -> NumberFormats.tick(value, step, largest)).toList();
  }

  // Multiples like 3 * 0.1 come out as 0.30000000000000004; round to 12 significant digits.
  private static double clean(double value) {
    if (value == 0) {
      return 0;
    }
    double magnitude = Math.pow(10, 12 - Math.ceil(Math.log10(Math.abs(value))));
    return Math.round(value * magnitude) / magnitude;
  }
}
