package dev.synthforge.core.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.metrics.FrequencyTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TailRecallTest {

  private static final FrequencyTable REAL =
      FrequencyTable.of(Map.of("a", 50, "b", 30, "c", 10, "d", 5, "e", 3, "f", 2));

  @Test
  void rareKeysLieBeyondNinetyPercentOfTheMass() {
    // Cumulative 50, 80, 90: the head a, b, c reaches 90 of 100; rare: d, e, f.
    // The synthetic data holds d and f (and a, and z, which does not count): 2 of 3.
    FrequencyTable synthetic = FrequencyTable.of(Map.of("a", 9, "d", 1, "f", 4, "z", 7));
    TailRecall recall = TailRecall.of(REAL, synthetic);
    assertThat(recall).isEqualTo(new TailRecall(3, 2));
    assertThat(recall.value()).isEqualTo(2.0 / 3);
  }

  @Test
  void tiesAreRankedByKey() {
    // Total 5, head mass 0.5 needs ceil(2.5) = 3: a (2), then b (1) of the tied b, c, d.
    FrequencyTable real = FrequencyTable.of(Map.of("d", 1, "c", 1, "b", 1, "a", 2));
    assertThat(TailRecall.of(real, FrequencyTable.of(Map.of("c", 1)), 0.5))
        .isEqualTo(new TailRecall(2, 1));
  }

  @Test
  void edgeCases() {
    FrequencyTable empty = new FrequencyTable();
    assertThat(TailRecall.of(REAL, empty)).isEqualTo(new TailRecall(3, 0));
    assertThat(TailRecall.of(REAL, empty).value()).isZero();
    assertThat(TailRecall.of(empty, REAL).value()).isEqualTo(1);
    assertThat(TailRecall.of(REAL, REAL).value()).isEqualTo(1);
    assertThat(TailRecall.of(REAL, empty, 1.0).rareKeys()).isZero();
    assertThatThrownBy(() -> TailRecall.of(REAL, empty, 0))
        .hasMessage("Cannot compute tail recall: head mass 0.0 must be in (0, 1]");
  }
}
