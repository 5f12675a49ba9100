package dev.synthforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicksTest {

  @Test
  void roundStepsCoverTheRange() {
    Ticks ticks = Ticks.covering(0, 0.69, 8);

    assertThat(ticks.step()).isEqualTo(0.1);
    assertThat(ticks.values()).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7);
    assertThat(ticks.labels()).containsExactly("0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6",
        "0.7");
  }

  @Test
  void neverMoreTicksThanAsked() {
    for (int count = 2; count < 12; count++) {
      Ticks ticks = Ticks.covering(-3.7, 1234.5, count);
      assertThat(ticks.values()).hasSizeLessThanOrEqualTo(Math.max(3, count));
      assertThat(ticks.lower()).isLessThanOrEqualTo(-3.7);
      assertThat(ticks.upper()).isGreaterThanOrEqualTo(1234.5);
    }
  }

  @Test
  void rangesAcrossZeroKeepZeroAsATick() {
    Ticks ticks = Ticks.covering(-3.7, 1234.5, 2);

    assertThat(ticks.values()).containsExactly(-2000.0, 0.0, 2000.0);
  }

  @Test
  void minimumStepKeepsWholeNumberAxesWhole() {
    Ticks ticks = Ticks.covering(0, 5, 12, 1);

    assertThat(ticks.values()).containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0);
    assertThat(ticks.labels()).containsExactly("0", "1", "2", "3", "4", "5");
  }

  @Test
  void aSingleValueGetsARange() {
    assertThat(Ticks.covering(0, 0, 5).upper()).isGreaterThan(0);
    Ticks ticks = Ticks.covering(7, 7, 5);
    assertThat(ticks.lower()).isLessThan(7);
    assertThat(ticks.upper()).isGreaterThan(7);
  }

  @Test
  void largeTicksUseThousandsSeparatorsThenSuffixes() {
    assertThat(Ticks.covering(0, 2000, 5).labels()).containsExactly("0", "500", "1,000", "1,500",
        "2,000");
    assertThat(Ticks.covering(0, 3_000_000, 4).labels()).containsExactly("0", "1M", "2M", "3M");
  }

  @Test
  void badRangesAreRejected() {
    assertThatThrownBy(() -> Ticks.covering(1, Double.NaN, 5))
        .hasMessage("Cannot compute ticks: range [1.0, NaN] is not a finite range");
  }

  @Test
  void valuesReadAsPeopleWriteThem() {
    assertThat(NumberFormats.value(0.41234)).isEqualTo("0.412");
    assertThat(NumberFormats.value(1.2)).isEqualTo("1.2");
    assertThat(NumberFormats.value(12.345)).isEqualTo("12.3");
    assertThat(NumberFormats.value(12480)).isEqualTo("12,480");
    assertThat(NumberFormats.value(1234.5)).isEqualTo("1,235");
    assertThat(NumberFormats.value(0.00042)).isEqualTo("0.00042");
    assertThat(NumberFormats.value(0.0000042)).isEqualTo("4.20e-06");
    assertThat(NumberFormats.value(-0.0)).isEqualTo("0");
    assertThat(NumberFormats.value(Double.NaN)).isEqualTo("n/a");
  }
}
