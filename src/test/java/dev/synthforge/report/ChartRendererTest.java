package dev.synthforge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartRendererTest {
  private final ChartRenderer renderer = new ChartRenderer();

  static Stream<Chart> everyKind() {
    return Stream.of(SampleReports.distinctByDepth(), SampleReports.trendOverRuns(),
        SampleReports.representationBars(), SampleReports.failures(), SampleReports.lengths());
  }

  static Stream<Chart> everyKindEmpty() {
    return Stream.of(BarChart.of("Failures per endpoint", "failed calls", List.of()),
        GroupedBarChart.of("Rejections per rule and run", "rows", List.of(), List.of()),
        LineChart.overNumbers("Vendi score by depth", "depth", "Vendi score", List.of()),
        HistogramChart.of("Judge scores", "score", "texts", List.of()));
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void pngDecodesAtTwiceItsDisplaySize(Chart chart) throws IOException {
    RenderedChart rendered = renderer.render(chart);
    BufferedImage image = decode(rendered.png());

    assertThat(rendered.width()).isEqualTo(ChartTheme.WIDTH);
    assertThat(rendered.height()).isBetween(150, 1200);
    assertThat(image.getWidth()).isEqualTo(2 * rendered.width());
    assertThat(image.getHeight()).isEqualTo(2 * rendered.height());
    assertThat(rendered.dataUri()).startsWith("data:image/png;base64,");
    assertThat(Base64.getDecoder().decode(rendered.dataUri().substring(22)))
        .isEqualTo(rendered.png());
  }

  @ParameterizedTest
  @MethodSource("everyKindEmpty")
  void emptyChartsBecomeANoDataImage(Chart chart) throws IOException {
    RenderedChart rendered = renderer.render(chart);
    BufferedImage image = decode(rendered.png());

    assertThat(rendered.altText()).isEqualTo(chart.title() + ": no data.");
    assertThat(rendered.height()).isEqualTo(ChartRenderer.EMPTY_HEIGHT);
    assertThat(image.getHeight()).isEqualTo(2 * ChartRenderer.EMPTY_HEIGHT);
    assertThat(darkPixels(image)).as("title and 'No data' are drawn").isGreaterThan(500);
  }

  @Test
  void barsInABandAreDrawnInTheWarningColour() throws IOException {
    BarChart plain = BarChart.of("Ratio", "ratio", List.of(Bar.of("en", 1.2), Bar.of("fr", 0.5)));
    BarChart banded = plain.withBand(new Band(0, 0.8, "under 4/5"));

    int warning = ChartTheme.WARNING.getRGB();
    assertThat(count(decode(renderer.render(plain).png()), warning)).isZero();
    assertThat(count(decode(renderer.render(banded).png()), warning)).isGreaterThan(1000);
  }

  @Test
  void barChartsGrowWithTheirBars() {
    List<Bar> bars = new ArrayList<>();
    for (int index = 0; index < 30; index++) {
      bars.add(Bar.of("group " + index, index));
    }
    int few = renderer.render(BarChart.of("Few", "n", bars.subList(0, 3))).height();
    int many = renderer.render(BarChart.of("Many", "n", bars)).height();

    assertThat(many - few).isEqualTo((int) (27 * BarChartPainter.ROW_HEIGHT));
  }

  @Test
  void longLabelsAndManyPositionsStillRender() throws IOException {
    String longLabel = "a rule name far longer than any label column should ever hold, really";
    List<String> runs = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int index = 0; index < 200; index++) {
      runs.add("2026-11-" + index);
      values.add(Math.sin(index / 10.0));
    }
    Chart bars = BarChart.of(longLabel + " (title, also long)", "rows", List.of(
        Bar.of(longLabel, -3), Bar.of("short", 1_250_000)));
    Chart lines = LineChart.overLabels("Trend", "run", "value", runs)
        .withSeries(new Series(longLabel, values));

    assertThat(decode(renderer.render(bars).png()).getWidth()).isEqualTo(2 * ChartTheme.WIDTH);
    assertThat(decode(renderer.render(lines).png()).getWidth()).isEqualTo(2 * ChartTheme.WIDTH);
    assertThat(renderer.render(bars).altText()).contains(longLabel + " -3");
  }

  @Test
  void horizontalTickLabelsKeepApart() {
    for (double max : new double[] {0.69, 7, 1234.5, 98_765, 12_345_678, 0.00042}) {
      for (double width : new double[] {120, 300, 700}) {
        Ticks ticks = Plot.horizontalTicks(0, max, width);
        double spacing = width / (ticks.values().size() - 1);
        double widest = ticks.labels().stream()
            .mapToDouble(label -> Canvas.textWidth(label, ChartTheme.TICK)).max().orElseThrow();
        if (ticks.values().size() > 2) {
          assertThat(widest + 14).as("max %s width %s", max, width).isLessThanOrEqualTo(spacing);
        }
      }
    }
  }

  @Test
  void altTextNamesTheTitleAndKeyLabels() {
    String line = renderer.render(SampleReports.distinctByDepth()).altText();
    assertThat(line).startsWith(SampleReports.DISTINCT_TITLE + ". Line chart of distinct-2 by"
            + " generation depth, 0 to 5.")
        .contains("replace: 0.69, 0.601, 0.522, 0.412, 0.341, 0.287.")
        .contains("accumulate:", "mixed-real 50%:")
        .contains("Reference real data (dashed): 0.69")
        .contains("Reference line gate: 0.8 x real at 0.552.");

    String bars = renderer.render(SampleReports.representationBars()).altText();
    assertThat(bars).contains("Bar chart of synthetic share ÷ real share:")
        .contains("fr 0.5 (n=390), under 4/5 of the real share")
        .contains("en 1.21 (n=5,120);")
        .contains("Reference line parity with the real data at 1.");
    for (String group : SampleReports.GROUPS) {
      assertThat(bars).contains(group + " ");
    }

    assertThat(renderer.render(SampleReports.failures()).altText())
        .contains("for 429 rate limited, 5xx server error, timeout, malformed output")
        .contains("tgi-l4: 429 rate limited 31, 5xx server error 4, timeout 11");
    assertThat(renderer.render(SampleReports.lengths()).altText())
        .contains("Histogram of length (tokens): 20 bins from 0 to 160")
        .contains("the tallest bin, 48 to 56, has 1,788")
        .contains("Reference line median, real data at 61.");
  }

  @Test
  void longListsAreCutInTheAltText() {
    List<Bar> bars = new ArrayList<>();
    for (int index = 0; index < 45; index++) {
      bars.add(Bar.of("g" + index, index));
    }
    assertThat(renderer.render(BarChart.of("Many", "n", bars)).altText())
        .contains("g39 39; and 5 more.").doesNotContain("g40");
  }

  static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image).as("a decodable PNG").isNotNull();
    return image;
  }

  private static int darkPixels(BufferedImage image) {
    int dark = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        dark += (image.getRGB(x, y) & 0xff) < 160 ? 1 : 0;
      }
    }
    return dark;
  }

  private static int count(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        count += image.getRGB(x, y) == rgb ? 1 : 0;
      }
    }
    return count;
  }
}
