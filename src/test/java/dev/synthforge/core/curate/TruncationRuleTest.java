package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TruncationRuleTest {

  private static final TruncationRule RULE = new TruncationRule();

  @Test
  void rejectsLength() {
    Verdict verdict = RULE.evaluate(CurationInput.freeText("The story goes on and", "length"));

    assertThat(verdict.reason()).isEqualTo("truncated");
    assertThat(verdict.detail())
        .isEqualTo("finish_reason is 'length': the output reached the token limit");
    assertThat(RULE.evaluate(CurationInput.freeText("x", " LENGTH ")).rejected()).isTrue();
    assertThat(RULE.evaluate(CurationInput.structured("{\"a\":", "length", "{}")).rejected())
        .isTrue();
  }

  @Test
  void passesOtherReasons() {
    assertThat(RULE.evaluate(CurationInput.freeText("Done.", "stop")).outcome())
        .isEqualTo(Verdict.Outcome.PASSED);
    assertThat(RULE.evaluate(CurationInput.freeText("", "content_filter")).passed()).isTrue();
  }

  @Test
  void unknownFinishReasonIsNotApplicable() {
    assertThat(RULE.evaluate(CurationInput.freeText("Done.", null)).outcome())
        .isEqualTo(Verdict.Outcome.NOT_APPLICABLE);
    assertThat(RULE.evaluate(CurationInput.freeText("Done.", "")).outcome())
        .isEqualTo(Verdict.Outcome.NOT_APPLICABLE);
  }
}
