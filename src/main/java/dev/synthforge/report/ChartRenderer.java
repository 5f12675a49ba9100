package dev.synthforge.report;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.RoundRectangle2D;

/**
 * Renders charts to PNG images with Java2D, in headless mode: no display, no files, no network.
 * Images are drawn at twice their display size so they stay sharp on high-density screens and in
 * print; an empty chart becomes a "no data" image of the same width. Thread-safe.
 */
public final class ChartRenderer {
  static final int EMPTY_HEIGHT = 140;

  static {
    // Before any AWT class loads: charts are drawn on servers and executors without a display.
    System.setProperty("java.awt.headless", "true");
  }

  /** The image of {@code chart}, with its alt text. */
  public RenderedChart render(Chart chart) {
    Canvas canvas = chart.isEmpty() ? empty(chart) : paint(chart);
    return new RenderedChart(
        canvas.png(), canvas.width(), canvas.height(), ChartDescriptions.describe(chart));
  }

  private static Canvas paint(Chart chart) {
    if (chart instanceof BarChart bar) {
      return BarChartPainter.paint(bar);
    }
    if (chart instanceof GroupedBarChart grouped) {
      return GroupedBarChartPainter.paint(grouped);
    }
    if (chart instanceof LineChart line) {
      return LineChartPainter.paint(line);
    }
    return HistogramPainter.paint((HistogramChart) chart);
  }

  private static Canvas empty(Chart chart) {
    Canvas canvas = new Canvas(ChartTheme.WIDTH, EMPTY_HEIGHT);
    Plot.drawHeader(canvas, chart.title(), new Legend());
    double top = Plot.TITLE_HEIGHT + 6;
    canvas.draw(new RoundRectangle2D.Double(ChartTheme.PAD, top,
            ChartTheme.WIDTH - 2 * ChartTheme.PAD, EMPTY_HEIGHT - top - ChartTheme.PAD, 8, 8),
        ChartTheme.GRID, new BasicStroke(1.5f));
    double middle = top + (EMPTY_HEIGHT - top - ChartTheme.PAD) / 2;
    canvas.text("No data", ChartTheme.EMPTY.deriveFont(Font.BOLD), ChartTheme.MUTED,
        ChartTheme.WIDTH / 2.0, middle + 1, Canvas.Align.MIDDLE);
    canvas.text("nothing was measured for this chart in this run", ChartTheme.LABEL,
        ChartTheme.MUTED, ChartTheme.WIDTH / 2.0, middle + 20, Canvas.Align.MIDDLE);
    return canvas;
  }
}
