package dev.synthforge.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.metrics.DistributionSummary.Bin;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void integerLengthsWithUnitBinsGiveExactNearestRankQuantiles() {
    Histogram lengths = Histogram.forLengths(100);
    for (int length = 10; length >= 1; length--) {
      lengths.add(length);
    }
    // Lengths 1..10: mean 55 / 10 = 5.5; nearest rank ceil(q n): p10 -> rank 1 = 1,
    // p50 -> rank 5 = 5, p90 -> rank 9 = 9.
    DistributionSummary summary = lengths.summary();
    assertThat(summary.count()).isEqualTo(10);
    assertThat(summary.mean()).isEqualTo(5.5);
    assertThat(summary.min()).isEqualTo(1);
    assertThat(summary.max()).isEqualTo(10);
    assertThat(summary.p10()).isEqualTo(1);
    assertThat(summary.p50()).isEqualTo(5);
    assertThat(summary.p90()).isEqualTo(9);
    assertThat(summary.bins()).hasSize(10).first().isEqualTo(new Bin(1, 2, 1));
  }

  @Test
  void skewedLengths() {
    Histogram lengths = Histogram.forLengths(100);
    List.of(3, 3, 3, 3, 3, 3, 3, 3, 40, 200).forEach(lengths::add);
    // Mean (8 * 3 + 40 + 200) / 10 = 26.4; p50 -> rank 5 = 3; p90 -> rank 9 = 40;
    // 200 overflows the bins 0..100, and a quantile landing there is the exact max.
    DistributionSummary summary = lengths.summary();
    assertThat(summary.mean()).isEqualTo(26.4);
    assertThat(summary.p50()).isEqualTo(3);
    assertThat(summary.p90()).isEqualTo(40);
    assertThat(lengths.quantile(1)).isEqualTo(200);
    assertThat(summary.bins()).containsExactly(
        new Bin(3, 4, 8), new Bin(40, 41, 1), new Bin(101, Double.POSITIVE_INFINITY, 1));
  }

  @Test
  void scoresOnTheirStepLandInTheirOwnBins() {
    Histogram scores = Histogram.forScores(0, 5, 0.5);
    // 0.3 * 10 and friends: values on the step must not fall into the bin below.
    List.of(4.5, 4.5, 5.0, 3.5, 1.0, 4.0, 4.5, 0.0, 2.5, 5.0).forEach(scores::add);
    // Sorted: 0, 1, 2.5, 3.5, 4, 4.5, 4.5, 4.5, 5, 5; ranks 1, 5, 9 -> 0, 4.0, 5.0.
    assertThat(scores.quantile(0.1)).isEqualTo(0.0);
    assertThat(scores.quantile(0.5)).isEqualTo(4.0);
    assertThat(scores.quantile(0.9)).isEqualTo(5.0);
    assertThat(scores.summary().bins()).contains(new Bin(4.5, 5.0, 3), new Bin(5.0, 5.5, 2));
    Histogram tenths = Histogram.forScores(0, 1, 0.1);
    tenths.add(0.3);
    assertThat(tenths.quantile(0.5)).isEqualTo(0.3);
    assertThat(tenths.summary().bins()).singleElement().extracting(Bin::count).isEqualTo(1L);
  }

  @Test
  void coarseBinsGiveTheBinEdgeClampedToTheData() {
    Histogram coarse = new Histogram(0, 10, 10);
    List.of(12.0, 14.0, 17.0, 33.0).forEach(coarse::add);
    // Rank 2 of 4 lies in bin [10, 20), whose lower edge 10 is clamped to the min, 12.
    assertThat(coarse.quantile(0.5)).isEqualTo(12);
    assertThat(coarse.quantile(0.75)).isEqualTo(12);
    assertThat(coarse.quantile(1)).isEqualTo(30);
  }

  @Test
  void valuesBelowTheFirstBinUnderflow() {
    Histogram scores = Histogram.forScores(1, 5, 1);
    List.of(-2.0, 3.0).forEach(scores::add);
    assertThat(scores.quantile(0.5)).isEqualTo(-2);
    assertThat(scores.summary().bins()).first()
        .isEqualTo(new Bin(Double.NEGATIVE_INFINITY, 1, 1));
  }

  @Test
  void mergingPartsEqualsAddingAllAtOnce() {
    Histogram all = Histogram.forLengths(50);
    Histogram first = Histogram.forLengths(50);
    Histogram second = Histogram.forLengths(50);
    for (int value = 0; value < 80; value++) {
      all.add(value % 61);
      (value % 3 == 0 ? first : second).add(value % 61);
    }
    second.merge(first);
    assertThat(second).isEqualTo(all);
    assertThat(second.summary()).isEqualTo(all.summary());
    assertThat(Serialization.roundTrip(all)).isEqualTo(all);
  }

  @Test
  void emptyHistogramSummarizesToZeros() {
    DistributionSummary summary = Histogram.forLengths(10).summary();
    assertThat(summary).isEqualTo(new DistributionSummary(0, 0, 0, 0, 0, 0, 0, List.of()));
  }

  @Test
  void histogramsOfOtherLayoutsDoNotMerge() {
    assertThatThrownBy(() -> Histogram.forLengths(10).merge(Histogram.forLengths(20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot merge histograms: layouts differ (lower 0.0, bin width 1.0, 11 bins"
            + " and lower 0.0, bin width 1.0, 21 bins)");
    assertThatThrownBy(() -> Histogram.forLengths(10).add(Double.NaN))
        .hasMessage("Cannot add value to histogram: it is NaN");
  }

  @Test
  void weightedAddsEqualRepeatedAdds() {
    Histogram weighted = Histogram.forScores(1, 5, 1);
    Histogram repeated = Histogram.forScores(1, 5, 1);
    weighted.add(4, 3);
    weighted.add(2, 1);
    for (int i = 0; i < 3; i++) {
      repeated.add(4);
    }
    repeated.add(2);

    org.assertj.core.api.Assertions.assertThat(weighted).isEqualTo(repeated);
    org.assertj.core.api.Assertions.assertThat(weighted.mean()).isEqualTo(3.5);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> weighted.add(1, 0))
        .hasMessageContaining("must be >= 1");
  }
}
