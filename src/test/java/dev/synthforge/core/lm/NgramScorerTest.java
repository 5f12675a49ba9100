package dev.synthforge.core.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link NgramModel#likelihood}: exact, and the distribution the sampler draws from. */
class NgramScorerTest {

  private static final NgramModel MODEL = NgramModel.fit(SyntheticCorpus.sentences(5_000, 7));
  private static final List<String> TINY = List.of("a b c .", "a b c .", "a b c .", "a b d .");

  @Test
  void scoresTheWittenBellMixtureOfEveryContext() {
    NgramModel model = NgramModel.fit(TINY);
    // P(a | <s> <s>): both contexts saw a 4 times and nothing else, so each keeps 4/5 of what
    // reaches it; the unigram distribution gets the last 1/25, and a is 4 of its 20 tokens.
    double first = 4.0 / 5 + 1.0 / 5 * 4 / 5 + 1.0 / 25 * 4 / 20;
    // P(end | <s> a): both contexts saw only b after a; the end is 4 of 20 unigram tokens.
    double end = 1.0 / 25 * 4 / 20;

    TextLikelihood likelihood = model.likelihood("a");

    assertThat(likelihood.scoredTokens()).isEqualTo(2);
    assertThat(likelihood.unknownTokens()).isZero();
    assertThat(likelihood.log2Probability()).isCloseTo(log2(first * end), within(1e-12));
    assertThat(likelihood.log2UnigramProbability()).isCloseTo(log2(4.0 / 20 * 4 / 20), within(1e-12));
    assertThat(model.probability(List.of("a", "b"), "c"))
        .isCloseTo(2.0 / 3 * 3 / 4 + 2.0 / 9 * 3 / 4 + 1.0 / 9 * 3 / 20, within(1e-15));
  }

  @Test
  void probabilitiesOfEveryWordAndTheEndSumToOneInAnyContext() {
    List<List<String>> contexts = List.of(List.of(), List.of("The"), List.of("The", "customer"),
        List.of("loved", "the"), List.of("customer", "."), List.of("zebra"), List.of("the", "zebra"),
        List.of("zebra", "the"), List.of("near", "rareword3"));
    for (List<String> context : contexts) {
      double sum = MODEL.probability(context, null);
      for (String word : MODEL.wordCounts().keySet()) {
        sum += MODEL.probability(context, word);
      }
      assertThat(sum).as("context %s", context).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void anUnknownTokenIsCountedNotScoredAndEndsTheContext() {
    TextLikelihood likelihood = MODEL.likelihood("The zebra customer loved qwerty");
    double unigram = MODEL.count("customer") / (double) (MODEL.tokenCount() + MODEL.textCount());

    assertThat(likelihood.unknownTokens()).isEqualTo(2);
    assertThat(likelihood.scoredTokens()).isEqualTo(4);
    assertThat(likelihood.textTokens()).isEqualTo(5);
    assertThat(likelihood.knownTokenFraction()).isEqualTo(3 / 5.0);
    assertThat(MODEL.probability(List.of("The", "zebra"), "customer")).isCloseTo(unigram, within(1e-15));
    assertThat(MODEL.probability(List.of("The"), "zebra")).isZero();
    assertThat(MODEL.likelihood("").knownTokenFraction()).isZero();
  }

  @Test
  void contextGainIsPositiveForFluentTextAndNegativeForTheSameWordsShuffled() {
    TextLikelihood fluent = MODEL.likelihood("The customer loved the cheap laptop yesterday.");
    TextLikelihood shuffled = MODEL.likelihood("laptop the yesterday cheap customer . loved The");

    assertThat(fluent.contextGainBitsPerToken()).isGreaterThan(1);
    assertThat(shuffled.contextGainBitsPerToken()).isLessThan(-1);
    assertThat(fluent.log2UnigramProbability()).isEqualTo(shuffled.log2UnigramProbability());
    assertThat(fluent.bitsPerToken()).isLessThan(shuffled.bitsPerToken());
  }

  @Test
  void textFrequenciesOfTheSamplerMatchTheLikelihood() {
    NgramModel model = NgramModel.fit(List.of("a b c .", "a b c .", "a b d .", "b a .", "a c ."));
    int samples = 20_000;
    Map<String, Integer> counts = new HashMap<>();
    for (int seed = 0; seed < samples; seed++) {
      SamplingRequest request = SamplingRequest.of("", seed).withPromptWeight(0).withMaxTokens(100);
      counts.merge(model.sample(request).text(), 1, Integer::sum);
    }
    // The sampler never ends a text before its first token; it draws that token again.
    double nonEmpty = 1 - Math.pow(2, model.likelihood("").log2Probability());
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      double probability = Math.pow(2, model.likelihood(entry.getKey()).log2Probability()) / nonEmpty;
      if (probability > 0.02) {
        double deviation = 4 * Math.sqrt(samples * probability * (1 - probability));
        assertThat((double) entry.getValue()).as(entry.getKey())
            .isCloseTo(samples * probability, within(deviation));
        checked.add(entry.getKey());
      }
    }
    assertThat(checked).contains("a b c.", "a b d.");
  }

  @Test
  void rejectsImpossibleLikelihoods() {
    assertThatThrownBy(() -> new TextLikelihood(0, 0, 0, 0))
        .hasMessage("Cannot create text likelihood: scoredTokens must be >= 1 and unknownTokens"
            + " >= 0, got 0 and 0");
    assertThatThrownBy(() -> new TextLikelihood(1, 0, 0.5, 0))
        .hasMessage("Cannot create text likelihood: log-probabilities must be <= 0, got 0.5 and 0.0");
  }

  private static double log2(double value) {
    return Math.log(value) / Math.log(2);
  }
}
