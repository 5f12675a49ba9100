package dev.synthforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartModelTest {

  @Test
  void seriesRejectsNaNAndNamesThePosition() {
    assertThatThrownBy(() -> Series.of("replace", 0.69, 0.6, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot create series 'replace': value [2] is NaN; it must be a finite number");
  }

  @Test
  void barRejectsInfiniteValues() {
    assertThatThrownBy(() -> Bar.of("fr", Double.POSITIVE_INFINITY))
        .hasMessage("Cannot create bar 'fr': value is Infinity; it must be a finite number");
  }

  @Test
  void lineChartRejectsSeriesOfAnotherLength() {
    LineChart chart = LineChart.overNumbers("Distinct-2", "depth", "distinct-2",
        List.of(0.0, 1.0, 2.0));

    assertThatThrownBy(() -> chart.withSeries(Series.of("replace", 0.69, 0.6)))
        .hasMessage("Cannot create line chart 'Distinct-2': series 'replace' has 2 values but the"
            + " chart has 3 x positions");
    assertThatThrownBy(() -> chart.withReferenceSeries(Series.of("real data", 1, 2, 3, 4)))
        .hasMessage("Cannot create line chart 'Distinct-2': series 'real data' has 4 values but"
            + " the chart has 3 x positions");
  }

  @Test
  void lineChartRejectsTwoSeriesOfOneName() {
    LineChart chart = LineChart.overLabels("Trend", "run", "value", List.of("a", "b"))
        .withSeries(Series.of("replace", 1, 2));

    assertThatThrownBy(() -> chart.withReferenceSeries(Series.of("replace", 1, 1)))
        .hasMessage("Cannot create line chart 'Trend': two series are named 'replace'");
  }

  @Test
  void xAxisPositionsMustIncrease() {
    assertThatThrownBy(() -> XAxis.numbers(List.of(0.0, 2.0, 1.0)))
        .hasMessage("Cannot create x axis: positions must increase, but 1.0 follows 2.0");
    assertThatThrownBy(() -> XAxis.numbers(List.of(0.0, Double.NaN)))
        .hasMessage("Cannot create x axis: position [1] is NaN; it must be a finite number");
  }

  @Test
  void groupedBarChartNeedsOneValuePerCategory() {
    assertThatThrownBy(() -> GroupedBarChart.of("Failures", "calls", List.of("a", "b"),
            List.of(Series.of("timeout", 1, 2), Series.of("5xx", 1))))
        .hasMessage("Cannot create grouped bar chart 'Failures': series '5xx' has 1 values but"
            + " the chart has 2 categories");
  }

  @Test
  void histogramBinsMustIncreaseWithoutOverlap() {
    assertThatThrownBy(() -> HistogramChart.of("Lengths", "tokens", "texts",
            List.of(new Bin(0, 10, 3), new Bin(5, 15, 2))))
        .hasMessage("Cannot create histogram 'Lengths': bin [5.0, 15.0) overlaps or precedes bin"
            + " [0.0, 10.0); bins must be in increasing order without overlap");
    assertThatThrownBy(() -> new Bin(3, 3, 1))
        .hasMessage("Cannot create histogram bin: lower edge 3.0 must be below upper edge 3.0");
    assertThatThrownBy(() -> new Bin(0, 1, -2))
        .hasMessage("Cannot create histogram bin [0.0, 1.0): count -2.0 is negative");
  }

  @Test
  void histogramMayHaveGapsBetweenBins() {
    HistogramChart chart = HistogramChart.of("Lengths", "tokens", "texts",
        List.of(new Bin(0, 1, 3), new Bin(4, 5, 2)));

    assertThat(chart.total()).isEqualTo(5);
    assertThat(chart.isEmpty()).isFalse();
  }

  @Test
  void bandsAndReferencesAreChecked() {
    assertThatThrownBy(() -> new Band(0.8, 0.8, "under 4/5"))
        .hasMessage("Cannot create band 'under 4/5': from 0.8 must be below to 0.8");
    assertThatThrownBy(() -> new ReferenceLine(Double.NaN, "parity"))
        .hasMessage("Cannot create reference line 'parity': value is NaN; it must be a finite"
            + " number");
    assertThat(new Band(0, 0.8, "under").contains(0.8)).isFalse();
    assertThat(new Band(0, 0.8, "under").contains(0)).isTrue();
  }

  @Test
  void titlesAndLabelsMustNotBeBlank() {
    assertThatThrownBy(() -> BarChart.of(" ", "ratio", List.of()))
        .hasMessage("Cannot create bar chart: title is blank");
    assertThatThrownBy(() -> BarChart.of("Ratio", "", List.of()))
        .hasMessage("Cannot create bar chart 'Ratio': value axis label is blank");
  }

  @Test
  void tableRowsNeedOneCellPerColumn() {
    assertThatThrownBy(() -> Table.of("Shares", List.of("group", "ratio"),
            List.of(Table.Row.of("en", "1.2"), Table.Row.of("fr"))))
        .hasMessage("Cannot create table 'Shares': row 1 has 1 cells but the table has 2 columns");
  }

  @Test
  void listsAreCopied() {
    List<Bar> bars = new ArrayList<>(List.of(Bar.of("en", 1.2)));
    BarChart chart = BarChart.of("Ratio", "ratio", bars);
    bars.add(Bar.of("fr", 0.5));

    assertThat(chart.bars()).hasSize(1);
    assertThatThrownBy(() -> chart.bars().add(Bar.of("de", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void withersAddWithoutChangingTheOriginal() {
    BarChart chart = BarChart.of("Ratio", "ratio", List.of(Bar.of("en", 1.2), Bar.of("fr", 0.5)));
    BarChart banded = chart.withBand(new Band(0, 0.8, "under 4/5"))
        .withReference(new ReferenceLine(1, "parity"));

    assertThat(chart.bands()).isEmpty();
    assertThat(banded.bands()).hasSize(1);
    assertThat(banded.references()).hasSize(1);
    assertThat(banded.inBand(banded.bars().get(1))).isTrue();
    assertThat(banded.inBand(banded.bars().get(0))).isFalse();
  }

  @Test
  void emptyCharts() {
    assertThat(BarChart.of("a", "b", List.of()).isEmpty()).isTrue();
    assertThat(GroupedBarChart.of("a", "b", List.of("x"), List.of()).isEmpty()).isTrue();
    assertThat(LineChart.overLabels("a", "x", "y", List.of("1", "2")).isEmpty()).isTrue();
    assertThat(HistogramChart.of("a", "x", "y", List.of(new Bin(0, 1, 0))).isEmpty()).isTrue();
  }

  @Test
  void gateResultsTakeNaNForMissingValues() {
    GateResult gate = GateResult.breached("tail recall >= 0.3", Double.NaN, 0.3, "no value");

    assertThat(gate.isBreached()).isTrue();
    assertThatThrownBy(() -> GateResult.passed("x", Double.POSITIVE_INFINITY, 1, ""))
        .hasMessage("Cannot create gate result 'x': value Infinity and threshold 1.0 must be"
            + " finite, or NaN for none");
  }
}
