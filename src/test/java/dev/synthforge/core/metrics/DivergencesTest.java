package dev.synthforge.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DivergencesTest {

  @Test
  void jensenShannonOfHalfOverlappingTables() {
    // P = (a 1/2, b 1/2), Q = (b 1/2, c 1/2), M = (1/4, 1/2, 1/4):
    // KL(P||M) = 1/2 ln 2 + 1/2 ln 1 = ln 2 / 2, likewise KL(Q||M); JSD = ln 2 / 2 = 0.3465735903
    FrequencyTable first = FrequencyTable.of(Map.of("a", 3, "b", 3));
    FrequencyTable second = FrequencyTable.of(Map.of("b", 5, "c", 5));
    assertThat(Divergences.jensenShannon(first, second)).isCloseTo(Math.log(2) / 2, within(1e-15));
    assertThat(Divergences.jensenShannon(second, first)).isCloseTo(Math.log(2) / 2, within(1e-15));
  }

  @Test
  void jensenShannonOfSkewedTables() {
    // P = (3/4, 1/4), Q = (1/4, 3/4), M = (1/2, 1/2):
    // JSD = 3/4 ln(3/2) + 1/4 ln(1/2) = 0.3040988 - 0.1732868 = 0.1308120359
    FrequencyTable first = FrequencyTable.of(Map.of("x", 3, "y", 1));
    FrequencyTable second = FrequencyTable.of(Map.of("x", 10, "y", 30));
    assertThat(Divergences.jensenShannon(first, second)).isCloseTo(0.1308120359, within(1e-10));
    assertThat(Divergences.jensenShannon(new double[] {0.75, 0.25}, new double[] {0.25, 0.75}))
        .isCloseTo(0.1308120359, within(1e-10));
  }

  @Test
  void jensenShannonIsZeroForEqualDistributionsAndLnTwoForDisjointOnes() {
    FrequencyTable first = FrequencyTable.of(Map.of("a", 1, "b", 2));
    FrequencyTable scaled = FrequencyTable.of(Map.of("a", 10, "b", 20));
    FrequencyTable disjoint = FrequencyTable.of(Map.of("c", 4));
    assertThat(Divergences.jensenShannon(first, scaled)).isCloseTo(0, within(1e-15));
    assertThat(Divergences.jensenShannon(first, disjoint)).isEqualTo(Math.log(2));
  }

  @Test
  void emptyTablesFollowTheDocumentedConvention() {
    FrequencyTable empty = new FrequencyTable();
    FrequencyTable some = FrequencyTable.of(Map.of("a", 1));
    assertThat(Divergences.jensenShannon(empty, new FrequencyTable())).isZero();
    assertThat(Divergences.jensenShannon(empty, some)).isEqualTo(Divergences.MAX_JENSEN_SHANNON);
    assertThat(Divergences.jensenShannon(some, empty)).isEqualTo(Divergences.MAX_JENSEN_SHANNON);
  }

  @Test
  void kullbackLeiblerOfAlignedArrays() {
    // KL((1/2, 1/2) || (1/4, 3/4)) = 1/2 ln 2 + 1/2 ln(2/3) = 0.3465736 - 0.2027326 = 0.1438410362
    assertThat(Divergences.kullbackLeibler(new double[] {0.5, 0.5}, new double[] {0.25, 0.75}))
        .isCloseTo(0.1438410362, within(1e-10));
    assertThat(Divergences.kullbackLeibler(new double[] {1, 0}, new double[] {0.5, 0.5}))
        .isCloseTo(Math.log(2), within(1e-15));
    assertThat(Divergences.kullbackLeibler(new double[] {0.5, 0.5}, new double[] {1, 0}))
        .isInfinite();
  }

  @Test
  void misalignedArraysAreRejected() {
    assertThatThrownBy(() -> Divergences.jensenShannon(new double[] {1}, new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot compare distributions: lengths differ, 1 and 2");
  }
}
