package dev.synthforge.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountMetricsTest {

  private static final FrequencyTable TWO_ONE_ONE = FrequencyTable.of(Map.of("a", 2, "b", 1, "c", 1));

  @Test
  void distinctRatioIsUniqueOverTotal() {
    // 3 distinct keys over 4 occurrences.
    assertThat(CountMetrics.distinctRatio(TWO_ONE_ONE)).isEqualTo(0.75);
  }

  @Test
  void entropyFollowsTheCountFormula() {
    // H = ln 4 - (2 ln 2 + 1 ln 1 + 1 ln 1) / 4 = 2 ln 2 - ln 2 / 2 = 1.5 ln 2 = 1.0397207708
    assertThat(CountMetrics.entropy(TWO_ONE_ONE)).isCloseTo(1.5 * Math.log(2), within(1e-15));
    assertThat(CountMetrics.entropy(TWO_ONE_ONE)).isCloseTo(1.0397207708, within(1e-10));
    // From the two sums alone: ln 4 - 2 ln 2 / 4.
    assertThat(CountMetrics.entropy(4, 2 * Math.log(2))).isCloseTo(1.5 * Math.log(2), within(1e-15));
  }

  @Test
  void entropyOfUniformCountsIsLogOfTheirNumber() {
    FrequencyTable uniform = FrequencyTable.of(Map.of("a", 5, "b", 5, "c", 5, "d", 5));
    assertThat(CountMetrics.entropy(uniform)).isCloseTo(Math.log(4), within(1e-15));
  }

  @Test
  void oneRepeatedKeyHasZeroEntropyAndOneDistinctKey() {
    FrequencyTable identical = FrequencyTable.of(Map.of("same", 7));
    assertThat(CountMetrics.entropy(identical)).isZero();
    // 1 distinct over 7.
    assertThat(CountMetrics.distinctRatio(identical)).isEqualTo(1.0 / 7);
    assertThat(CountMetrics.singletonRatio(identical)).isZero();
  }

  @Test
  void singletonRatioIsKeysSeenOnceOverDistinctKeys() {
    // b and c once, a twice: 2 of 3.
    assertThat(CountMetrics.singletonRatio(TWO_ONE_ONE)).isEqualTo(2.0 / 3);
    assertThat(TWO_ONE_ONE.singletons()).isEqualTo(2);
  }

  @Test
  void emptyCountsGiveZeroEverywhere() {
    FrequencyTable empty = new FrequencyTable();
    assertThat(CountMetrics.distinctRatio(empty)).isZero();
    assertThat(CountMetrics.entropy(empty)).isZero();
    assertThat(CountMetrics.singletonRatio(empty)).isZero();
    assertThat(CountMetrics.entropy(0, 0)).isZero();
  }
}
