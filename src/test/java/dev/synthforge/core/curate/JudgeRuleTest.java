package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JudgeRuleTest {

  private static final JudgeRule RULE = JudgeRule.defaults();

  @Test
  void keepsScoresFromTheMinimumUp() {
    Verdict five = RULE.evaluate("{\"score\": 5, \"rationale\": \"Correct.\"}");
    assertThat(five.outcome()).isEqualTo(Verdict.Outcome.PASSED);
    assertThat(five.score()).isEqualTo(5.0);
    assertThat(five.detail()).isEqualTo("Correct.");
    assertThat(RULE.evaluate("{\"score\": 4, \"rationale\": \"Good.\"}").passed()).isTrue();
  }

  @Test
  void rejectsLowScoresWithTheScore() {
    Verdict verdict = RULE.evaluate("{\"score\": 3, \"rationale\": \"Vague.\"}");

    assertThat(verdict.reason()).isEqualTo("judge_score_too_low");
    assertThat(verdict.score()).isEqualTo(3.0);
    assertThat(verdict.detail()).isEqualTo("score 3 < 4: Vague.");
  }

  @Test
  void rejectsUnreadableAnswersWithTheParsersReason() {
    Verdict verdict = RULE.evaluate("{\"score\": 9}");

    assertThat(verdict.reason()).isEqualTo("score_out_of_range");
    assertThat(verdict.score()).isNaN();
    assertThat(RULE.reasonCodes()).contains("judge_score_too_low", "score_missing",
        "score_not_integer", "score_out_of_range", "judge_output_not_json");
  }

  @Test
  void minimumMustBeInRange() {
    assertThat(RULE.minimumScore()).isEqualTo(4);
    assertThat(RULE.name()).isEqualTo("judge");
    assertThatThrownBy(() -> new JudgeRule(new JudgeScoreParser(ScoreRange.defaults()), 6))
        .hasMessage("Cannot create judge rule: minimum score 6 is outside 1..5");
  }
}
