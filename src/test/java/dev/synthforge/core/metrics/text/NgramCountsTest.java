package dev.synthforge.core.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.lm.SyntheticCorpus;
import dev.synthforge.core.metrics.CountMetrics;
import dev.synthforge.core.metrics.Serialization;
import java.util.List;
import org.junit.jupiter.api.Test;

class NgramCountsTest {

  private static final NgramCounts CATS = NgramCounts.of(List.of("the cat sat.", "the cat ran."));

  @Test
  void countsNgramsWithinEachText() {
    // Tokens: [the, cat, sat, .] and [the, cat, ran, .].
    assertThat(CATS.texts()).isEqualTo(2);
    assertThat(CATS.tokens()).isEqualTo(8);
    // Unigrams: the 2, cat 2, . 2, sat 1, ran 1.
    assertThat(CATS.order(1).distinct()).isEqualTo(5);
    assertThat(CATS.order(1).count("the")).isEqualTo(2);
    // Bigrams: "the cat" 2, "cat sat", "sat .", "cat ran", "ran ." (none spans the two texts).
    assertThat(CATS.order(2).total()).isEqualTo(6);
    assertThat(CATS.order(2).distinct()).isEqualTo(5);
    assertThat(CATS.order(2).count("the cat")).isEqualTo(2);
    assertThat(CATS.order(2).count(". the")).isZero();
    // Trigrams: 2 per text, all different.
    assertThat(CATS.order(3).total()).isEqualTo(4);
    assertThat(CATS.order(3).distinct()).isEqualTo(4);
  }

  @Test
  void distinctNAndEntropy() {
    // distinct-1 = 5/8, distinct-2 = 5/6, distinct-3 = 4/4.
    assertThat(CountMetrics.distinctRatio(CATS.order(1))).isEqualTo(5.0 / 8);
    assertThat(CountMetrics.distinctRatio(CATS.order(2))).isEqualTo(5.0 / 6);
    assertThat(CountMetrics.distinctRatio(CATS.order(3))).isEqualTo(1.0);
    // Unigram entropy: ln 8 - (3 * 2 ln 2) / 8 = 3 ln 2 - 0.75 ln 2 = 2.25 ln 2 = 1.5595811562
    assertThat(CountMetrics.entropy(CATS.order(1))).isCloseTo(1.5595811562, within(1e-10));
    // Support 5; singletons sat, ran: 2 of 5.
    assertThat(CountMetrics.singletonRatio(CATS.order(1))).isEqualTo(0.4);
  }

  @Test
  void identicalTextsHalveDistinctN() {
    NgramCounts twice = NgramCounts.of(List.of("a b", "a b"));
    // Unigrams a, b twice each: 2/4; the bigram "a b" twice: 1/2.
    assertThat(CountMetrics.distinctRatio(twice.order(1))).isEqualTo(0.5);
    assertThat(CountMetrics.distinctRatio(twice.order(2))).isEqualTo(0.5);
    assertThat(CountMetrics.entropy(twice.order(2))).isZero();
  }

  @Test
  void emptyAndShortTexts() {
    NgramCounts counts = NgramCounts.of(List.of("", "   ", "word"));
    assertThat(counts.texts()).isEqualTo(3);
    assertThat(counts.tokens()).isEqualTo(1);
    assertThat(counts.order(2).total()).isZero();
    assertThat(CountMetrics.distinctRatio(counts.order(2))).isZero();
    assertThat(NgramCounts.of(List.of()).tokens()).isZero();
  }

  @Test
  void mergingPartsEqualsCountingAllAtOnce() {
    List<String> texts = SyntheticCorpus.sentences(300, 5);
    NgramCounts all = NgramCounts.of(texts);
    NgramCounts first = NgramCounts.of(texts.subList(0, 120));
    NgramCounts second = NgramCounts.of(texts.subList(120, 300));
    NgramCounts merged = new NgramCounts();
    merged.merge(second);
    merged.merge(first);
    merged.merge(new NgramCounts());

    assertThat(merged).isEqualTo(all);
    assertThat(Serialization.roundTrip(merged)).isEqualTo(all);
    assertThat(CountMetrics.entropy(merged.order(2))).isEqualTo(CountMetrics.entropy(all.order(2)));
  }

  @Test
  void rejectsWhatItCannotCount() {
    assertThatThrownBy(() -> new NgramCounts(2).merge(new NgramCounts(3)))
        .hasMessage("Cannot merge n-gram counts: max orders differ, 2 and 3");
    assertThatThrownBy(() -> CATS.order(4))
        .hasMessage("Cannot read 4-gram counts: orders 1 to 3 are counted");
    assertThatThrownBy(() -> new NgramCounts().addTokens(List.of("a b")))
        .hasMessage("Cannot count n-grams of token 'a b': tokens must be non-empty, without spaces");
  }
}
