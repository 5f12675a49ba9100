package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void rejectionCarriesReasonAndNoScoreByDefault() {
    Verdict verdict = Verdict.reject("quality", "too_few_words", "word count 1 < 3");

    assertThat(verdict.rejected()).isTrue();
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.REJECTED);
    assertThat(verdict.score()).isNaN();
    assertThat(verdict.replacement()).isEmpty();
  }

  @Test
  void notApplicableCountsAsPassed() {
    Verdict verdict = Verdict.notApplicable("schema", "free text");

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.reason()).isEmpty();
  }

  @Test
  void rewriteCarriesTheNewText() {
    Verdict verdict = Verdict.rewrite("pii", "mail [EMAIL]", 1, "masked 1 pii_email");

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.replacement()).contains("mail [EMAIL]");
    assertThat(verdict.score()).isEqualTo(1.0);
  }

  @Test
  void rejectionNeedsASnakeCaseReason() {
    assertThatThrownBy(() -> Verdict.reject("quality", "Too Few", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot create verdict of rule 'quality': a rejection needs a snake_case"
            + " reason code, got 'Too Few'");
    assertThatThrownBy(() -> Verdict.reject("quality", "", ""))
        .hasMessageContaining("needs a snake_case reason code, got ''");
  }

  @Test
  void onlyRejectionsHaveReasons() {
    assertThatThrownBy(
            () -> new Verdict("quality", Verdict.Outcome.PASSED, 1, "fine", "", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot create verdict of rule 'quality': only a rejection has a reason code,"
            + " got 'fine'");
  }

  @Test
  void rejectionCannotReplaceText() {
    assertThatThrownBy(
            () -> new Verdict("pii", Verdict.Outcome.REJECTED, 1, "secret", "", "masked"))
        .hasMessage("Cannot create verdict of rule 'pii': a rejection cannot replace the text");
  }

  @Test
  void ruleNameMustNotBeBlank() {
    assertThatThrownBy(() -> Verdict.pass(" ", ""))
        .hasMessage("Cannot create verdict: rule name is blank");
  }

  @Test
  void curationInputKnowsWhetherItIsStructured() {
    assertThat(CurationInput.freeText("hi", "stop").structured()).isFalse();
    assertThat(CurationInput.structured("{}", null, "{\"type\":\"object\"}").structured()).isTrue();
    assertThatThrownBy(() -> new CurationInput("{}", "stop", " "))
        .hasMessage("Cannot create curation input: the schema is blank; pass null for a free-text"
            + " task");
  }
}
