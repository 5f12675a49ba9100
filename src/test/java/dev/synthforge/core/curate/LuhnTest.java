package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LuhnTest {

  @Test
  void acceptsKnownValidNumbers() {
    assertThat(Luhn.valid("79927398713")).isTrue();
    assertThat(Luhn.valid("4111111111111111")).isTrue(); // Visa test number
    assertThat(Luhn.valid("5555555555554444")).isTrue(); // Mastercard test number
    assertThat(Luhn.valid("378282246310005")).isTrue(); // American Express test number
    assertThat(Luhn.valid("6011111111111117")).isTrue(); // Discover test number
    assertThat(Luhn.valid("2223003122003222")).isTrue(); // Mastercard 2-series test number
  }

  @Test
  void rejectsNumbersWithAWrongCheckDigit() {
    assertThat(Luhn.valid("79927398710")).isFalse();
    assertThat(Luhn.valid("4111111111111112")).isFalse();
    assertThat(Luhn.valid("5555555555554440")).isFalse();
    assertThat(Luhn.valid("378282246310006")).isFalse();
  }

  @Test
  void rejectsTransposedDigits() {
    assertThat(Luhn.valid("4111111111111111")).isTrue();
    assertThat(Luhn.valid("1411111111111111")).isFalse();
  }

  @Test
  void rejectsEmptyAndNonDigitText() {
    assertThat(Luhn.valid("")).isFalse();
    assertThat(Luhn.valid("4111 1111 1111 1111")).isFalse();
    assertThat(Luhn.valid("41x1")).isFalse();
  }
}
