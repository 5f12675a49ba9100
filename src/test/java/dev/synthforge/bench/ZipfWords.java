package dev.synthforge.bench;

import dev.synthforge.core.lm.SeededRandom;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Made-up words drawn from a Zipf distribution over a vocabulary, and texts of them in sentences
 * of 6 to 15 words. A word is spelled from syllables by its rank alone, so vocabularies of
 * different sizes share their most frequent words.
 */
final class ZipfWords implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String[] SYLLABLES = {
      "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "de", "go", "hu", "bi", "fe", "jo"};

  private final double[] cumulative;

  /** Words of rank r (from 1) drawn with probability proportional to 1 / r^exponent. */
  ZipfWords(int vocabulary, double exponent) {
    cumulative = new double[vocabulary];
    double total = 0;
    for (int rank = 0; rank < vocabulary; rank++) {
      total += 1.0 / Math.pow(rank + 1, exponent);
      cumulative[rank] = total;
    }
    for (int rank = 0; rank < vocabulary; rank++) {
      cumulative[rank] /= total;
    }
  }

  String word(SeededRandom random) {
    int rank = Arrays.binarySearch(cumulative, random.nextDouble());
    int word = rank >= 0 ? rank : Math.min(-rank - 1, cumulative.length - 1);
    StringBuilder spelled = new StringBuilder();
    for (int rest = word + SYLLABLES.length; rest > 0; rest /= SYLLABLES.length) {
      spelled.append(SYLLABLES[rest % SYLLABLES.length]);
    }
    return spelled.toString();
  }

  /** A text of {@code words} words in capitalised sentences of 6 to 15 words, ending in a full stop. */
  String text(SeededRandom random, int words) {
    StringBuilder text = new StringBuilder();
    int sentenceLeft = 0;
    for (int word = 0; word < words; word++) {
      String next = word(random);
      if (sentenceLeft == 0) {
        if (text.length() > 0) {
          text.append(". ");
        }
        next = Character.toUpperCase(next.charAt(0)) + next.substring(1);
        sentenceLeft = 6 + (int) (random.nextDouble() * 10);
      } else {
        text.append(' ');
      }
      text.append(next);
      sentenceLeft--;
    }
    return text.append('.').toString();
  }
}
