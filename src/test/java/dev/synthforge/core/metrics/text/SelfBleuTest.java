package dev.synthforge.core.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.lm.SyntheticCorpus;
import dev.synthforge.core.lm.WordTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfBleuTest {

  @Test
  void bleuOfOneWordChanged() {
    // "a b c d e" against "a b c d f": precisions 4/5, 3/4, 2/3, 1/2; equal lengths, BP 1.
    // BLEU = (4/5 * 3/4 * 2/3 * 1/2)^(1/4) = 0.2^(1/4) = 0.6687403050
    assertThat(bleu("a b c d e", "a b c d f")).isCloseTo(0.6687403050, within(1e-10));
  }

  @Test
  void missingOrdersAreSmoothedWithEpsilon() {
    // "a b c d" against "a b x d": 1-grams 3/4, 2-grams 1/3 (a b), 3-grams 0/2 -> 0.1/2,
    // 4-grams 0/1 -> 0.1/1. BLEU = (0.75 * 1/3 * 0.05 * 0.1)^(1/4) = 0.00125^(1/4) = 0.1880301547
    assertThat(bleu("a b c d", "a b x d")).isCloseTo(0.1880301547, within(1e-10));
  }

  @Test
  void countsAreClippedByTheReference() {
    // "the the the the" against "the cat": 1-grams min(4, 1)/4 = 1/4; 3 bigrams, 2 trigrams and
    // 1 four-gram unmatched -> 0.1/3, 0.1/2, 0.1/1; c = 4 > r = 2, BP 1.
    // BLEU = (0.25 * 0.0333333 * 0.05 * 0.1)^(1/4) = 4.1666667e-5^(1/4) = 0.0803428419
    assertThat(bleu("the the the the", "the cat")).isCloseTo(0.0803428419, within(1e-10));
  }

  @Test
  void shortHypothesesPayTheBrevityPenalty() {
    // "the cat" against "the the the the": 1-grams 1/2; no bigram match -> 0.1/1; no trigrams or
    // four-grams at all -> 0.1/max(1, 0) each; BP = exp(1 - 4/2) = exp(-1).
    // BLEU = exp(-1) * (0.5 * 0.1 * 0.1 * 0.1)^(1/4) = 0.3678794 * 0.1495349 = 0.0550108074
    assertThat(bleu("the cat", "the the the the")).isCloseTo(0.0550108074, within(1e-10));
  }

  @Test
  void closestReferenceLengthTiesGoToTheShorter() {
    // Length 4 between references of lengths 3 and 5: r = 3 < c, so BP = 1 (not exp(1 - 5/4)).
    List<List<String>> references = List.of(tokens("a b c"), tokens("a b c d e"));
    assertThat(SelfBleu.bleu(tokens("a b c d"), references)).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void selfBleuIsTheMeanOverTexts() {
    // A = "a b c d e", B = "a b c d f", C = "x y". A against {B, C}: 0.2^(1/4) (C adds no match;
    // the closest reference length is 5); B likewise; C matches no unigram: 0.
    // Self-BLEU = 2 * 0.6687403050 / 3 = 0.4458268700
    assertThat(SelfBleu.of(List.of("a b c d e", "a b c d f", "x y")))
        .isCloseTo(0.4458268700, within(1e-10));
  }

  @Test
  void selfBleuWithTheBrevityPenaltyOnOneSide() {
    // "a b c d" against "a b c d e f": all precisions 1, BP = exp(1 - 6/4) = 0.6065306597.
    // Reverse: precisions 4/6, 3/5, 2/4, 1/3, product 1/15, (1/15)^(1/4) = 0.5081327482; BP 1.
    // Mean = (0.6065306597 + 0.5081327482) / 2 = 0.5573317039
    assertThat(SelfBleu.of(List.of("a b c d", "a b c d e f"))).isCloseTo(0.5573317039, within(1e-10));
  }

  @Test
  void identicalTextsScoreOneAndTooFewTextsZero() {
    assertThat(SelfBleu.of(Collections.nCopies(3, "a b c d e"))).isCloseTo(1.0, within(1e-15));
    assertThat(SelfBleu.of(List.of("a b c d e"))).isZero();
    assertThat(SelfBleu.of(List.of())).isZero();
    assertThat(SelfBleu.of(List.of("", "a b c d"))).isZero();
    assertThatThrownBy(() -> SelfBleu.bleu(tokens("a"), List.of()))
        .hasMessage("Cannot compute BLEU: there are no references");
  }

  @Test
  void fastSelfBleuEqualsEachTextAgainstAllOthers() {
    List<String> texts = new ArrayList<>(SyntheticCorpus.sentences(150, 21));
    String repeated = "The customer loved the new room.";
    texts.addAll(List.of("", "The", repeated, repeated));
    List<List<String>> tokenized = texts.stream().map(WordTokenizer::tokenize).toList();
    double sum = 0;
    for (int index = 0; index < tokenized.size(); index++) {
      List<List<String>> others = new ArrayList<>(tokenized);
      others.remove(index);
      sum += SelfBleu.bleu(tokenized.get(index), others);
    }
    assertThat(SelfBleu.ofTokens(tokenized)).isCloseTo(sum / tokenized.size(), within(1e-12));
  }

  private static double bleu(String hypothesis, String reference) {
    return SelfBleu.bleu(tokens(hypothesis), List.of(tokens(reference)));
  }

  private static List<String> tokens(String text) {
    return WordTokenizer.tokenize(text);
  }
}
