package dev.synthforge.core.lm;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scores tokens under the smoothed distribution of an {@link NgramModel}: interpolated
 * Witten-Bell from the longest seen context down to the unigram distribution, the distribution
 * the model samples from at temperature 1 without a prompt. Stateless; safe to share.
 */
final class NgramScorer {

  private static final double LN_2 = Math.log(2);

  private final NgramTables tables;
  private final Map<String, Integer> ids;

  NgramScorer(NgramTables tables, Map<String, Integer> ids) {
    this.tables = tables;
    this.ids = ids;
  }

  /** The likelihood of {@code text}, read as a fitted text is: its tokens, then its end. */
  TextLikelihood score(String text) {
    List<String> tokens = WordTokenizer.tokenize(text);
    int[] history = startHistory();
    int[] contextNodes = new int[tables.order];
    double log2Probability = 0;
    double log2UnigramProbability = 0;
    int unknownTokens = 0;
    for (String token : tokens) {
      Integer id = ids.get(token);
      if (id == null) {
        unknownTokens++;
        shift(history, -1);
      } else {
        log2Probability += log2(probability(history, id, contextNodes));
        log2UnigramProbability += log2(unigramProbability(id));
        shift(history, id);
      }
    }
    log2Probability += log2(probability(history, NgramModel.END, contextNodes));
    log2UnigramProbability += log2(unigramProbability(NgramModel.END));
    return new TextLikelihood(tokens.size() - unknownTokens + 1, unknownTokens,
        Math.min(0, log2Probability), Math.min(0, log2UnigramProbability));
  }

  /**
   * P(next | previous): {@code previous} are the tokens before it (start markers fill in when
   * there are fewer than the order needs), {@code next} a word or null for the end of the text.
   * Zero for an unknown next word; an unknown previous token ends the context there.
   */
  double probability(List<String> previous, String next) {
    int[] history = startHistory();
    for (String token : previous) {
      shift(history, ids.getOrDefault(token, -1));
    }
    Integer word = next == null ? Integer.valueOf(NgramModel.END) : ids.get(next);
    return word == null ? 0 : probability(history, word, new int[tables.order]);
  }

  private double probability(int[] history, int word, int[] contextNodes) {
    int deepest = 0;
    int node = 0;
    for (int depth = 1; depth < tables.order; depth++) {
      int previous = history[history.length - depth];
      node = previous < 0 ? -1 : tables.child(node, previous);
      if (node < 0) {
        break;
      }
      contextNodes[depth] = node;
      deepest = depth;
    }
    // Witten-Bell: each context keeps seen / (seen + distinct) of the mass left by the longer
    // ones and passes the rest down; the unigram distribution takes what reaches the root.
    double remaining = 1;
    double probability = 0;
    for (int depth = deepest; depth >= 1; depth--) {
      int context = contextNodes[depth];
      double seen = tables.totals[context];
      double distinct = tables.distinctFollowers(context);
      probability += remaining * tables.countAfter(context, word) / (seen + distinct);
      remaining *= distinct / (seen + distinct);
    }
    return probability + remaining * unigramProbability(word);
  }

  private double unigramProbability(int word) {
    return (double) tables.unigramCounts[word] / tables.totals[0];
  }

  private int[] startHistory() {
    int[] history = new int[Math.max(1, tables.order - 1)];
    Arrays.fill(history, NgramModel.START);
    return history;
  }

  private static void shift(int[] history, int token) {
    System.arraycopy(history, 1, history, 0, history.length - 1);
    history[history.length - 1] = token;
  }

  private static double log2(double value) {
    return Math.log(value) / LN_2;
  }
}
