package dev.synthforge.core.metrics.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.lm.SeededRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompressionRatioTest {

  @Test
  void countsWholeBlocksOnly() {
    // 7,000 texts of 9 bytes plus a newline: 70,000 bytes, two whole 32,000-byte blocks.
    List<String> texts = Collections.nCopies(7000, "abcdefghi");
    CompressionRatio ratio = CompressionRatio.of(texts, 1);
    assertThat(ratio.blocks()).isEqualTo(2);
    assertThat(ratio.rawBytes()).isEqualTo(64_000);
    assertThat(ratio.value()).isEqualTo(64_000.0 / ratio.compressedBytes());
  }

  @Test
  void aSampleShorterThanOneBlockIsTheOnlyBlock() {
    // 100 x (9 + 1) bytes.
    CompressionRatio ratio = CompressionRatio.of(Collections.nCopies(100, "abcdefghi"), 1);
    assertThat(ratio.blocks()).isEqualTo(1);
    assertThat(ratio.rawBytes()).isEqualTo(1000);
    assertThat(CompressionRatio.of(List.of(), 1)).isEqualTo(new CompressionRatio(0, 0, 0));
    assertThat(CompressionRatio.of(List.of(), 1).value()).isZero();
  }

  @Test
  void repetitiveTextCompressesFarBetterThanRandomText() {
    List<String> repetitive = Collections.nCopies(5000, "The hotel was clean and the staff kind.");
    List<String> random = new ArrayList<>();
    SeededRandom letters = new SeededRandom(3);
    for (int index = 0; index < 3000; index++) {
      random.add(randomLetters(letters, 40));
    }
    assertThat(CompressionRatio.of(repetitive, 1).value()).isGreaterThan(20);
    assertThat(CompressionRatio.of(random, 1).value()).isBetween(1.3, 2.0);
  }

  @Test
  void theOrderGivenDoesNotMatter() {
    List<String> texts = new ArrayList<>();
    SeededRandom letters = new SeededRandom(5);
    for (int index = 0; index < 2000; index++) {
      texts.add(randomLetters(letters, 5 + index % 50) + " common phrase " + index % 7);
    }
    CompressionRatio forward = CompressionRatio.of(texts, 8);
    Collections.reverse(texts);
    assertThat(CompressionRatio.of(texts, 8)).isEqualTo(forward);
  }

  @Test
  void seesRepeatsWithinABlockButNotAcrossBlocks() {
    // The documented limitation: a duplicate in the same block halves the compressed size; a
    // 40 KB document and its copy span blocks, and the copy goes unseen.
    SeededRandom letters = new SeededRandom(7);
    String tenKilobytes = randomLetters(letters, 10_000);
    String fortyKilobytes = randomLetters(letters, 40_000);
    double single = CompressionRatio.of(List.of(tenKilobytes), 1).value();
    double duplicatedInBlock = CompressionRatio.of(List.of(tenKilobytes, tenKilobytes), 1).value();
    double duplicatedAcrossBlocks =
        CompressionRatio.of(List.of(fortyKilobytes, fortyKilobytes), 1).value();

    assertThat(duplicatedInBlock).isGreaterThan(1.8 * single);
    assertThat(duplicatedAcrossBlocks).isLessThan(1.1 * single);
  }

  private static String randomLetters(SeededRandom random, int length) {
    StringBuilder text = new StringBuilder(length);
    for (int index = 0; index < length; index++) {
      text.append((char) ('a' + (int) (random.nextDouble() * 26)));
    }
    return text.toString();
  }
}
