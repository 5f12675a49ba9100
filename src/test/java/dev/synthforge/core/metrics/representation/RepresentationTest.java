package dev.synthforge.core.metrics.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.metrics.FrequencyTable;
import dev.synthforge.core.metrics.MetricValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RepresentationTest {

  private static final FrequencyTable REAL = FrequencyTable.of(Map.of("a", 60, "b", 30, "c", 10));
  private static final FrequencyTable SYNTHETIC =
      FrequencyTable.of(Map.of("a", 80, "b", 18, "c", 2));

  @Test
  void sharesRatiosAndFourFifthsFlags() {
    RepresentationReport report = Representation.compare(REAL, SYNTHETIC);

    // Real shares 0.6, 0.3, 0.1; synthetic 0.8, 0.18, 0.02.
    // RR: a 0.8 / 0.6 = 1.333, b 0.18 / 0.3 = 0.6, c 0.02 / 0.1 = 0.2.
    assertThat(report.groups()).extracting(GroupRepresentation::group).containsExactly("a", "b", "c");
    GroupRepresentation a = report.groups().get(0);
    GroupRepresentation b = report.groups().get(1);
    GroupRepresentation c = report.groups().get(2);
    assertThat(a.realShare()).isEqualTo(0.6);
    assertThat(a.syntheticShare()).isEqualTo(0.8);
    assertThat(a.ratio()).isCloseTo(4.0 / 3, within(1e-15));
    assertThat(b.ratio()).isCloseTo(0.6, within(1e-15));
    assertThat(c.ratio()).isCloseTo(0.2, within(1e-15));
    assertThat(a.flags()).isEmpty();
    assertThat(b.flags()).containsExactly(GroupFlag.BELOW_FOUR_FIFTHS);
    assertThat(report.flagged(GroupFlag.BELOW_FOUR_FIFTHS)).containsExactly(b, c);
    // c has exactly 10 real rows: not fewer than the threshold 10.
    assertThat(report.flagged(GroupFlag.SMALL_REAL_COUNT)).isEmpty();
    assertThat(report.realRows()).isEqualTo(100);
    assertThat(report.syntheticRows()).isEqualTo(100);
  }

  @Test
  void smoothedDivergences() {
    RepresentationReport report = Representation.compare(REAL, SYNTHETIC);
    // alpha 0.5, K 3: real (60.5, 30.5, 10.5) / 101.5, synthetic (80.5, 18.5, 2.5) / 101.5.
    // KL = [60.5 ln(60.5/80.5) + 30.5 ln(30.5/18.5) + 10.5 ln(10.5/2.5)] / 101.5
    //    = (-17.2796361 + 15.2486565 + 15.0683875) / 101.5 = 13.0374079 / 101.5 = 0.1284473691
    assertThat(report.kullbackLeibler()).isCloseTo(0.1284473691, within(1e-10));
    // JSD of (0.5960591, 0.3004926, 0.1034483) and (0.7931034, 0.1822660, 0.0246305), mixture
    // (0.6945813, 0.2413793, 0.0640394): 0.0273616414.
    assertThat(report.jensenShannon()).isCloseTo(0.0273616414, within(1e-10));
    // alpha 1: (61, 31, 11) / 103 against (81, 19, 3) / 103:
    // [61 ln(61/81) + 31 ln(31/19) + 11 ln(11/3)] / 103 = (-17.2968 + 15.1737 + 14.2920) / 103
    RepresentationReport addOne =
        Representation.compare(REAL, SYNTHETIC, RepresentationSettings.DEFAULTS.withSmoothing(1));
    assertThat(addOne.kullbackLeibler()).isCloseTo(
        (61 * Math.log(61.0 / 81) + 31 * Math.log(31.0 / 19) + 11 * Math.log(11.0 / 3)) / 103,
        within(1e-15));
    assertThat(addOne.kullbackLeibler()).isCloseTo(0.1181, within(1e-4));
  }

  @Test
  void coverageAtM() {
    // Synthetic rows a 80, b 18, c 2: at m = 1 all three real groups, at m = 5 two of three.
    assertThat(Representation.compare(REAL, SYNTHETIC).coverage()).isEqualTo(1);
    RepresentationSettings atFive = RepresentationSettings.DEFAULTS.withCoverageMinimum(5);
    assertThat(Representation.compare(REAL, SYNTHETIC, atFive).coverage()).isEqualTo(2.0 / 3);
  }

  @Test
  void smallMissingAndSyntheticOnlyGroups() {
    FrequencyTable real = FrequencyTable.of(Map.of("big", 95, "rare", 5));
    FrequencyTable synthetic = FrequencyTable.of(Map.of("big", 90, "new", 10));
    RepresentationReport report = Representation.compare(real, synthetic);

    GroupRepresentation rare = report.groups().stream()
        .filter(group -> group.group().equals("rare")).findFirst().orElseThrow();
    GroupRepresentation added = report.groups().get(2);
    assertThat(rare.flags()).containsExactlyInAnyOrder(GroupFlag.BELOW_FOUR_FIFTHS,
        GroupFlag.SMALL_REAL_COUNT, GroupFlag.MISSING_FROM_SYNTHETIC);
    assertThat(rare.ratio()).isZero();
    assertThat(added.group()).isEqualTo("new");
    assertThat(added.flags()).isEqualTo(Set.of(GroupFlag.NOT_IN_REAL));
    assertThat(added.ratio()).isInfinite();
    // Real groups big and rare; only big has a synthetic row.
    assertThat(report.coverage()).isEqualTo(0.5);
    assertThat(report.kullbackLeibler()).isFinite().isPositive();
  }

  @Test
  void emptyData() {
    RepresentationReport nothingGenerated = Representation.compare(REAL, new FrequencyTable());
    assertThat(nothingGenerated.coverage()).isZero();
    assertThat(nothingGenerated.groups()).allSatisfy(group -> {
      assertThat(group.ratio()).isZero();
      assertThat(group.has(GroupFlag.MISSING_FROM_SYNTHETIC)).isTrue();
    });
    RepresentationReport nothing =
        Representation.compare(new FrequencyTable(), new FrequencyTable());
    assertThat(nothing.groups()).isEmpty();
    assertThat(nothing.coverage()).isEqualTo(1);
    assertThat(nothing.kullbackLeibler()).isZero();
    assertThat(nothing.jensenShannon()).isZero();
  }

  @Test
  void reportsAsMetricValues() {
    List<MetricValue> values = Representation.compare(REAL, SYNTHETIC).metricValues("run", 2);
    assertThat(values).extracting(MetricValue::metric).containsExactly("representation_ratio",
        "representation_ratio", "representation_ratio", "group_coverage", "group_kl", "group_jsd");
    assertThat(values.get(2)).isEqualTo(
        new MetricValue("run", 2, "representation_ratio", "c", values.get(2).value(), 10));
    assertThat(values.get(3)).isEqualTo(MetricValue.overall("run", 2, "group_coverage", 1, 100));
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> RepresentationSettings.DEFAULTS.withSmoothing(0))
        .hasMessage("Cannot judge representation: smoothing 0.0 must be positive, coverage minimum"
            + " 1 >= 1 and small-count threshold 10 >= 0");
  }
}
