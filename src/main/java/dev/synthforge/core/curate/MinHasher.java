package dev.synthforge.core.curate;

import dev.synthforge.core.lm.SeededRandom;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * MinHash signatures of texts over word shingles, and their LSH band keys.
 *
 * <p>Shingles are the word n-grams ({@link #shingleWords()}, 5 by default) of {@link
 * Words#forMatching}: normalised, punctuation-free words. A text with fewer words than that is one
 * shingle of all its words, and a text without words is the one empty shingle, so every text has
 * a signature, and two short texts match only when their words are equal. Each shingle is hashed
 * to 64 bits; hash function i maps it to {@code mix(shingle ^ salt_i)}, with a bijective mixer
 * and salts drawn from the seed, and the signature holds the minimum of each function. Equal
 * parameters and seed give equal signatures on every JVM, so signatures and band keys can be
 * computed anywhere and compared.
 */
public final class MinHasher implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  public static final int DEFAULT_SHINGLE_WORDS = 5;
  public static final long DEFAULT_SEED = 1L;

  private final LshParameters parameters;
  private final int shingleWords;
  private final long seed;
  private final long[] salts;

  public MinHasher(LshParameters parameters, int shingleWords, long seed) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    if (shingleWords < 1) {
      throw new IllegalArgumentException(
          "Cannot create MinHasher: shingles need at least 1 word, got " + shingleWords);
    }
    this.shingleWords = shingleWords;
    this.seed = seed;
    this.salts = new long[parameters.hashCount()];
    SeededRandom random = new SeededRandom(seed);
    Arrays.setAll(salts, index -> random.nextLong());
  }

  /** {@link LshParameters#defaults()}, 5-word shingles, {@link #DEFAULT_SEED}. */
  public static MinHasher defaults() {
    return new MinHasher(LshParameters.defaults(), DEFAULT_SHINGLE_WORDS, DEFAULT_SEED);
  }

  public LshParameters parameters() {
    return parameters;
  }

  public int shingleWords() {
    return shingleWords;
  }

  public long seed() {
    return seed;
  }

  /** The distinct 64-bit hashes of the shingles of {@code text}, ascending; never empty. */
  public long[] shingles(String text) {
    List<String> words = Words.forMatching(text);
    int n = Math.min(shingleWords, Math.max(words.size(), 1));
    long[] hashes = new long[Math.max(words.size() - n + 1, 1)];
    for (int start = 0; start < hashes.length; start++) {
      hashes[start] = WordHashes.of(words, start, Math.min(start + n, words.size()));
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** The MinHash signature of {@code text}: {@link LshParameters#hashCount()} values. */
  public long[] signature(String text) {
    long[] shingles = shingles(text);
    long[] signature = new long[salts.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int index = 0; index < salts.length; index++) {
        long hash = SeededRandom.mix(shingle ^ salts[index]);
        if (hash < signature[index]) {
          signature[index] = hash;
        }
      }
    }
    return signature;
  }

  /**
   * One key per band: a hash of the band's index and its rows. The index is mixed in, so keys of
   * different bands never meet, and texts sharing any key form a candidate pair.
   */
  public long[] bandKeys(long[] signature) {
    if (signature.length != parameters.hashCount()) {
      throw new IllegalArgumentException("Cannot compute band keys: the signature has "
          + signature.length + " values, these parameters need " + parameters.hashCount());
    }
    long[] keys = new long[parameters.bands()];
    for (int band = 0; band < keys.length; band++) {
      long key = SeededRandom.mix((band + 1) * GOLDEN_GAMMA);
      for (int row = 0; row < parameters.rows(); row++) {
        key = SeededRandom.mix(key ^ signature[band * parameters.rows() + row]);
      }
      keys[band] = key;
    }
    return keys;
  }

  /** The share of positions where two signatures agree: an estimate of Jaccard similarity. */
  public static double estimatedJaccard(long[] first, long[] second) {
    if (first.length != second.length || first.length == 0) {
      throw new IllegalArgumentException("Cannot compare MinHash signatures: lengths "
          + first.length + " and " + second.length + " differ or are 0");
    }
    int equal = 0;
    for (int index = 0; index < first.length; index++) {
      equal += first[index] == second[index] ? 1 : 0;
    }
    return (double) equal / first.length;
  }

  /** The Jaccard similarity of the shingle sets of two texts, as the signatures estimate it. */
  public double exactJaccard(String first, String second) {
    long[] left = shingles(first);
    long[] right = shingles(second);
    int common = 0;
    for (int i = 0, j = 0; i < left.length && j < right.length; ) {
      if (left[i] == right[j]) {
        common++;
        i++;
        j++;
      } else if (left[i] < right[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (left.length + right.length - common);
  }
}
