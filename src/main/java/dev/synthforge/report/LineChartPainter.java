package dev.synthforge.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/** Draws a {@link LineChart}: solid series with markers, dashed reference series, thresholds. */
final class LineChartPainter {
  static final double PLOT_HEIGHT = 250;
  /** Markers are left out when a series has more points than this: they would merge. */
  static final int MAX_MARKED_POINTS = 40;
  static final double MAX_X_LABEL_WIDTH = 160;
  static final Color REFERENCE_SERIES = Color.BLACK;
  static final Stroke HOLLOW_STROKE = new BasicStroke(1.5f);

  private LineChartPainter() {}

  static Canvas paint(LineChart chart) {
    Legend legend = new Legend();
    for (int index = 0; index < chart.series().size(); index++) {
      legend.line(chart.series().get(index).name(), ChartTheme.series(index),
          ChartTheme.LINE_STROKE, Marker.forSeries(index));
    }
    chart.referenceSeries().forEach(series -> legend.line(
        series.name(), REFERENCE_SERIES, ChartTheme.REFERENCE_LINE_STROKE, null));
    chart.referenceLines().forEach(line -> legend.line(
        line.label(), ChartTheme.REFERENCE, ChartTheme.THRESHOLD_STROKE, null));

    double top = Plot.headerHeight(legend);
    Ticks yTicks = Plot.verticalTicks(yMin(chart), yMax(chart), PLOT_HEIGHT);
    double left = ChartTheme.PAD + 24 + Plot.tickLabelWidth(yTicks) + Plot.TICK_GAP;
    Plot plot = new Plot(left, top, ChartTheme.WIDTH - ChartTheme.PAD - 8, top + PLOT_HEIGHT);
    Canvas canvas = new Canvas(
        ChartTheme.WIDTH, (int) Math.ceil(plot.bottom() + Plot.X_AXIS_HEIGHT + 6));
    Plot.drawHeader(canvas, chart.title(), legend);
    plot.drawVerticalAxis(canvas, yTicks, chart.yAxisLabel());

    List<Double> xs = drawXAxis(canvas, plot, chart);
    for (ReferenceLine line : chart.referenceLines()) {
      double y = plot.y(yTicks, line.value());
      canvas.line(plot.left(), y, plot.right(), y, ChartTheme.REFERENCE,
          ChartTheme.THRESHOLD_STROKE);
    }
    boolean marked = xs.size() <= MAX_MARKED_POINTS;
    for (Series series : chart.referenceSeries()) {
      drawSeries(canvas, plot, yTicks, xs, series, REFERENCE_SERIES,
          ChartTheme.REFERENCE_LINE_STROKE, null);
      if (marked) {
        drawHollowPoints(canvas, plot, yTicks, xs, series);
      }
    }
    for (int index = 0; index < chart.series().size(); index++) {
      drawSeries(canvas, plot, yTicks, xs, chart.series().get(index), ChartTheme.series(index),
          ChartTheme.LINE_STROKE, marked ? Marker.forSeries(index) : null);
    }
    return canvas;
  }

