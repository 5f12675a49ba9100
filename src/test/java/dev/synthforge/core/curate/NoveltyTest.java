package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoveltyTest {

  @Test
  void rougeLMatchesHandComputedExamples() {
    // LCS "police the gunman" = 3 of 4 words each way: P = R = F = 0.75.
    assertThat(Novelty.rougeL("police killed the gunman", "police kill the gunman"))
        .isEqualTo(0.75);
    // LCS "the cat on the mat" = 5 of 6 words each: F = 10 / 12.
    assertThat(Novelty.rougeL("The cat sat on the mat.", "the cat lay on the mat"))
        .isCloseTo(5.0 / 6, within(1e-12));
    // LCS "b d" = 2; P = 2/4, R = 2/3, F = 2PR / (P + R) = 4/7.
    assertThat(Novelty.rougeL("a b c d", "b d e")).isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void rougeLIsSymmetricAndBounded() {
    assertThat(Novelty.rougeL("b d e", "a b c d")).isEqualTo(Novelty.rougeL("a b c d", "b d e"));
    assertThat(Novelty.rougeL("Same words here", "same, WORDS here!")).isEqualTo(1.0);
    assertThat(Novelty.rougeL("alpha beta", "gamma delta")).isZero();
  }

  @Test
  void emptyTextsAreSimilarToNothing() {
    assertThat(Novelty.rougeL("", "")).isZero();
    assertThat(Novelty.rougeL("   ", "words")).isZero();
    assertThat(Novelty.maxRougeL("words", List.of())).isZero();
  }

  @Test
  void unicodeWordsCompareAfterNormalisation() {
    assertThat(Novelty.rougeL("Ｃａｆé au lait", "café au lait")).isEqualTo(1.0);
    assertThat(Novelty.rougeL("我喜欢苹果", "我喜欢香蕉")).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void maxRougeLTakesTheClosestKeptText() {
    assertThat(Novelty.maxRougeL("police kill the gunman",
        List.of("alpha beta", "police killed the gunman", "the gunman"))).isEqualTo(0.75);
  }

  @Test
  void keepsTextsBelowTheThresholdInOrder() {
    List<String> texts = List.of("police killed the gunman", "police kill the gunman",
        "the gunman was killed by police", "Police killed the gunman!");

    assertThat(Novelty.defaults().keepNovel(texts)).containsExactly(0, 2);
    assertThat(Novelty.defaults().novel("police kill the gunman", List.of(texts.get(0))))
        .isFalse();
  }

  @Test
  void thresholdIsExclusive() {
    List<String> texts = List.of("police killed the gunman", "police kill the gunman");

    assertThat(new Novelty(0.75).keepNovel(texts)).containsExactly(0);
    assertThat(new Novelty(0.76).keepNovel(texts)).containsExactly(0, 1);
  }

  @Test
  void rejectsBadThreshold() {
    assertThat(Novelty.defaults().threshold()).isEqualTo(0.7);
    assertThatThrownBy(() -> new Novelty(0))
        .hasMessage("Cannot create novelty filter: threshold must be in (0, 1], got 0.0");
  }
}
