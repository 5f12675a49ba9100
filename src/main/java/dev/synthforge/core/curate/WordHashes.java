package dev.synthforge.core.curate;

import dev.synthforge.core.lm.SeededRandom;
import java.util.List;

/** Stable 64-bit hashes of word sequences, the same on every JVM. */
final class WordHashes {

  private WordHashes() {}

  /** The hash of {@code words[from, to)} joined by single spaces. */
  static long of(List<String> words, int from, int to) {
    return SeededRandom.hash(String.join(" ", words.subList(from, to)));
  }
}
