package dev.synthforge.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {

  @Test
  void sha256IsLowerCaseHex() {
    assertThat(Hashes.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(Hashes.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Hashes.sha256("é")).isEqualTo(Hashes.sha256("é".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fieldsCannotCollideByMovingText() {
    assertThat(Hashes.sha256OfFields("ab", "c")).isNotEqualTo(Hashes.sha256OfFields("a", "bc"));
    assertThat(Hashes.sha256OfFields("1:a")).isNotEqualTo(Hashes.sha256OfFields("1", "a"));
  }

  @Test
  void nullDiffersFromEmpty() {
    assertThat(Hashes.sha256OfFields("a", null)).isNotEqualTo(Hashes.sha256OfFields("a", ""));
    assertThat(Hashes.sha256OfFields("a", null)).isNotEqualTo(Hashes.sha256OfFields("a"));
  }

  @Test
  void fieldHashIsStable() {
    assertThat(Hashes.sha256OfFields("a", "b")).isEqualTo(Hashes.sha256("1:a1:b"));
  }
}
