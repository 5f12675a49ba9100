package dev.synthforge.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, one per label, in the given order: representation ratio per group, rejections
 * per rule, failures per endpoint. Reference lines cross the value axis (parity at 1.0); bars in a
 * band are drawn in the warning colour (ratios under 0.8).
 *
 * @param title the chart's title
 * @param valueAxisLabel what the bar lengths measure, with the unit
 * @param bars the bars, top to bottom; none makes an empty chart
 * @param references lines across the value axis
 * @param bands warning zones of the value axis
 */
public record BarChart(
    String title, String valueAxisLabel, List<Bar> bars, List<ReferenceLine> references,
    List<Band> bands) implements Chart {

  public BarChart {
    Checks.text("create bar chart", "title", title);
    String doing = Checks.chart("bar chart", title);
    Checks.text(doing, "value axis label", valueAxisLabel);
    bars = Checks.copy(doing, "bars", bars);
    references = Checks.copy(doing, "references", references);
    bands = Checks.copy(doing, "bands", bands);
  }

  /** A chart of {@code bars} with no reference lines or bands. */
  public static BarChart of(String title, String valueAxisLabel, List<Bar> bars) {
    return new BarChart(title, valueAxisLabel, bars, List.of(), List.of());
  }

  /** This chart with one more reference line. */
  public BarChart withReference(ReferenceLine reference) {
    List<ReferenceLine> more = new ArrayList<>(references);
    more.add(reference);
    return new BarChart(title, valueAxisLabel, bars, more, bands);
  }

  /** This chart with one more warning band. */
  public BarChart withBand(Band band) {
    List<Band> more = new ArrayList<>(bands);
    more.add(band);
    return new BarChart(title, valueAxisLabel, bars, references, more);
  }

  @Override
  public boolean isEmpty() {
    return bars.isEmpty();
  }

  /** Whether {@code bar} falls in one of the bands. */
  public boolean inBand(Bar bar) {
    return bands.stream().anyMatch(band -> band.contains(bar.value()));
  }
}
