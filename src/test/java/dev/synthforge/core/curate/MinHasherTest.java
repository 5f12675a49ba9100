package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.lm.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHasherTest {

  private static final MinHasher HASHER = MinHasher.defaults();

  @Test
  void shinglesAreFiveWordRunsOfMatchingWords() {
    assertThat(HASHER.shingles("one two three four five six seven")).hasSize(3);
    assertThat(HASHER.shingles("Hello, World! How are you?"))
        .containsExactly(HASHER.shingles("hello world how are you"));
    assertThat(HASHER.shingles("a b a b a b a b")).hasSize(2); // distinct only
  }

  @Test
  void shortTextsAreOneShingleOfAllTheirWords() {
    assertThat(HASHER.shingles("just three words")).hasSize(1);
    assertThat(HASHER.shingles("one")).hasSize(1);
    assertThat(HASHER.shingles("")).hasSize(1).containsExactly(HASHER.shingles("  ...  "));
    assertThat(HASHER.exactJaccard("just three words", "just three words")).isEqualTo(1.0);
    assertThat(HASHER.exactJaccard("just three words", "just three birds")).isZero();
  }

  @Test
  void exactJaccardMatchesAHandComputedExample() {
    // {abcde, bcdef} and {abcde, bcdeg} share one of three shingles.
    assertThat(HASHER.exactJaccard("a b c d e f", "a b c d e g")).isEqualTo(1.0 / 3);
    assertThat(HASHER.exactJaccard("a b c d e f", "f e d c b a")).isZero();
  }

  @Test
  void identicalAndEquivalentTextsShareEveryBandKey() {
    String text = "The quick brown fox jumps over the lazy dog near the river bank";
    String variant = "  THE quick brown fox, jumps over the lazy dog — near the river bank!";
    long[] signature = HASHER.signature(text);

    assertThat(signature).hasSize(112);
    assertThat(HASHER.signature(variant)).isEqualTo(signature);
    assertThat(HASHER.bandKeys(HASHER.signature(variant))).isEqualTo(HASHER.bandKeys(signature));
    assertThat(MinHasher.estimatedJaccard(signature, HASHER.signature(variant))).isEqualTo(1.0);
    assertThat(HASHER.signature("ｔｅｓｔ ｔｅｘｔ")).isEqualTo(HASHER.signature("Test text"));
  }

  @Test
  void signaturesAreDeterministicForASeed() {
    String text = "Signatures must not change between runs or machines for the same seed";
    MinHasher again = new MinHasher(LshParameters.defaults(), 5, MinHasher.DEFAULT_SEED);
    MinHasher otherSeed = new MinHasher(LshParameters.defaults(), 5, 7);

    assertThat(again.signature(text)).isEqualTo(HASHER.signature(text));
    assertThat(otherSeed.signature(text)).isNotEqualTo(HASHER.signature(text));
    // Pinned values: a change here changes every stored signature and band key.
    assertThat(HASHER.shingles("a b c d e")).containsExactly(SeededRandom.hash("a b c d e"));
    assertThat(HASHER.signature(text)[0]).isEqualTo(PINNED_FIRST_VALUE);
    assertThat(HASHER.bandKeys(HASHER.signature(text))[13]).isEqualTo(PINNED_LAST_BAND_KEY);
  }

  private static final long PINNED_FIRST_VALUE = -8486805828059310690L;
  private static final long PINNED_LAST_BAND_KEY = 9172983256031484739L;

  @Test
  void bandIndexIsMixedIntoItsKey() {
    long[] constant = new long[112];
    Arrays.fill(constant, 42L);

    assertThat(Arrays.stream(HASHER.bandKeys(constant)).distinct().count()).isEqualTo(14);
  }

  @Test
  void estimatedJaccardTracksExactJaccardOverRandomPairs() {
    List<String[]> pairs = randomPairs(200, 20240611L);
    int[] buckets = new int[4];
    double totalError = 0;
    double maxError = 0;
    for (String[] pair : pairs) {
      double exact = HASHER.exactJaccard(pair[0], pair[1]);
      double estimate =
          MinHasher.estimatedJaccard(HASHER.signature(pair[0]), HASHER.signature(pair[1]));
      buckets[Math.min((int) (exact * 4), 3)]++;
      totalError += Math.abs(estimate - exact);
      maxError = Math.max(maxError, Math.abs(estimate - exact));
    }
    // The pairs span the similarity range.
    assertThat(Arrays.stream(buckets).min().orElseThrow()).as(Arrays.toString(buckets))
        .isGreaterThanOrEqualTo(20);
    // With 112 hashes the standard error of one estimate is at most 0.047.
    assertThat(totalError / pairs.size()).isLessThan(0.03);
    assertThat(maxError).isLessThan(0.15);
  }

  @Test
  void candidateRateFollowsTheBandingCurve() {
    List<String[]> pairs = randomPairs(200, 77L);
    double expected = 0;
    double variance = 0;
    int observed = 0;
    for (String[] pair : pairs) {
      double probability = LshParameters.defaults()
          .candidateProbability(HASHER.exactJaccard(pair[0], pair[1]));
      expected += probability;
      variance += probability * (1 - probability);
      long[] first = HASHER.bandKeys(HASHER.signature(pair[0]));
      long[] second = HASHER.bandKeys(HASHER.signature(pair[1]));
      boolean candidate = false;
      for (int band = 0; band < first.length; band++) {
        candidate |= first[band] == second[band];
      }
      observed += candidate ? 1 : 0;
    }
    assertThat(Math.abs(observed - expected)).isLessThan(4 * Math.sqrt(variance) + 2);
  }

  @Test
  void rejectsMismatchedSignatures() {
    assertThatThrownBy(() -> MinHasher.estimatedJaccard(new long[3], new long[4]))
        .hasMessage("Cannot compare MinHash signatures: lengths 3 and 4 differ or are 0");
    assertThatThrownBy(() -> HASHER.bandKeys(new long[10]))
        .hasMessage("Cannot compute band keys: the signature has 10 values, these parameters"
            + " need 112");
    assertThatThrownBy(() -> new MinHasher(LshParameters.defaults(), 0, 1))
        .hasMessage("Cannot create MinHasher: shingles need at least 1 word, got 0");
  }

  /**
   * Pairs of random texts of 40 to 80 words, the second a copy of the first with a random share
   * (0 to 100%) of its words replaced, so that similarities spread over [0, 1].
   */
  static List<String[]> randomPairs(int count, long seed) {
    SeededRandom random = new SeededRandom(seed);
    List<String> vocabulary = QualityRuleTest.uniqueWords(5_000);
    List<String[]> pairs = new ArrayList<>();
    for (int index = 0; index < count; index++) {
      int length = 40 + (int) (random.nextDouble() * 41);
      List<String> words = new ArrayList<>();
      for (int position = 0; position < length; position++) {
        words.add(vocabulary.get((int) (random.nextDouble() * vocabulary.size())));
      }
      // Squaring spreads the mutated share so that high similarities are well represented.
      double share = Math.pow(random.nextDouble(), 2);
      List<String> mutated = new ArrayList<>(words);
      for (int position = 0; position < length; position++) {
        if (random.nextDouble() < share) {
          mutated.set(position, vocabulary.get((int) (random.nextDouble() * vocabulary.size())));
        }
      }
      pairs.add(new String[] {String.join(" ", words), String.join(" ", mutated)});
    }
    return pairs;
  }
}
