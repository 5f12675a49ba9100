package dev.synthforge.report;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Point markers of line series: a second cue beside colour, so lines differ in grey too. */
enum Marker {
  CIRCLE, SQUARE, TRIANGLE, DIAMOND, TRIANGLE_DOWN;

  /** The marker of the series at {@code index}. */
  static Marker forSeries(int index) {
    return values()[index % values().length];
  }

  /** This marker's outline centred on {@code (x, y)}, about {@code 2 * radius} across. */
  Shape at(double x, double y, double radius) {
    return switch (this) {
      case CIRCLE -> new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
      case SQUARE -> {
        double half = radius * 0.88;
        yield new Rectangle2D.Double(x - half, y - half, 2 * half, 2 * half);
      }
      case TRIANGLE -> polygon(x, y - radius * 1.15, x + radius * 1.1, y + radius * 0.8,
          x - radius * 1.1, y + radius * 0.8);
      case TRIANGLE_DOWN -> polygon(x, y + radius * 1.15, x + radius * 1.1, y - radius * 0.8,
          x - radius * 1.1, y - radius * 0.8);
      case DIAMOND -> polygon(x, y - radius * 1.2, x + radius * 1.2, y, x, y + radius * 1.2,
          x - radius * 1.2, y);
    };
  }

  private static Shape polygon(double... points) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(points[0], points[1]);
    for (int index = 2; index < points.length; index += 2) {
      path.lineTo(points[index], points[index + 1]);
    }
    path.closePath();
    return path;
  }
}
