package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PiiRuleTest {

  private static final String TEXT =
      "Reach jane@example.com or +44 20 7946 0958; key AKIAIOSFODNN7EXAMPLE.";

  @Test
  void flagModeRejectsWithTheHighestPriorityKindAndNoFoundText() {
    Verdict verdict = new PiiRule().evaluate(CurationInput.freeText(TEXT, "stop"));

    assertThat(verdict.reason()).isEqualTo("secret");
    assertThat(verdict.score()).isEqualTo(3.0);
    assertThat(verdict.detail()).isEqualTo("found 1 secret, 1 pii_email, 1 pii_phone");
    assertThat(verdict.detail()).doesNotContain("jane").doesNotContain("AKIA");
  }

  @Test
  void maskModePassesWithTheMaskedText() {
    Verdict verdict = new PiiRule(PiiMode.MASK, EnumSet.allOf(PiiKind.class))
        .evaluate(CurationInput.freeText(TEXT, "stop"));

    assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.PASSED);
    assertThat(verdict.replacement()).contains("Reach [EMAIL] or [PHONE]; key [SECRET].");
    assertThat(verdict.detail()).isEqualTo("masked 1 secret, 1 pii_email, 1 pii_phone");
  }

  @Test
  void cleanTextPassesWithoutReplacement() {
    for (PiiMode mode : PiiMode.values()) {
      Verdict verdict = new PiiRule(mode, EnumSet.allOf(PiiKind.class))
          .evaluate(CurationInput.freeText("The meeting is at 10 in room 2024.", null));
      assertThat(verdict.passed()).isTrue();
      assertThat(verdict.replacement()).isEmpty();
      assertThat(verdict.score()).isZero();
    }
  }

  @Test
  void onlyTheChosenKindsCount() {
    PiiRule emailsOnly = new PiiRule(PiiMode.FLAG, EnumSet.of(PiiKind.EMAIL));

    assertThat(emailsOnly.evaluate(CurationInput.freeText("Call 555-123-4567", null)).passed())
        .isTrue();
    assertThat(emailsOnly.evaluate(CurationInput.freeText(TEXT, null)).reason())
        .isEqualTo("pii_email");
    assertThat(emailsOnly.reasonCodes()).containsExactly("pii_email");
  }

  @Test
  void structuredOutputIsScannedToo() {
    Verdict verdict = new PiiRule().evaluate(
        CurationInput.structured("{\"contact\": \"bob@example.org\"}", "stop", "{}"));

    assertThat(verdict.reason()).isEqualTo("pii_email");
  }

  @Test
  void needsAtLeastOneKind() {
    assertThatThrownBy(() -> new PiiRule(PiiMode.FLAG, EnumSet.noneOf(PiiKind.class)))
        .hasMessage("Cannot create PII rule: no kinds of data to find");
  }
}
