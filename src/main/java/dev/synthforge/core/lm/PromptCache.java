package dev.synthforge.core.lm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unigram distribution of a prompt's words, restricted to words the model knows: mixed into
 * each next-token distribution, it makes a sample reuse the prompt's words.
 */
final class PromptCache {

  final int[] words;
  final double[] shares;
  /** One over each word's unigram probability, to measure how much a context lifts it. */
  final double[] inverseUnigram;

  private PromptCache(int[] words, double[] shares, double[] inverseUnigram) {
    this.words = words;
    this.shares = shares;
    this.inverseUnigram = inverseUnigram;
  }

  static PromptCache of(String prompt, Map<String, Integer> ids, NgramTables tables) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    int total = 0;
    for (String token : WordTokenizer.tokenize(prompt)) {
      Integer id = ids.get(token);
      if (id != null) {
        counts.merge(id, 1, Integer::sum);
        total++;
      }
    }
    if (total > 0) {
      // The prompt is a sequence too: its end counts, so a sample ends where endings fit.
      counts.put(NgramModel.END, 1);
      total++;
    }
    int[] words = new int[counts.size()];
    double[] shares = new double[counts.size()];
    double[] inverseUnigram = new double[counts.size()];
    int index = 0;
    for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
      words[index] = entry.getKey();
      shares[index] = entry.getValue() / (double) total;
      inverseUnigram[index] = tables.totals[0] / (double) tables.unigramCounts[words[index]];
      index++;
    }
    return new PromptCache(words, shares, inverseUnigram);
  }

  boolean isEmpty() {
    return words.length == 0;
  }
}
