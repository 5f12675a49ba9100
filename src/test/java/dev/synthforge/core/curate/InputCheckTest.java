package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputCheckTest {

  private final InputCheck check = new InputCheck(10);

  @Test
  void passesSucceededRowsUpToTheLimit() {
    assertThat(check.evaluate(true, null, "0123456789").passed()).isTrue();
    assertThat(check.evaluate(true, null, null).passed()).isTrue();
  }

  @Test
  void rejectsFailedCallsAndHugeTexts() {
    Verdict failed = check.evaluate(false, "RATE_LIMITED", null);
    Verdict huge = check.evaluate(true, null, "01234567890");

    assertThat(failed.reason()).isEqualTo(InputCheck.GENERATION_FAILED);
    assertThat(failed.detail()).contains("RATE_LIMITED");
    assertThat(huge.reason()).isEqualTo(InputCheck.TEXT_TOO_LONG);
    assertThat(huge.score()).isEqualTo(11);
    assertThat(check.reasonCodes()).contains(failed.reason(), huge.reason());
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new InputCheck(0)).hasMessageContaining("maxTextChars must be >= 1");
  }
}
