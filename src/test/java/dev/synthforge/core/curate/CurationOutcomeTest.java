package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurationOutcomeTest {

  private static final List<String> RULES = List.of("quality", "pii", "near-dup", "judge");
  private static final Verdict INPUT_OK = new InputCheck(100).evaluate(true, null, "text");

  @Test
  void keptWhenNoRuleRejects() {
    CurationOutcome outcome = CurationOutcome.decide(INPUT_OK, RULES, Map.of(
        "quality", Verdict.pass("quality", ""), "pii", Verdict.pass("pii", ""),
        "near-dup", Verdict.pass("near-dup", ""), "judge", Verdict.pass("judge", 5, "")), "text");

    assertThat(outcome.kept()).isTrue();
    assertThat(outcome.rejectedBy()).isNull();
    assertThat(outcome.verdicts()).extracting(Verdict::rule)
        .containsExactly("input", "quality", "pii", "near-dup", "judge");
  }

  @Test
  void theFirstRejectionInConfiguredOrderIsTheReason() {
    CurationOutcome outcome = CurationOutcome.decide(INPUT_OK, RULES, Map.of(
        "judge", Verdict.reject("judge", "judge_score_too_low", 1, ""),
        "near-dup", Verdict.reject("near-dup", "near_duplicate", ""),
        "quality", Verdict.pass("quality", ""), "pii", Verdict.pass("pii", "")), "text");

    assertThat(outcome.kept()).isFalse();
    assertThat(outcome.rejectedBy()).isEqualTo("near-dup");
    assertThat(outcome.rejectReason()).isEqualTo("near_duplicate");
  }

  @Test
  void aFailedInputIsTheReasonBeforeAnyRule() {
    Verdict failed = new InputCheck(100).evaluate(false, "TIMEOUT", null);
    CurationOutcome outcome = CurationOutcome.decide(failed, List.of("quality"),
        Map.of("quality", Verdict.reject("quality", "too_few_words", "")), null);

    assertThat(outcome.rejectedBy()).isEqualTo("input");
    assertThat(outcome.rejectReason()).isEqualTo("generation_failed");
    assertThat(outcome.text()).isEmpty();
  }

  @Test
  void aRewriteGivesTheCuratedText() {
    CurationOutcome outcome = CurationOutcome.decide(INPUT_OK, List.of("pii"),
        Map.of("pii", Verdict.rewrite("pii", "mail [EMAIL]", 1, "email")), "mail a@b.io");

    assertThat(outcome.kept()).isTrue();
    assertThat(outcome.text()).isEqualTo("mail [EMAIL]");
  }

  @Test
  void aMissingVerdictIsAnError() {
    assertThatThrownBy(() -> CurationOutcome.decide(INPUT_OK, RULES, Map.of(), "x"))
        .hasMessageContaining("no verdict of rule 'quality'");
  }

  @Test
  void rejectedBeforeLooksOnlyAtEarlierRules() {
    Map<String, Verdict> known = Map.of("quality", Verdict.pass("quality", ""),
        "near-dup", Verdict.reject("near-dup", "near_duplicate", ""));

    assertThat(CurationOutcome.rejectedBefore("pii", INPUT_OK, RULES, known)).isEmpty();
    assertThat(CurationOutcome.rejectedBefore("judge", INPUT_OK, RULES, known))
        .hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo("near-dup"));
    assertThat(CurationOutcome.skipped("judge", known.get("near-dup")).detail())
        .isEqualTo("rejected earlier by near-dup (near_duplicate)");
    assertThatThrownBy(() -> CurationOutcome.rejectedBefore("novelty", INPUT_OK, RULES, known))
        .hasMessageContaining("not configured");
  }
}