  /** Draws the x axis, its ticks and labels; returns the x of each position. */
  private static List<Double> drawXAxis(Canvas canvas, Plot plot, LineChart chart) {
    XAxis axis = chart.xAxis();
    List<Double> xs = new ArrayList<>();
    canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), ChartTheme.AXIS,
        ChartTheme.AXIS_STROKE);
    if (axis.scale() == XAxis.Scale.NUMBERS) {
      double inset = 12;
      Plot inner = new Plot(plot.left() + inset, plot.top(), plot.right() - inset, plot.bottom());
      boolean whole =
          axis.positions().stream().allMatch(position -> position == Math.rint(position));
      Ticks ticks = Plot.horizontalTicks(axis.positions().get(0),
          axis.positions().get(axis.size() - 1), inner.width(), whole ? 1 : 0);
      List<String> labels = ticks.labels();
      for (int index = 0; index < labels.size(); index++) {
        double x = inner.x(ticks, ticks.values().get(index));
        canvas.line(x, plot.bottom(), x, plot.bottom() + 4, ChartTheme.AXIS,
            ChartTheme.AXIS_STROKE);
        canvas.text(labels.get(index), ChartTheme.TICK, ChartTheme.MUTED, x, plot.bottom() + 16,
            Canvas.Align.MIDDLE);
      }
      axis.positions().forEach(position -> xs.add(inner.x(ticks, position)));
    } else {
      double slot = plot.width() / axis.size();
      List<String> labels = new ArrayList<>();
      double widest = 0;
      for (String label : axis.labels()) {
        String fitted = Canvas.fit(label, ChartTheme.TICK, MAX_X_LABEL_WIDTH);
        labels.add(fitted);
        widest = Math.max(widest, Canvas.textWidth(fitted, ChartTheme.TICK));
      }
      // Label every k-th position so that labels keep 12 pixels apart.
      int every = Math.max(1, (int) Math.ceil((widest + 12) / slot));
      for (int index = 0; index < axis.size(); index++) {
        double x = plot.left() + slot * (index + 0.5);
        xs.add(x);
        if (index % every == 0) {
          canvas.line(x, plot.bottom(), x, plot.bottom() + 4, ChartTheme.AXIS,
              ChartTheme.AXIS_STROKE);
          canvas.text(labels.get(index), ChartTheme.TICK, ChartTheme.MUTED, x,
              plot.bottom() + 16, Canvas.Align.MIDDLE);
        }
      }
    }
    plot.drawHorizontalAxisLabel(canvas, chart.xAxisLabel());
    return xs;
  }

  private static void drawSeries(Canvas canvas, Plot plot, Ticks yTicks, List<Double> xs,
      Series series, Color color, Stroke stroke, Marker marker) {
    Path2D.Double path = new Path2D.Double();
    for (int index = 0; index < xs.size(); index++) {
      double y = plot.y(yTicks, series.values().get(index));
      if (index == 0) {
        path.moveTo(xs.get(index), y);
      } else {
        path.lineTo(xs.get(index), y);
      }
    }
    canvas.draw(path, color, stroke);
    if (marker == null) {
      return;
    }
    for (int index = 0; index < xs.size(); index++) {
      double y = plot.y(yTicks, series.values().get(index));
      canvas.fill(marker.at(xs.get(index), y, 5.5), Color.WHITE);
      canvas.fill(marker.at(xs.get(index), y, 4), color);
    }
  }

  /** Hollow circles on a reference series, so its points show where its dashes hide them. */
  private static void drawHollowPoints(Canvas canvas, Plot plot, Ticks yTicks, List<Double> xs,
      Series series) {
    for (int index = 0; index < xs.size(); index++) {
      double y = plot.y(yTicks, series.values().get(index));
      Shape circle = Marker.CIRCLE.at(xs.get(index), y, 3.5);
      canvas.fill(circle, Color.WHITE);
      canvas.draw(circle, REFERENCE_SERIES, HOLLOW_STROKE);
    }
  }

  private static double yMin(LineChart chart) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values(chart)) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    // Start at zero when the data is not far from it, so drops read at their true size; else
    // leave a little room so that the lowest point does not sit on the axis.
    return min >= 0 && min <= 0.5 * max ? 0 : min - 0.05 * (max - min);
  }

  private static double yMax(LineChart chart) {
    return values(chart).stream().mapToDouble(Double::doubleValue).max().orElse(1);
  }

  private static List<Double> values(LineChart chart) {
    List<Double> values = new ArrayList<>();
    chart.series().forEach(series -> values.addAll(series.values()));
    chart.referenceSeries().forEach(series -> values.addAll(series.values()));
    chart.referenceLines().forEach(line -> values.add(line.value()));
    return values;
  }
}
