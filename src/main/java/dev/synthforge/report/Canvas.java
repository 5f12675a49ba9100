package dev.synthforge.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A white image of a chart's size in CSS pixels, drawn at {@link ChartTheme#SCALE} times the
 * resolution, with text helpers that measure, truncate and align. Draw, then call {@link #png}.
 */
final class Canvas {
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  /** Where a text's anchor point is: its start, middle or end. */
  enum Align { START, MIDDLE, END }

  private final int width;
  private final int height;
  private final BufferedImage image;
  private final Graphics2D graphics;

  Canvas(int width, int height) {
    this.width = width;
    this.height = height;
    this.image = new BufferedImage(
        width * ChartTheme.SCALE, height * ChartTheme.SCALE, BufferedImage.TYPE_INT_RGB);
    this.graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    graphics.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    graphics.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    graphics.scale(ChartTheme.SCALE, ChartTheme.SCALE);
    graphics.setColor(ChartTheme.BACKGROUND);
    graphics.fillRect(0, 0, width, height);
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** The advance width of {@code text} in {@code font}, in CSS pixels. */
  static double textWidth(String text, Font font) {
    return font.getStringBounds(text, MEASURE).getWidth();
  }

  /** {@code text}, cut with an ellipsis to fit {@code maxWidth}. */
  static String fit(String text, Font font, double maxWidth) {
    if (textWidth(text, font) <= maxWidth) {
      return text;
    }
    int keep = text.length();
    while (keep > 0 && textWidth(text.substring(0, keep) + "…", font) > maxWidth) {
      keep--;
    }
    return text.substring(0, keep) + "…";
  }

  /** Draws {@code text} with its baseline at {@code y}, anchored at {@code x}. */
  void text(String text, Font font, Color color, double x, double y, Align align) {
    double shift = switch (align) {
      case START -> 0;
      case MIDDLE -> textWidth(text, font) / 2;
      case END -> textWidth(text, font);
    };
    graphics.setFont(font);
    graphics.setColor(color);
    graphics.drawString(text, (float) (x - shift), (float) y);
  }

  /**
   * Draws {@code text} like {@link #text} on a white background, so it stays readable over
   * grid and reference lines; returns its width.
   */
  double label(String text, Font font, Color color, double x, double y) {
    double width = textWidth(text, font);
    fillRect(x - 2, y - font.getSize() + 1, width + 4, font.getSize() + 3, ChartTheme.BACKGROUND);
    text(text, font, color, x, y, Align.START);
    return width;
  }

  /** Draws {@code text} turned a quarter left, centred on {@code (x, y)}: a y axis label. */
  void verticalText(String text, Font font, Color color, double x, double y) {
    AffineTransform saved = graphics.getTransform();
    graphics.translate(x, y);
    graphics.rotate(-Math.PI / 2);
    text(text, font, color, 0, 0, Align.MIDDLE);
    graphics.setTransform(saved);
  }

  void line(double x1, double y1, double x2, double y2, Color color, Stroke stroke) {
    draw(new Line2D.Double(x1, y1, x2, y2), color, stroke);
  }

  void fill(Shape shape, Color color) {
    graphics.setColor(color);
    graphics.fill(shape);
  }

  void fillRect(double x, double y, double width, double height, Color color) {
    fill(new Rectangle2D.Double(x, y, width, height), color);
  }

  void draw(Shape shape, Color color, Stroke stroke) {
    graphics.setColor(color);
    graphics.setStroke(stroke);
    graphics.draw(shape);
    graphics.setStroke(new BasicStroke(1f));
  }

  /** The image as PNG bytes; the canvas cannot be drawn on afterwards. */
  byte[] png() {
    graphics.dispose();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", bytes)) {
        throw new IllegalStateException("Cannot encode chart image: no PNG writer available");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode chart image as PNG", e);
    }
    return bytes.toByteArray();
  }
}
