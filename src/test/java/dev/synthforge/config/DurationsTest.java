package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void readsEveryUnit() {
    assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Durations.parse("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Durations.parse("1d")).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void bareNumberAsksForAUnit() {
    assertThatThrownBy(() -> Durations.parse("30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("add a unit (ms, s, m, h or d), e.g. '30s'");
    assertThatThrownBy(() -> Durations.parse("-1s"))
        .hasMessage(
            "must be a whole number and a unit (ms, s, m, h or d), e.g. '500ms', '30s', '5m'");
    assertThatThrownBy(() -> Durations.parse("99999999999999999999d"))
        .hasMessage("is too long a duration");
  }

  @Test
  void formatsInTheLargestExactUnit() {
    assertThat(Durations.format(Duration.ofMinutes(120))).isEqualTo("2h");
    assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
    assertThat(Durations.format(Duration.ZERO)).isEqualTo("0ms");
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
  }
}
