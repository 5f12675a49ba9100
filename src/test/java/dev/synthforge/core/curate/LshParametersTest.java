package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LshParametersTest {

  private static final LshParameters FINEWEB = LshParameters.defaults();

  @Test
  void defaultsAreFineWebs() {
    assertThat(FINEWEB.bands()).isEqualTo(14);
    assertThat(FINEWEB.rows()).isEqualTo(8);
    assertThat(FINEWEB.hashCount()).isEqualTo(112);
    assertThat(FINEWEB.threshold()).isCloseTo(0.719, within(0.001));
  }

  @Test
  void candidateProbabilityMatchesHandComputedValues() {
    assertThat(FINEWEB.candidateProbability(0)).isZero();
    assertThat(FINEWEB.candidateProbability(1)).isEqualTo(1.0);
    // 1 - (1 - 0.5^8)^14
    assertThat(FINEWEB.candidateProbability(0.5)).isCloseTo(0.0533, within(0.0001));
    // 1 - (1 - 0.8^8)^14
    assertThat(FINEWEB.candidateProbability(0.8)).isCloseTo(0.9235, within(0.0001));
    // at the threshold s^r = 1/b: 1 - (13/14)^14
    assertThat(FINEWEB.candidateProbability(FINEWEB.threshold()))
        .isCloseTo(1 - Math.pow(13.0 / 14, 14), within(1e-9));
  }

  @Test
  void candidateProbabilityIsAnIncreasingSCurve() {
    double previous = -1;
    for (int step = 0; step <= 100; step++) {
      double probability = FINEWEB.candidateProbability(step / 100.0);
      assertThat(probability).isGreaterThanOrEqualTo(previous).isBetween(0.0, 1.0);
      previous = probability;
    }
    assertThat(FINEWEB.candidateProbability(0.3)).isLessThan(0.01);
    assertThat(FINEWEB.candidateProbability(0.95)).isGreaterThan(0.999);
  }

  @Test
  void moreRowsRaiseTheThreshold() {
    assertThat(new LshParameters(450, 20).threshold())
        .isGreaterThan(new LshParameters(20, 5).threshold());
    assertThat(new LshParameters(1, 1).threshold()).isEqualTo(1.0);
  }

  @Test
  void rejectsBadParametersAndSimilarities() {
    assertThatThrownBy(() -> new LshParameters(0, 8))
        .hasMessage("Cannot create LSH parameters: need bands >= 1, rows >= 1 and at most 100000"
            + " hashes, got 0 bands x 8 rows");
    assertThatThrownBy(() -> FINEWEB.candidateProbability(1.5))
        .hasMessage("Cannot compute candidate probability: Jaccard similarity must be in [0, 1],"
            + " got 1.5");
  }
}
