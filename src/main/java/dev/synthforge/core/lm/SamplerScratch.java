package dev.synthforge.core.lm;

import java.util.Arrays;

/**
 * Reusable working memory of one sampling call: a sparse next-token distribution over the
 * candidates of the current step, marked by an epoch stamp so that clearing it costs nothing.
 */
final class SamplerScratch {

  final double[] probability;
  final int[] candidates;
  final long[] sortKeys;
  final int[] nucleusWords;
  final double[] nucleusWeights;
  int size;
  private final int[] stamp;
  private int epoch;

  SamplerScratch(int vocabularySize) {
    probability = new double[vocabularySize];
    candidates = new int[vocabularySize];
    sortKeys = new long[vocabularySize];
    nucleusWords = new int[vocabularySize];
    nucleusWeights = new double[vocabularySize];
    stamp = new int[vocabularySize];
  }

  void clear() {
    if (++epoch == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      epoch = 1;
    }
    size = 0;
  }

  void add(int word, double mass) {
    if (stamp[word] != epoch) {
      stamp[word] = epoch;
      probability[word] = 0;
      candidates[size++] = word;
    }
    probability[word] += mass;
  }

  boolean contains(int word) {
    return stamp[word] == epoch;
  }
}
