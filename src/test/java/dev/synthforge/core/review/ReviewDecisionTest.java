package dev.synthforge.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewDecisionTest {
  private static final CurationOutcome REJECTED = new CurationOutcome(
      List.of(Verdict.pass("input", ""), Verdict.reject("quality", "too_few_words", "2 words")),
      false, "quality", "too_few_words", "Hi there.");

  @Test
  void theReviewIsTheFinalWordAndTheRulesVerdictsStay() {
    CurationOutcome accepted = ReviewDecision.apply(REJECTED, ReviewAction.ACCEPT, null, "ana");
    assertThat(accepted.kept()).isTrue();
    assertThat(accepted.rejectedBy()).isNull();
    assertThat(accepted.text()).isEqualTo("Hi there.");
    assertThat(accepted.verdicts()).extracting(Verdict::rule).containsExactly("input", "quality", "review");

    CurationOutcome edited = ReviewDecision.apply(REJECTED, ReviewAction.EDIT, "Hello there, friend.", "ana");
    assertThat(edited.kept()).isTrue();
    assertThat(edited.text()).isEqualTo("Hello there, friend.");
    assertThat(edited.verdicts().get(2).detail()).isEqualTo("edited by ana");

    CurationOutcome kept = new CurationOutcome(List.of(Verdict.pass("input", "")), true, null, null, "Fine.");
    CurationOutcome rejected = ReviewDecision.apply(kept, ReviewAction.REJECT, null, "bo");
    assertThat(rejected.kept()).isFalse();
    assertThat(rejected.rejectedBy()).isEqualTo("review");
    assertThat(rejected.rejectReason()).isEqualTo("human_reject");
  }

  @Test
  void theRulesOutcomeIsRecoveredFromAReviewedRow() {
    CurationOutcome edited = ReviewDecision.apply(REJECTED, ReviewAction.EDIT, "Hello there, friend.", "ana");

    CurationOutcome automatic = ReviewDecision.automatic(edited.verdicts(), "Hi there.");

    assertThat(automatic).isEqualTo(REJECTED);
  }
}
