package dev.synthforge.report;

import java.awt.Color;
import java.util.List;

/** Draws a {@link HistogramChart}: bins as adjoining columns on a numeric x axis. */
final class HistogramPainter {
  static final double PLOT_HEIGHT = 220;
  private static final List<Color> REFERENCE_COLOURS =
      List.of(ChartTheme.REFERENCE, ChartTheme.WARNING, ChartTheme.PALETTE.get(2));

  private HistogramPainter() {}

  static Canvas paint(HistogramChart chart) {
    Legend legend = new Legend();
    for (int index = 0; index < chart.references().size(); index++) {
      legend.line(chart.references().get(index).label(), referenceColour(index),
          ChartTheme.REFERENCE_LINE_STROKE, null);
    }
    double xMin = chart.bins().get(0).lower();
    double xMax = chart.bins().get(chart.bins().size() - 1).upper();
    double yMax = 0;
    for (Bin bin : chart.bins()) {
      yMax = Math.max(yMax, bin.count());
    }
    for (ReferenceLine reference : chart.references()) {
      xMin = Math.min(xMin, reference.value());
      xMax = Math.max(xMax, reference.value());
    }

    double top = Plot.headerHeight(legend);
    Ticks yTicks = Plot.verticalTicks(0, yMax, PLOT_HEIGHT);
    double left = ChartTheme.PAD + 24 + Plot.tickLabelWidth(yTicks) + Plot.TICK_GAP;
    Plot plot = new Plot(left, top, ChartTheme.WIDTH - ChartTheme.PAD - 8, top + PLOT_HEIGHT);
    Canvas canvas = new Canvas(
        ChartTheme.WIDTH, (int) Math.ceil(plot.bottom() + Plot.X_AXIS_HEIGHT + 6));
    Plot.drawHeader(canvas, chart.title(), legend);
    plot.drawVerticalAxis(canvas, yTicks, chart.yAxisLabel());
    Ticks xTicks = Plot.horizontalTicks(xMin, xMax, plot.width());
    drawXTicks(canvas, plot, xTicks);
    plot.drawHorizontalAxisLabel(canvas, chart.xAxisLabel());

    Color fill = ChartTheme.PALETTE.get(0);
    for (Bin bin : chart.bins()) {
      double from = plot.x(xTicks, bin.lower());
      double to = plot.x(xTicks, bin.upper());
      double height = plot.bottom() - plot.y(yTicks, bin.count());
      // A hairline gap between adjoining bins keeps them apart; narrow bins keep their width.
      double gap = to - from > 3 ? 0.5 : 0;
      canvas.fillRect(from + gap, plot.bottom() - height, Math.max(0.75, to - from - 2 * gap),
          height, fill);
    }
    canvas.line(plot.left(), plot.bottom(), plot.right(), plot.bottom(), ChartTheme.AXIS,
        ChartTheme.AXIS_STROKE);
    for (int index = 0; index < chart.references().size(); index++) {
      double x = plot.x(xTicks, chart.references().get(index).value());
      canvas.line(x, plot.top(), x, plot.bottom(), referenceColour(index),
          ChartTheme.REFERENCE_LINE_STROKE);
    }
    return canvas;
  }

  private static void drawXTicks(Canvas canvas, Plot plot, Ticks ticks) {
    List<String> labels = ticks.labels();
    for (int index = 0; index < labels.size(); index++) {
      double x = plot.x(ticks, ticks.values().get(index));
      canvas.line(x, plot.bottom(), x, plot.bottom() + 4, ChartTheme.AXIS,
          ChartTheme.AXIS_STROKE);
      canvas.text(labels.get(index), ChartTheme.TICK, ChartTheme.MUTED, x, plot.bottom() + 16,
          Canvas.Align.MIDDLE);
    }
  }

  private static Color referenceColour(int index) {
    return REFERENCE_COLOURS.get(index % REFERENCE_COLOURS.size());
  }
}
