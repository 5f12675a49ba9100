package dev.synthforge.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;

/** Sizes, fonts and colours of every chart; one place so the charts of a report match. */
final class ChartTheme {
  /** Width of every chart in CSS pixels; images hold {@link #SCALE} times as many pixels. */
  static final int WIDTH = 880;
  /** Pixels per CSS pixel: charts stay sharp on high-density screens and in print. */
  static final int SCALE = 2;
  static final int PAD = 16;

  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  static final Font VALUE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  static final Font EMPTY = new Font(Font.SANS_SERIF, Font.PLAIN, 15);

  static final Color BACKGROUND = Color.WHITE;
  static final Color TEXT = new Color(0x1f2328);
  static final Color MUTED = new Color(0x59636e);
  static final Color AXIS = new Color(0x8c959f);
  static final Color GRID = new Color(0xe8eaed);
  static final Color REFERENCE = new Color(0x24292f);
  /** Warning colour: Okabe-Ito vermillion. */
  static final Color WARNING = new Color(0xD55E00);
  static final Color WARNING_ZONE = new Color(0xD55E00 | 0x1c000000, true);

  /**
   * Okabe-Ito colours, distinguishable with every common colour-vision deficiency (yellow left
   * out: too pale on white). Series past the last reuse them with other markers.
   */
  static final List<Color> PALETTE = List.of(
      new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
      new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000));

  static final Stroke GRID_STROKE = new BasicStroke(1f);
  static final Stroke AXIS_STROKE = new BasicStroke(1f);
  static final Stroke LINE_STROKE =
      new BasicStroke(2.25f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  static final Stroke REFERENCE_LINE_STROKE = new BasicStroke(
      1.75f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
  static final Stroke THRESHOLD_STROKE = new BasicStroke(
      1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 4f}, 0f);

  private ChartTheme() {}

  /** The colour of the series at {@code index}. */
  static Color series(int index) {
    return PALETTE.get(index % PALETTE.size());
  }
}
