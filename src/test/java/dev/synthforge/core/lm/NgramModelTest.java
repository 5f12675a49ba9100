package dev.synthforge.core.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NgramModelTest {

  private static final NgramModel MODEL = NgramModel.fit(SyntheticCorpus.sentences(20_000, 7));

  @Test
  void countsTheCorpus() {
    NgramModel model = NgramModel.fit(List.of("the cat sat.", "the dog sat.", "  "));

    assertThat(model.vocabularySize()).isEqualTo(5);
    assertThat(model.textCount()).isEqualTo(2);
    assertThat(model.tokenCount()).isEqualTo(8);
    assertThat(model.count("the")).isEqualTo(2);
    assertThat(model.count("bird")).isZero();
    assertThat(model.contains("dog")).isTrue();
    assertThat(model.wordCounts()).containsExactly(
        entry("the", 2), entry("cat", 1), entry("sat", 2), entry(".", 2), entry("dog", 1));
    assertThat(model.order()).isEqualTo(3);
  }

  @Test
  void equalCorporaHaveEqualFingerprints() {
    List<String> corpus = List.of("one two three.", "four five.");
    assertThat(NgramModel.fit(corpus).fingerprint()).isEqualTo(NgramModel.fit(corpus).fingerprint());
    assertThat(NgramModel.fit(corpus).fingerprint())
        .isNotEqualTo(NgramModel.fit(List.of("one two three.")).fingerprint());
  }

  @Test
  void sameRequestGivesSameText() {
    for (double temperature : new double[] {1.0, 0.7, 1.3}) {
      SamplingRequest request =
          SamplingRequest.of("The customer loved the cheap laptop.", 42).withTemperature(temperature).withTopP(0.9);
      assertThat(MODEL.sample(request)).isEqualTo(MODEL.sample(request));
    }
    Set<String> texts = new HashSet<>();
    for (int seed = 0; seed < 20; seed++) {
      texts.add(MODEL.sample(SamplingRequest.of("The customer loved the cheap laptop.", seed)).text());
    }
    assertThat(texts).hasSizeGreaterThan(10);
  }

  @Test
  void temperatureZeroTakesTheMostLikelyTokenWhateverTheSeed() {
    NgramModel model = NgramModel.fit(List.of("a b c .", "a b c .", "a b c .", "a b d ."));
    for (int seed = 0; seed < 5; seed++) {
      SamplingResult result =
          model.sample(SamplingRequest.of("", seed).withTemperature(0));
      assertThat(result.text()).isEqualTo("a b c.");
      assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
      assertThat(result.completionTokens()).isEqualTo(4);
    }
  }

  @Test
  void aTinyNucleusIsGreedy() {
    SamplingRequest greedy = SamplingRequest.of("The hotel", 1).withTemperature(0);
    String expected = MODEL.sample(greedy).text();
    for (int seed = 0; seed < 5; seed++) {
      assertThat(MODEL.sample(greedy.withTemperature(1).withTopP(1e-9).withSeed(seed)).text())
          .isEqualTo(expected);
    }
  }

  @Test
  void reachingMaxTokensEndsWithLength() {
    SamplingResult result = MODEL.sample(SamplingRequest.of("", 3).withMaxTokens(2));

    assertThat(result.finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(result.completionTokens()).isEqualTo(2);
    assertThat(WordTokenizer.countTokens(result.text())).isEqualTo(2);
  }

  @Test
  void stopSequenceEndsTheTextBeforeIt() {
    NgramModel model = NgramModel.fit(List.of("red apple and green pear ."));
    SamplingResult result =
        model.sample(SamplingRequest.of("", 1).withTemperature(0).withStop(List.of("green", "blue")));

    assertThat(result.text()).isEqualTo("red apple and ");
    assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(result.completionTokens()).isEqualTo(3);
  }

  @Test
  void promptConditioningReusesThePromptWords() {
    String prompt = "The printer was terrible near the bridge.";
    int without = samplesContaining("printer", SamplingRequest.of(prompt, 0).withPromptWeight(0));
    int with = samplesContaining("printer", SamplingRequest.of(prompt, 0));

    assertThat(with).isGreaterThan(2 * without + 20);
  }

  @Test
  void neverEmitsAWordOutsideTheVocabulary() {
    String prompt = "Zebras compute quantum printer bridges, wonderful!";
    double[][] settings = {{1, 1}, {0.5, 1}, {1.5, 1}, {0.8, 0.9}, {2, 0.95}, {0, 1}};
    for (double[] setting : settings) {
      for (int seed = 0; seed < 300; seed++) {
        SamplingRequest request =
            SamplingRequest.of(prompt, seed).withTemperature(setting[0]).withTopP(setting[1]);
        for (String token : WordTokenizer.tokenize(MODEL.sample(request).text())) {
          assertThat(MODEL.contains(token)).as("token %s", token).isTrue();
        }
      }
    }
  }

  @Test
  void refittingOnItsOwnSamplesLosesRareWords() {
    List<String> samples = new ArrayList<>();
    for (int seed = 0; seed < 20_000; seed++) {
      samples.add(MODEL.sample(SamplingRequest.of("", seed).withPromptWeight(0)).text());
    }
    NgramModel next = NgramModel.fit(samples);

    assertThat(next.vocabularySize()).isLessThan(MODEL.vocabularySize());
    assertThat(next.wordCounts().keySet()).allMatch(MODEL::contains);
  }

  @Test
  void fitsAndSamplesAHundredThousandSentences() {
    NgramModel model = NgramModel.fit(SyntheticCorpus.sentences(100_000, 11));
    int tokens = 0;
    for (int seed = 0; seed < 5_000; seed++) {
      SamplingResult result =
          model.sample(SamplingRequest.of("My friend bought the old piano.", seed).withTopP(0.95));
      tokens += result.completionTokens();
    }

    assertThat(model.textCount()).isEqualTo(100_000);
    assertThat(model.vocabularySize()).isGreaterThan(10_000);
    assertThat(tokens).isGreaterThan(5_000 * 4);
  }

  @Test
  void supportsOtherOrders() {
    List<String> corpus = SyntheticCorpus.sentences(2_000, 3);
    for (int order : new int[] {1, 2, 5}) {
      NgramModel model = NgramModel.fit(corpus, order);
      SamplingResult result = model.sample(SamplingRequest.of("", 5).withTemperature(0.8).withTopP(0.9));
      assertThat(model.order()).isEqualTo(order);
      assertThat(WordTokenizer.tokenize(result.text())).allMatch(model::contains);
    }
  }

  @Test
  void rejectsAnEmptyCorpusOrABadOrder() {
    assertThatThrownBy(() -> NgramModel.fit(List.of(" ", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot fit an n-gram model: the corpus has no tokens");
    assertThatThrownBy(() -> NgramModel.fit(List.of("a"), 0))
        .hasMessage("Cannot fit an n-gram model: order must be within [1, 8]: 0");
    assertThatThrownBy(() -> SamplingRequest.of("", 1).withTopP(0))
        .hasMessage("topP must be within (0, 1]: 0.0");
  }

  private static int samplesContaining(String word, SamplingRequest request) {
    int count = 0;
    for (int seed = 0; seed < 400; seed++) {
      if (WordTokenizer.tokenize(MODEL.sample(request.withSeed(seed)).text()).contains(word)) {
        count++;
      }
    }
    return count;
  }

  private static java.util.Map.Entry<String, Integer> entry(String word, int count) {
    return java.util.Map.entry(word, count);
  }
}
