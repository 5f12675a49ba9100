package dev.synthforge.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How reports write numbers: values to three significant digits, ticks to their step. */
final class NumberFormats {
  private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

  private NumberFormats() {}

  /**
   * A value as people read it: whole numbers with thousands separators ({@code 12,400}), others
   * to three significant digits ({@code 0.412}, {@code 12.3}), tiny ones in scientific notation;
   * {@code n/a} for NaN.
   */
  static String value(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "-∞";
    }
    double magnitude = Math.abs(value);
    if (magnitude == 0) {
      return "0";
    }
    if (value == Math.rint(value) && magnitude < 1e15 || magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude < 1e-4) {
      return String.format(Locale.ROOT, "%.2e", value);
    }
    return BigDecimal.valueOf(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
  }

  /**
   * A tick of an axis whose ticks are {@code step} apart: as many decimals as the step needs;
   * millions and billions as {@code 1.5M} and {@code 2B} when {@code largest} tick reaches them.
   */
  static String tick(double value, double step, double largest) {
    double scale = 1;
    String suffix = "";
    if (Math.abs(largest) >= 1e9) {
      scale = 1e9;
      suffix = "B";
    } else if (Math.abs(largest) >= 1e6) {
      scale = 1e6;
      suffix = "M";
    }
    double scaledStep = step / scale;
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(scaledStep) + 1e-9));
    double scaled = value / scale;
    if (Math.abs(scaled) < scaledStep / 2) {
      return String.format(Locale.ROOT, "%." + decimals + "f", 0.0);
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", scaled) + suffix;
  }
}
