package dev.synthforge.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Draws a {@link BarChart}: labels left, bars with their values, a value axis below. */
final class BarChartPainter {
  static final double ROW_HEIGHT = 26;
  static final double BAR_THICKNESS = 16;
  /** Labels longer than this share of the width are cut with an ellipsis (the alt text has all). */
  static final double MAX_LABEL_SHARE = 0.3;
  static final double NOTE_GAP = 6;

  private BarChartPainter() {}

  static Canvas paint(BarChart chart) {
    Legend legend = new Legend();
    chart.bands().forEach(band -> legend.zone(band.label(), ChartTheme.WARNING_ZONE));
    chart.references().forEach(reference -> legend.line(
        reference.label(), ChartTheme.REFERENCE, ChartTheme.REFERENCE_LINE_STROKE, null));
    if (!chart.bands().isEmpty()) {
      legend.box("in a warning band", ChartTheme.WARNING);
    }

    List<String> labels = new ArrayList<>();
    double labelWidth = 0;
    double valueWidth = 0;
    for (Bar bar : chart.bars()) {
      String label = Canvas.fit(bar.label(), ChartTheme.LABEL, ChartTheme.WIDTH * MAX_LABEL_SHARE);
      labels.add(label);
      labelWidth = Math.max(labelWidth, Canvas.textWidth(label, ChartTheme.LABEL));
      valueWidth = Math.max(valueWidth, valueWidth(bar));
    }

    double top = Plot.headerHeight(legend);
    double bottom = top + chart.bars().size() * ROW_HEIGHT + 4;
    Plot plot = new Plot(ChartTheme.PAD + labelWidth + 10, top,
        ChartTheme.WIDTH - ChartTheme.PAD - valueWidth - 10, bottom);
    Canvas canvas = new Canvas(ChartTheme.WIDTH, (int) Math.ceil(bottom + Plot.X_AXIS_HEIGHT + 6));
    Plot.drawHeader(canvas, chart.title(), legend);

    Ticks ticks = Plot.horizontalTicks(min(chart), max(chart), plot.width());
    for (Band band : chart.bands()) {
      double from = plot.x(ticks, Math.max(band.from(), ticks.lower()));
      double to = plot.x(ticks, Math.min(band.to(), ticks.upper()));
      if (to > from) {
        canvas.fillRect(from, plot.top(), to - from, plot.height(), ChartTheme.WARNING_ZONE);
      }
    }
    plot.drawHorizontalAxis(canvas, ticks, chart.valueAxisLabel());

    double zero = plot.x(ticks, 0);
    for (int index = 0; index < chart.bars().size(); index++) {
      Bar bar = chart.bars().get(index);
      double middle = top + index * ROW_HEIGHT + ROW_HEIGHT / 2 + 2;
      double end = plot.x(ticks, bar.value());
      Color color = chart.inBand(bar) ? ChartTheme.WARNING : ChartTheme.PALETTE.get(0);
      canvas.fillRect(Math.min(zero, end), middle - BAR_THICKNESS / 2,
          Math.max(1, Math.abs(end - zero)), BAR_THICKNESS, color);
      canvas.text(labels.get(index), ChartTheme.LABEL, ChartTheme.TEXT, plot.left() - 10,
          middle + 4, Canvas.Align.END);
    }
    canvas.line(zero, plot.top(), zero, plot.bottom(), ChartTheme.AXIS, ChartTheme.AXIS_STROKE);
    for (ReferenceLine reference : chart.references()) {
      double x = plot.x(ticks, reference.value());
      canvas.line(x, plot.top() - 2, x, plot.bottom(), ChartTheme.REFERENCE,
          ChartTheme.REFERENCE_LINE_STROKE);
    }
    // Values last, on a white background: reference lines must not cross them out.
    for (int index = 0; index < chart.bars().size(); index++) {
      Bar bar = chart.bars().get(index);
      double middle = top + index * ROW_HEIGHT + ROW_HEIGHT / 2 + 2;
      double x = Math.max(zero, plot.x(ticks, bar.value())) + 5;
      x += canvas.label(NumberFormats.value(bar.value()), ChartTheme.VALUE, ChartTheme.TEXT, x,
          middle + 4);
      if (!bar.note().isEmpty()) {
        canvas.label(bar.note(), ChartTheme.VALUE, ChartTheme.MUTED, x + NOTE_GAP, middle + 4);
      }
    }
    return canvas;
  }

  private static double valueWidth(Bar bar) {
    double width = Canvas.textWidth(NumberFormats.value(bar.value()), ChartTheme.VALUE);
    return bar.note().isEmpty()
        ? width : width + NOTE_GAP + Canvas.textWidth(bar.note(), ChartTheme.VALUE);
  }

  private static double min(BarChart chart) {
    double min = 0;
    for (Bar bar : chart.bars()) {
      min = Math.min(min, bar.value());
    }
    for (ReferenceLine reference : chart.references()) {
      min = Math.min(min, reference.value());
    }
    return min;
  }

  private static double max(BarChart chart) {
    double max = 0;
    for (Bar bar : chart.bars()) {
      max = Math.max(max, bar.value());
    }
    for (ReferenceLine reference : chart.references()) {
      max = Math.max(max, reference.value());
    }
    return max;
  }
}
