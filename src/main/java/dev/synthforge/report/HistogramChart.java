package dev.synthforge.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A histogram of given bins (text lengths, judge scores) on a numeric x axis; bins need not be
 * contiguous, so the non-empty bins of a summary plot as they are. Reference lines mark values
 * on the x axis, such as the median or the real data's median.
 *
 * @param title the chart's title
 * @param xAxisLabel what was measured, with the unit
 * @param yAxisLabel what the bin heights count, such as {@code texts}
 * @param bins the bins in increasing order, not overlapping
 * @param references vertical lines at values of the x axis
 */
public record HistogramChart(
    String title, String xAxisLabel, String yAxisLabel, List<Bin> bins,
    List<ReferenceLine> references) implements Chart {

  public HistogramChart {
    Checks.text("create histogram", "title", title);
    String doing = Checks.chart("histogram", title);
    Checks.text(doing, "x axis label", xAxisLabel);
    Checks.text(doing, "y axis label", yAxisLabel);
    bins = Checks.copy(doing, "bins", bins);
    references = Checks.copy(doing, "references", references);
    for (int index = 1; index < bins.size(); index++) {
      Bin previous = bins.get(index - 1);
      Bin bin = bins.get(index);
      if (bin.lower() < previous.upper()) {
        throw new IllegalArgumentException("Cannot " + doing + ": bin [" + bin.lower() + ", "
            + bin.upper() + ") overlaps or precedes bin [" + previous.lower() + ", "
            + previous.upper() + "); bins must be in increasing order without overlap");
      }
    }
  }

  /** A histogram of counts with no reference lines. */
  public static HistogramChart of(
      String title, String xAxisLabel, String yAxisLabel, List<Bin> bins) {
    return new HistogramChart(title, xAxisLabel, yAxisLabel, bins, List.of());
  }

  /** This histogram with one more vertical reference line. */
  public HistogramChart withReference(ReferenceLine reference) {
    List<ReferenceLine> more = new ArrayList<>(references);
    more.add(reference);
    return new HistogramChart(title, xAxisLabel, yAxisLabel, bins, more);
  }

  /** The sum of the bin counts. */
  public double total() {
    return bins.stream().mapToDouble(Bin::count).sum();
  }

  @Override
  public boolean isEmpty() {
    return total() == 0;
  }
}
