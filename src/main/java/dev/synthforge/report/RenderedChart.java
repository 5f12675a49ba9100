package dev.synthforge.report;

import java.util.Base64;
import java.util.Objects;

/**
 * A chart drawn as a PNG image, with the size to show it at and its alt text.
 *
 * @param png the PNG bytes, {@link #width} x {@link #height} times the scale in pixels
 * @param width the width to show it at, in CSS pixels
 * @param height the height to show it at, in CSS pixels
 * @param altText the chart's content in words
 */
public record RenderedChart(byte[] png, int width, int height, String altText) {

  public RenderedChart {
    Objects.requireNonNull(png, "png");
    Objects.requireNonNull(altText, "altText");
    png = png.clone();
  }

  @Override
  public byte[] png() {
    return png.clone();
  }

  /** The image as a {@code data:image/png;base64,...} URI, for an {@code img} tag. */
  public String dataUri() {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
  }
}
