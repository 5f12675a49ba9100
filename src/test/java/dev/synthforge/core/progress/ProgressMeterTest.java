package dev.synthforge.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
  private static final long START = 1_000_000_000L;

  private static long at(long seconds) {
    return START + TimeUnit.SECONDS.toNanos(seconds);
  }

  @Test
  void linesShowDoneRatesFailuresRetriesAndTimeLeft() {
    ProgressMeter meter = new ProgressMeter("generate r1", 1_000, START);

    String first = meter.line(new ProgressCounts(100, 2, 5, 20_000), at(10));
    assertThat(first).isEqualTo(
        "generate r1: 100/1,000 (10.0%)  10.0 samples/s  2,000 tok/s  failures 2  retries 5  ETA 1m 30s");

    // Rates cover the last window only; the time left uses the average since the start.
    String second = meter.line(new ProgressCounts(500, 3, 5, 60_000), at(20));
    assertThat(second).isEqualTo(
        "generate r1: 500/1,000 (50.0%)  40.0 samples/s  4,000 tok/s  failures 3  retries 5  ETA 20s");
  }

  @Test
  void timeLeftIsUnknownBeforeTheFirstAnswerAndZeroAtTheEnd() {
    ProgressMeter meter = new ProgressMeter("judge", 10, START);
    assertThat(meter.line(ProgressCounts.ZERO, at(10))).endsWith("ETA unknown").contains("0/10 (0.0%)");
    assertThat(meter.line(new ProgressCounts(10, 0, 0, 0), at(12))).endsWith("ETA 0s").contains("10/10 (100.0%)");
  }

  @Test
  void countsBeyondTheTotalAreShownAsTheTotal() {
    // A heartbeat can report a finished task's counts once more before its end is seen.
    ProgressMeter meter = new ProgressMeter("generate", 10, START);
    assertThat(meter.line(new ProgressCounts(12, 0, 0, 0), at(1))).contains("10/10 (100.0%)");
  }

  @Test
  void longRunsShowHoursAndMinutes() {
    assertThat(ProgressMeter.duration(45)).isEqualTo("45s");
    assertThat(ProgressMeter.duration(185)).isEqualTo("3m 05s");
    assertThat(ProgressMeter.duration(7_620)).isEqualTo("2h 07m");
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new ProgressCounts(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProgressMeter("x", -1, START)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsAdd() {
    assertThat(new ProgressCounts(1, 2, 3, 4).plus(new ProgressCounts(10, 20, 30, 40)))
        .isEqualTo(new ProgressCounts(11, 22, 33, 44));
  }
}
