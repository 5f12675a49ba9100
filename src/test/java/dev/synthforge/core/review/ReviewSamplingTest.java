package dev.synthforge.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewSamplingTest {

  @Test
  void spreadsTheSizeEvenlyAndGivesAShortStratumsShareToTheOthers() {
    assertThat(ReviewSampling.allocate(Map.of("a", 100L, "b", 100L, "c", 100L), 10))
        .containsExactly(Map.entry("a", 4), Map.entry("b", 3), Map.entry("c", 3));
    assertThat(ReviewSampling.allocate(Map.of("a", 1L, "b", 100L, "c", 2L), 12))
        .containsExactly(Map.entry("a", 1), Map.entry("b", 9), Map.entry("c", 2));
    assertThat(ReviewSampling.allocate(Map.of("a", 1L, "b", 2L), 12))
        .containsExactly(Map.entry("a", 1), Map.entry("b", 2));
    assertThat(ReviewSampling.allocate(Map.of(), 5)).isEmpty();
  }

  @Test
  void bandsTheJudgeScoreAroundItsThreshold() {
    assertThat(ReviewSampling.judgeBand(null, 3)).isEqualTo("unjudged");
    assertThat(ReviewSampling.judgeBand(4, null)).isEqualTo("unjudged");
    assertThat(ReviewSampling.judgeBand(1, 3)).isEqualTo("low");
    assertThat(ReviewSampling.judgeBand(2, 3)).isEqualTo("near");
    assertThat(ReviewSampling.judgeBand(3, 3)).isEqualTo("near");
    assertThat(ReviewSampling.judgeBand(4, 3)).isEqualTo("high");
    assertThat(ReviewSampling.borderline("near", 0)).isTrue();
    assertThat(ReviewSampling.borderline("high", 1)).isTrue();
    assertThat(ReviewSampling.borderline("low", 2)).isFalse();
  }

  @Test
  void keysAreSeededAndBorderlineRowsWinMoreOften() {
    assertThat(ReviewSampling.key(1, "r1", false)).isEqualTo(ReviewSampling.key(1, "r1", false))
        .isNotEqualTo(ReviewSampling.key(2, "r1", false)).isBetween(0.0, 1.0);
    int borderlineWins = 0;
    for (int i = 0; i < 2000; i++) {
      if (ReviewSampling.key(7, "b" + i, true) > ReviewSampling.key(7, "o" + i, false)) {
        borderlineWins++;
      }
    }
    // With weights 3 and 1, the borderline key is the larger with probability 3/4.
    assertThat(borderlineWins / 2000.0).isBetween(0.70, 0.80);
  }
}
