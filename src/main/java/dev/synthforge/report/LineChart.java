package dev.synthforge.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lines over a shared x axis: distinct-2 by generation depth per policy, a metric over runs.
 * Reference series (the real data) are drawn dashed; reference lines (a gate's threshold) cross
 * the value axis.
 *
 * @param title the chart's title
 * @param xAxisLabel what the x axis is, such as {@code generation depth}
 * @param yAxisLabel what the values measure
 * @param xAxis the positions every series has a value at
 * @param series the solid lines, in legend order; each has one value per x position
 * @param referenceSeries the dashed lines, drawn behind the solid ones
 * @param referenceLines horizontal lines across the value axis
 */
public record LineChart(
    String title, String xAxisLabel, String yAxisLabel, XAxis xAxis, List<Series> series,
    List<Series> referenceSeries, List<ReferenceLine> referenceLines) implements Chart {

  public LineChart {
    Checks.text("create line chart", "title", title);
    String doing = Checks.chart("line chart", title);
    Checks.text(doing, "x axis label", xAxisLabel);
    Checks.text(doing, "y axis label", yAxisLabel);
    Objects.requireNonNull(xAxis, "xAxis");
    series = Checks.copy(doing, "series", series);
    referenceSeries = Checks.copy(doing, "reference series", referenceSeries);
    referenceLines = Checks.copy(doing, "reference lines", referenceLines);
    Set<String> names = new HashSet<>();
    for (Series one : concat(series, referenceSeries)) {
      one.requireLength(doing, xAxis.size(), "x positions");
      if (!names.add(one.name())) {
        throw new IllegalArgumentException(
            "Cannot " + doing + ": two series are named '" + one.name() + "'");
      }
    }
  }

  /** An empty chart over labels at equal spacing; add lines with {@link #withSeries}. */
  public static LineChart overLabels(
      String title, String xAxisLabel, String yAxisLabel, List<String> labels) {
    return new LineChart(title, xAxisLabel, yAxisLabel, XAxis.labels(labels), List.of(),
        List.of(), List.of());
  }

  /** An empty chart over numeric x positions; add lines with {@link #withSeries}. */
  public static LineChart overNumbers(
      String title, String xAxisLabel, String yAxisLabel, List<Double> positions) {
    return new LineChart(title, xAxisLabel, yAxisLabel, XAxis.numbers(positions), List.of(),
        List.of(), List.of());
  }

  /** This chart with one more solid line. */
  public LineChart withSeries(Series line) {
    return new LineChart(title, xAxisLabel, yAxisLabel, xAxis, concat(series, List.of(line)),
        referenceSeries, referenceLines);
  }

  /** This chart with one more dashed reference line, such as the real data's values. */
  public LineChart withReferenceSeries(Series line) {
    return new LineChart(title, xAxisLabel, yAxisLabel, xAxis, series,
        concat(referenceSeries, List.of(line)), referenceLines);
  }

  /** This chart with one more horizontal line, such as a threshold. */
  public LineChart withReferenceLine(ReferenceLine line) {
    return new LineChart(title, xAxisLabel, yAxisLabel, xAxis, series, referenceSeries,
        concat(referenceLines, List.of(line)));
  }

  @Override
  public boolean isEmpty() {
    return xAxis.size() == 0 || (series.isEmpty() && referenceSeries.isEmpty());
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
