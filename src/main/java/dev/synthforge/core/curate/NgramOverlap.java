package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Word n-grams for decontamination, as in the GPT-3 paper: lower-cased, punctuation-free words
 * ({@link Words#forMatching}), in runs of {@link #ngramWords()} (13 by default), each hashed to a
 * stable 64-bit value. A generated text that shares one n-gram hash with an evaluation text is
 * contaminated; see {@link ContaminationIndex}.
 */
public final class NgramOverlap implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The n-gram length of the GPT-3 paper's decontamination (REFERENCES.md). */
  public static final int DEFAULT_NGRAM_WORDS = 13;

  private final int ngramWords;

  public NgramOverlap(int ngramWords) {
    if (ngramWords < 1) {
      throw new IllegalArgumentException(
          "Cannot create n-gram overlap: n-grams need at least 1 word, got " + ngramWords);
    }
    this.ngramWords = ngramWords;
  }

  /** Overlap of 13-word n-grams. */
  public static NgramOverlap defaults() {
    return new NgramOverlap(DEFAULT_NGRAM_WORDS);
  }

  public int ngramWords() {
    return ngramWords;
  }

  /**
   * The distinct hashes of the n-grams of {@code text}, ascending; empty when the text has fewer
   * than {@link #ngramWords()} words.
   */
  public long[] ngramHashes(String text) {
    List<String> words = Words.forMatching(text);
    int count = Math.max(words.size() - ngramWords + 1, 0);
    long[] hashes = new long[count];
    for (int start = 0; start < count; start++) {
      hashes[start] = WordHashes.of(words, start, start + ngramWords);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }
}
