package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NgramRepetitionTest {

  @Test
  void topNgramCountsOnlyRepeatedNgrams() {
    assertThat(new NgramRepetition(List.of("hello", "world")).topNgramCharacterFraction(2))
        .isZero();
  }

  @Test
  void topNgramCoversEachCharacterOnce() {
    // "a a a a": the 2-gram "a a" occurs three times, overlapping; it covers all four words.
    assertThat(new NgramRepetition(List.of("a", "a", "a", "a")).topNgramCharacterFraction(2))
        .isEqualTo(1.0);
    // "the cat" twice in "the cat and the cat": 12 of 15 characters.
    assertThat(new NgramRepetition(List.of("the", "cat", "and", "the", "cat"))
        .topNgramCharacterFraction(2)).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void duplicateNgramsCoverOnlyTheRepeats() {
    // 5-gram "i love you so much" repeated: the second copy, 14 of 28 characters.
    List<String> words =
        List.of("i", "love", "you", "so", "much", "i", "love", "you", "so", "much");
    assertThat(new NgramRepetition(words).duplicateNgramCharacterFraction(5)).isEqualTo(0.5);
    assertThat(new NgramRepetition(words).duplicateNgramCharacterFraction(6)).isZero();
  }

  @Test
  void noWordsNoRepetition() {
    assertThat(new NgramRepetition(List.of()).topNgramCharacterFraction(2)).isZero();
    assertThat(new NgramRepetition(List.of()).duplicateNgramCharacterFraction(5)).isZero();
  }
}
