package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.curate.JudgeSignals.Signal;
import org.junit.jupiter.api.Test;

class JudgeSignalsTest {

  @Test
  void qualityIsTheProductAndTheWeakestIsTheLowest() {
    JudgeSignals signals = new JudgeSignals(0.5, 0.8, 0.4, 1);

    assertThat(signals.quality()).isEqualTo(0.5 * 0.8 * 0.4);
    assertThat(signals.weakest()).isEqualTo(Signal.VARIETY);
    assertThat(signals.value(Signal.RELEVANCE)).isEqualTo(0.8);
    assertThat(signals.summary()).isEqualTo("fluency 0.50, relevance 0.80, variety 0.40, length 1.00");
  }

  @Test
  void tiesGoToTheFirstSignalInOrder() {
    assertThat(new JudgeSignals(0, 0, 1, 0).weakest()).isEqualTo(Signal.LENGTH);
    assertThat(new JudgeSignals(0.3, 0.3, 0.3, 1).weakest()).isEqualTo(Signal.VARIETY);
    assertThat(new JudgeSignals(1, 1, 1, 1).weakest()).isEqualTo(Signal.LENGTH);
  }

  @Test
  void rejectsSignalsOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new JudgeSignals(1, 1.5, 1, 1))
        .hasMessage("Cannot create judge signals: relevance must be within [0, 1], got 1.5");
    assertThatThrownBy(() -> new JudgeSignals(Double.NaN, 1, 1, 1))
        .hasMessage("Cannot create judge signals: fluency must be within [0, 1], got NaN");
  }
}
