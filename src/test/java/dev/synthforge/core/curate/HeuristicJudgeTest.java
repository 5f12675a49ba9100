package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.curate.JudgeSignals.Signal;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.core.lm.SyntheticCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeuristicJudgeTest {

  private static final NgramModel MODEL = NgramModel.fit(reviews());
  private static final HeuristicJudge JUDGE = new HeuristicJudge(MODEL);
  private static final String INSTRUCTION =
      "Paraphrase this review, keeping its meaning: The customer loved the cheap laptop after lunch.";
  private static final String GOOD = "My friend loved the cheap laptop after lunch, and it was wonderful.";
  /** Each fails one signal; the judge must name that one. */
  private static final Map<String, Signal> BAD = Map.of(
      "lunch the after cheap it loved laptop friend the My wonderful and was.", Signal.FLUENCY,
      "The customer loved the laptop. The customer loved the laptop. The customer loved the laptop.",
      Signal.VARIETY,
      "The driver painted the dark garden before the storm, and it was quiet.", Signal.RELEVANCE,
      "Cheap laptop.", Signal.LENGTH,
      "", Signal.LENGTH);

  @Test
  void fluentRelevantTextGetsTheTopScoreWithNoWeakness() {
    HeuristicJudge.Judgement judgement = JUDGE.judge(INSTRUCTION, GOOD, ScoreRange.defaults());

    assertThat(judgement.score()).isEqualTo(5);
    assertThat(judgement.signals()).isEqualTo(new JudgeSignals(1, 1, 1, 1));
    assertThat(judgement.rationale()).isEqualTo("No weak signal: the response reads fluently, keeps"
        + " to the instruction, does not repeat itself and is long enough (fluency 1.00,"
        + " relevance 1.00, variety 1.00, length 1.00).");
  }

  @Test
  void eachBadResponseScoresLowerAndItsWeakestSignalIsNamed() {
    int good = JUDGE.judge(INSTRUCTION, GOOD, ScoreRange.defaults()).score();
    BAD.forEach((response, signal) -> {
      HeuristicJudge.Judgement judgement = JUDGE.judge(INSTRUCTION, response, ScoreRange.defaults());

      assertThat(judgement.score()).as(response).isLessThanOrEqualTo(2).isLessThan(good);
      assertThat(judgement.signals().weakest()).as(response).isEqualTo(signal);
      assertThat(judgement.rationale()).as(response)
          .startsWith("Weakest signal: " + (response.isEmpty() ? "the response has no words"
              : signal.shortcoming()) + " (");
    });
  }

  @Test
  void theSignalsFollowTheDocumentedFormulas() {
    JudgeSignals salad = JUDGE.judge(INSTRUCTION,
        "lunch the after cheap it loved laptop friend the My wonderful and was.",
        ScoreRange.defaults()).signals();
    JudgeSignals repeated = JUDGE.judge(INSTRUCTION,
        "The customer loved the laptop. The customer loved the laptop. The customer loved the laptop.",
        ScoreRange.defaults()).signals();
    JudgeSignals empty = JUDGE.judge(INSTRUCTION, "  ", ScoreRange.defaults()).signals();
    JudgeSignals offTopic = JUDGE.judge(INSTRUCTION,
        "Quarterly revenue grew by five percent after the merger of the two banks.",
        ScoreRange.defaults()).signals();

    assertThat(salad.fluency()).isEqualTo(0);
    // Trigrams from the sixth word on repeat earlier ones: 2/3 of the characters.
    assertThat(repeated.variety()).isCloseTo(1 - 2 / 3.0, within(1e-12));
    assertThat(empty).isEqualTo(new JudgeSignals(0, 0, 1, 0));
    assertThat(JUDGE.judge(INSTRUCTION, "Cheap laptop.", ScoreRange.defaults()).signals().length())
        .isEqualTo(2.0 / HeuristicJudge.SHORT_RESPONSE_WORDS);
    // Unknown words: the model cannot vouch for them.
    assertThat(offTopic.fluency()).isLessThan(0.5);
    assertThat(offTopic.relevance()).isZero();
    // No content words in the instruction: nothing to be relevant to.
    assertThat(JUDGE.judge("Do it.", GOOD, ScoreRange.defaults()).signals().relevance()).isEqualTo(1);
  }

  @Test
  void scoresStayInTheRangeAskedFor() {
    List<String> responses = new ArrayList<>(BAD.keySet());
    responses.add(GOOD);
    for (ScoreRange range : List.of(ScoreRange.defaults(), new ScoreRange(0, 10),
        new ScoreRange(-3, 3), new ScoreRange(0, 1), new ScoreRange(Integer.MIN_VALUE, Integer.MAX_VALUE))) {
      for (String response : responses) {
        assertThat(range.contains(JUDGE.judge(INSTRUCTION, response, range).score()))
            .as("%s on %s", response, range).isTrue();
      }
      assertThat(JUDGE.judge(INSTRUCTION, GOOD, range).score()).isEqualTo(range.maximum());
      assertThat(JUDGE.judge(INSTRUCTION, "", range).score()).isEqualTo(range.minimum());
    }
  }

  @Test
  void equalInputsGiveEqualJudgements() {
    HeuristicJudge refitted = new HeuristicJudge(NgramModel.fit(reviews()));
    for (String response : BAD.keySet()) {
      assertThat(refitted.judge(INSTRUCTION, response, ScoreRange.defaults()))
          .isEqualTo(JUDGE.judge(INSTRUCTION, response, ScoreRange.defaults()));
    }
  }

  /** Reviews of two sentences each, so that a sentence may follow another. */
  private static List<String> reviews() {
    List<String> sentences = SyntheticCorpus.sentences(10_000, 7);
    List<String> reviews = new ArrayList<>();
    for (int index = 0; index < sentences.size(); index += 2) {
      reviews.add(sentences.get(index) + " " + sentences.get(index + 1));
    }
    return reviews;
  }
}
