package dev.synthforge.report;

/**
 * Data for one chart image. Every chart has a title and may be empty; an empty chart renders as
 * a "no data" image, so a report keeps its shape when a run measured nothing.
 */
public sealed interface Chart extends Block
    permits BarChart, GroupedBarChart, LineChart, HistogramChart {

  /** The title drawn above the chart and used in its alt text. */
  String title();

  /** Whether there is nothing to plot. */
  boolean isEmpty();
}
