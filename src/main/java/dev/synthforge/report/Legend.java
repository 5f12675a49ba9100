package dev.synthforge.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** A legend that flows left to right under the title and wraps onto more rows when needed. */
final class Legend {
  private static final double ROW_HEIGHT = 20;
  private static final double SWATCH_WIDTH = 26;
  private static final double GAP = 20;

  /** What an entry's swatch looks like. */
  enum Kind { BOX, LINE, ZONE }

  private record Entry(String label, Kind kind, Color color, Stroke stroke, Marker marker) {}

  private final List<Entry> entries = new ArrayList<>();

  Legend box(String label, Color color) {
    entries.add(new Entry(label, Kind.BOX, color, null, null));
    return this;
  }

  Legend zone(String label, Color color) {
    entries.add(new Entry(label, Kind.ZONE, color, null, null));
    return this;
  }

  /** A line entry; {@code marker} may be null for a line without one. */
  Legend line(String label, Color color, Stroke stroke, Marker marker) {
    entries.add(new Entry(label, Kind.LINE, color, stroke, marker));
    return this;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The height the legend takes when wrapped at {@code width}; 0 when it has no entries. */
  double height(double width) {
    return entries.isEmpty() ? 0 : layout(width).rows * ROW_HEIGHT;
  }

  /** Draws the legend with its top-left corner at {@code (x, y)}, wrapped at {@code width}. */
  void draw(Canvas canvas, double x, double y, double width) {
    Layout layout = layout(width);
    for (int index = 0; index < entries.size(); index++) {
      Entry entry = entries.get(index);
      double left = x + layout.xs.get(index);
      double middle = y + layout.rowOf.get(index) * ROW_HEIGHT + ROW_HEIGHT / 2;
      switch (entry.kind) {
        case BOX -> canvas.fillRect(left + 7, middle - 6, 12, 12, entry.color);
        case ZONE -> {
          canvas.fillRect(left + 1, middle - 7, 24, 14, entry.color);
          canvas.draw(new Rectangle2D.Double(left + 1, middle - 7, 24, 14),
              ChartTheme.WARNING, new BasicStroke(0.75f));
        }
        case LINE -> {
          canvas.line(left, middle, left + SWATCH_WIDTH, middle, entry.color, entry.stroke);
          if (entry.marker != null) {
            canvas.fill(entry.marker.at(left + SWATCH_WIDTH / 2, middle, 4), entry.color);
          }
        }
      }
      canvas.text(layout.labels.get(index), ChartTheme.LABEL, ChartTheme.TEXT,
          left + SWATCH_WIDTH + 6, middle + 4, Canvas.Align.START);
    }
  }

  private record Layout(
      int rows, List<Double> xs, List<Integer> rowOf, List<String> labels) {}

  private Layout layout(double width) {
    List<Double> xs = new ArrayList<>();
    List<Integer> rowOf = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int row = 0;
    double cursor = 0;
    for (Entry entry : entries) {
      String label = Canvas.fit(entry.label, ChartTheme.LABEL, width - SWATCH_WIDTH - 6);
      labels.add(label);
      double entryWidth = SWATCH_WIDTH + 6 + Canvas.textWidth(label, ChartTheme.LABEL);
      if (cursor > 0 && cursor + entryWidth > width) {
        row++;
        cursor = 0;
      }
      xs.add(cursor);
      rowOf.add(row);
      cursor += entryWidth + GAP;
    }
    return new Layout(row + 1, xs, rowOf, labels);
  }
}
