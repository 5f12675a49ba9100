package dev.synthforge.report;

import java.util.List;

/**
 * The rectangle data is drawn in, and the pieces around it every chart shares: the title and
 * legend above, value axes with grid lines and tick labels, axis labels.
 */
record Plot(double left, double top, double right, double bottom) {
  static final double TITLE_HEIGHT = 36;
  static final double TICK_GAP = 6;
  static final double X_AXIS_HEIGHT = 46;

  double width() {
    return right - left;
  }

  double height() {
    return bottom - top;
  }

  /** The height of the title and legend block. */
  static double headerHeight(Legend legend) {
    double legendHeight = legend.height(ChartTheme.WIDTH - 2 * ChartTheme.PAD);
    return TITLE_HEIGHT + (legendHeight > 0 ? legendHeight + 8 : 0) + 10;
  }

  /** Draws the title, and the legend under it. */
  static void drawHeader(Canvas canvas, String title, Legend legend) {
    double width = ChartTheme.WIDTH - 2 * ChartTheme.PAD;
    canvas.text(Canvas.fit(title, ChartTheme.TITLE, width), ChartTheme.TITLE, ChartTheme.TEXT,
        ChartTheme.PAD, 26, Canvas.Align.START);
    legend.draw(canvas, ChartTheme.PAD, TITLE_HEIGHT, width);
  }

  /** Maps a value of {@code ticks}' range onto x between left and right. */
  double x(Ticks ticks, double value) {
    return left + (value - ticks.lower()) / (ticks.upper() - ticks.lower()) * width();
  }

  /** Maps a value of {@code ticks}' range onto y between bottom and top. */
  double y(Ticks ticks, double value) {
    return bottom - (value - ticks.lower()) / (ticks.upper() - ticks.lower()) * height();
  }

  /**
   * Ticks for a horizontal value axis over {@code [min, max]}: as many as fit without their
   * labels touching.
   */
  static Ticks horizontalTicks(double min, double max, double axisWidth) {
    return horizontalTicks(min, max, axisWidth, 0);
  }

  /** Like {@link #horizontalTicks(double, double, double)}, at least {@code minimumStep} apart. */
  static Ticks horizontalTicks(double min, double max, double axisWidth, double minimumStep) {
    int count = Math.max(2, (int) (axisWidth / 60));
    while (true) {
      Ticks ticks = Ticks.covering(min, max, count, minimumStep);
      double widest = ticks.labels().stream()
          .mapToDouble(label -> Canvas.textWidth(label, ChartTheme.TICK)).max().orElse(0);
      double spacing = axisWidth / Math.max(1, ticks.values().size() - 1);
      if (widest + 14 <= spacing || count <= 2) {
        return ticks;
      }
      count--;
    }
  }

  /** Ticks for a vertical value axis over {@code [min, max]}, about 40 pixels apart. */
  static Ticks verticalTicks(double min, double max, double axisHeight) {
    return Ticks.covering(min, max, Math.max(2, (int) (axisHeight / 40) + 1));
  }

  /** The width the labels of vertical ticks take. */
  static double tickLabelWidth(Ticks ticks) {
    return ticks.labels().stream()
        .mapToDouble(label -> Canvas.textWidth(label, ChartTheme.TICK)).max().orElse(0);
  }

  /** Grid lines, tick labels and axis label of a horizontal value axis under the plot. */
  void drawHorizontalAxis(Canvas canvas, Ticks ticks, String label) {
    List<String> labels = ticks.labels();
    for (int index = 0; index < labels.size(); index++) {
      double x = x(ticks, ticks.values().get(index));
      canvas.line(x, top, x, bottom, ChartTheme.GRID, ChartTheme.GRID_STROKE);
      canvas.text(labels.get(index), ChartTheme.TICK, ChartTheme.MUTED, x, bottom + 16,
          Canvas.Align.MIDDLE);
    }
    canvas.line(left, bottom, right, bottom, ChartTheme.AXIS, ChartTheme.AXIS_STROKE);
    drawHorizontalAxisLabel(canvas, label);
  }

  /** The axis label centred under the x axis. */
  void drawHorizontalAxisLabel(Canvas canvas, String label) {
    canvas.text(Canvas.fit(label, ChartTheme.AXIS_LABEL, width()), ChartTheme.AXIS_LABEL,
        ChartTheme.MUTED, left + width() / 2, bottom + 38, Canvas.Align.MIDDLE);
  }

  /** Grid lines, tick labels and rotated axis label of a vertical value axis left of the plot. */
  void drawVerticalAxis(Canvas canvas, Ticks ticks, String label) {
    List<String> labels = ticks.labels();
    for (int index = 0; index < labels.size(); index++) {
      double y = y(ticks, ticks.values().get(index));
      canvas.line(left, y, right, y, ChartTheme.GRID, ChartTheme.GRID_STROKE);
      canvas.text(labels.get(index), ChartTheme.TICK, ChartTheme.MUTED, left - TICK_GAP, y + 4,
          Canvas.Align.END);
    }
    canvas.line(left, top, left, bottom, ChartTheme.AXIS, ChartTheme.AXIS_STROKE);
    canvas.verticalText(Canvas.fit(label, ChartTheme.AXIS_LABEL, height()), ChartTheme.AXIS_LABEL,
        ChartTheme.MUTED, ChartTheme.PAD + 8, top + height() / 2);
  }
}
