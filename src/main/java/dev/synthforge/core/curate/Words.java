package dev.synthforge.core.curate;

import dev.synthforge.core.lm.WordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the words that curation rules count and compare.
 *
 * <p>Words come from {@link WordTokenizer}: punctuation tokens are dropped, and a token is a word
 * when it holds a letter, a digit or a pictographic symbol such as an emoji. Chinese and Japanese
 * are written without spaces, so each Han, Hiragana or Katakana character is a word of its own
 * (runs of other letters next to them stay whole). Other scripts split at spaces and punctuation.
 */
public final class Words {

  private Words() {}

  /** The words of {@code text}, in order, as written (case and inner punctuation kept). */
  public static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (String token : WordTokenizer.tokenize(text)) {
      if (isWord(token)) {
        splitIdeographs(token, words);
      }
    }
    return words;
  }

  /**
   * The words used to match texts against each other (shingles, n-gram overlap, ROUGE-L): the
   * words of the {@link TextNormalizer#normalize normal form}, with punctuation inside a word
   * removed ("don't" becomes "dont", "e-mail" becomes "email"). Never holds an empty word.
   */
  public static List<String> forMatching(String text) {
    List<String> words = of(TextNormalizer.normalize(text));
    List<String> matching = new ArrayList<>(words.size());
    for (String word : words) {
      StringBuilder kept = new StringBuilder(word.length());
      word.codePoints().filter(Words::isWordCodePoint).forEach(kept::appendCodePoint);
      if (kept.length() > 0) {
        matching.add(kept.toString());
      }
    }
    return matching;
  }

  /** Whether {@code token} holds a letter, a digit or a pictographic symbol. */
  static boolean isWord(String token) {
    return token.codePoints().anyMatch(codePoint -> Character.isLetterOrDigit(codePoint)
        || Character.getType(codePoint) == Character.OTHER_SYMBOL);
  }

  private static boolean isWordCodePoint(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isLetterOrDigit(codePoint)
        || type == Character.OTHER_SYMBOL
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static void splitIdeographs(String token, List<String> words) {
    int runStart = 0;
    for (int index = 0; index < token.length(); ) {
      int codePoint = token.codePointAt(index);
      int next = index + Character.charCount(codePoint);
      if (isIdeographic(codePoint)) {
        addIfWord(token.substring(runStart, index), words);
        words.add(token.substring(index, next));
        runStart = next;
      }
      index = next;
    }
    addIfWord(token.substring(runStart), words);
  }

  private static void addIfWord(String run, List<String> words) {
    if (!run.isEmpty() && isWord(run)) {
      words.add(run);
    }
  }

  private static boolean isIdeographic(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
