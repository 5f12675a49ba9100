/**
 * The monitor's HTML report: immutable data for charts, tables and quality gates, and a renderer
 * that writes one self-contained HTML file per run. Pure Java and the JDK's Java2D (headless):
 * no Spark, no Hadoop, no HTTP, no JavaScript.
 *
 * <ul>
 *   <li>Charts: {@link dev.synthforge.report.BarChart},
 *       {@link dev.synthforge.report.GroupedBarChart}, {@link dev.synthforge.report.LineChart}
 *       and {@link dev.synthforge.report.HistogramChart}, validated on construction (finite
 *       values, one value per position, ordered bins).
 *   <li>{@link dev.synthforge.report.ChartRenderer} draws a chart as a PNG at twice its display
 *       size, with alt text that states its data; an empty chart draws as "no data".
 *   <li>{@link dev.synthforge.report.Report} holds the header facts, the gates and the sections;
 *       {@link dev.synthforge.report.HtmlReportWriter} writes it with inline CSS and every chart
 *       as a data URI, escaping every text that comes from data.
 * </ul>
 *
 * <p>{@code jobs/check-report.sh} opens a written report in headless Chromium and saves a
 * screenshot, to check that it renders.
 */
package dev.synthforge.report;
