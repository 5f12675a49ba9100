package dev.synthforge.report;

import java.util.ArrayList;
import java.util.List;

/** Draws a {@link GroupedBarChart}: one band of bars per category, one colour per series. */
final class GroupedBarChartPainter {
  static final double BAR_THICKNESS = 12;
  static final double BAR_GAP = 2;
  static final double GROUP_GAP = 14;

  private GroupedBarChartPainter() {}

  static Canvas paint(GroupedBarChart chart) {
    Legend legend = new Legend();
    for (int index = 0; index < chart.series().size(); index++) {
      legend.box(chart.series().get(index).name(), ChartTheme.series(index));
    }
    chart.references().forEach(reference -> legend.line(
        reference.label(), ChartTheme.REFERENCE, ChartTheme.REFERENCE_LINE_STROKE, null));

    List<String> labels = new ArrayList<>();
    double labelWidth = 0;
    double valueWidth = 0;
    double min = 0;
    double max = 0;
    for (String category : chart.categories()) {
      String label = Canvas.fit(
          category, ChartTheme.LABEL, ChartTheme.WIDTH * BarChartPainter.MAX_LABEL_SHARE);
      labels.add(label);
      labelWidth = Math.max(labelWidth, Canvas.textWidth(label, ChartTheme.LABEL));
    }
    for (Series series : chart.series()) {
      for (double value : series.values()) {
        valueWidth = Math.max(
            valueWidth, Canvas.textWidth(NumberFormats.value(value), ChartTheme.VALUE));
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
    for (ReferenceLine reference : chart.references()) {
      min = Math.min(min, reference.value());
      max = Math.max(max, reference.value());
    }

    int bars = chart.series().size();
    double groupHeight = bars * (BAR_THICKNESS + BAR_GAP) - BAR_GAP + GROUP_GAP;
    double top = Plot.headerHeight(legend);
    double bottom = top + chart.categories().size() * groupHeight + 2;
    Plot plot = new Plot(ChartTheme.PAD + labelWidth + 10, top,
        ChartTheme.WIDTH - ChartTheme.PAD - valueWidth - 8, bottom);
    Canvas canvas = new Canvas(ChartTheme.WIDTH, (int) Math.ceil(bottom + Plot.X_AXIS_HEIGHT + 6));
    Plot.drawHeader(canvas, chart.title(), legend);
    Ticks ticks = Plot.horizontalTicks(min, max, plot.width());
    plot.drawHorizontalAxis(canvas, ticks, chart.valueAxisLabel());

    double zero = plot.x(ticks, 0);
    for (int category = 0; category < chart.categories().size(); category++) {
      double groupTop = top + category * groupHeight + GROUP_GAP / 2;
      if (category > 0) {
        canvas.line(ChartTheme.PAD, groupTop - GROUP_GAP / 2, plot.right(),
            groupTop - GROUP_GAP / 2, ChartTheme.GRID, ChartTheme.GRID_STROKE);
      }
      double groupMiddle = groupTop + (groupHeight - GROUP_GAP) / 2;
      canvas.text(labels.get(category), ChartTheme.LABEL, ChartTheme.TEXT, plot.left() - 10,
          groupMiddle + 4, Canvas.Align.END);
      for (int index = 0; index < bars; index++) {
        double value = chart.series().get(index).values().get(category);
        double barTop = groupTop + index * (BAR_THICKNESS + BAR_GAP);
        double end = plot.x(ticks, value);
        canvas.fillRect(Math.min(zero, end), barTop, Math.max(1, Math.abs(end - zero)),
            BAR_THICKNESS, ChartTheme.series(index));
      }
    }
    canvas.line(zero, plot.top(), zero, plot.bottom(), ChartTheme.AXIS, ChartTheme.AXIS_STROKE);
    for (ReferenceLine reference : chart.references()) {
      double x = plot.x(ticks, reference.value());
      canvas.line(x, plot.top(), x, plot.bottom(), ChartTheme.REFERENCE,
          ChartTheme.REFERENCE_LINE_STROKE);
    }
    // Values last, on a white background: reference lines must not cross them out.
    for (int category = 0; category < chart.categories().size(); category++) {
      double groupTop = top + category * groupHeight + GROUP_GAP / 2;
      for (int index = 0; index < bars; index++) {
        double value = chart.series().get(index).values().get(category);
        double barTop = groupTop + index * (BAR_THICKNESS + BAR_GAP);
        canvas.label(NumberFormats.value(value), ChartTheme.VALUE, ChartTheme.MUTED,
            Math.max(zero, plot.x(ticks, value)) + 4, barTop + BAR_THICKNESS - 2);
      }
    }
    return canvas;
  }
}
