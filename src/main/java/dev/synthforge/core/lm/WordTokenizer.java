package dev.synthforge.core.lm;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word and punctuation tokens, keeping case, and joins tokens back into text.
 *
 * <p>A word is a run of letters, digits and combining marks; an apostrophe or hyphen between two
 * such characters, and a period or comma between two digits, stay inside the word ("don't",
 * "well-known", "3.5"). Every other visible character is a token of its own. Joining tokens and
 * splitting the result again gives the same tokens.
 */
public final class WordTokenizer {

  private WordTokenizer() {}

  /** The tokens of {@code text}, in order. */
  public static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    int position = 0;
    while (true) {
      int start = nextTokenStart(text, position);
      if (start == text.length()) {
        return tokens;
      }
      position = tokenEnd(text, start);
      tokens.add(text.substring(start, position));
    }
  }

  /** How many tokens {@code text} has. */
  public static int countTokens(String text) {
    int count = 0;
    int position = 0;
    while (true) {
      int start = nextTokenStart(text, position);
      if (start == text.length()) {
        return count;
      }
      position = tokenEnd(text, start);
      count++;
    }
  }

  /** The shortest prefix of {@code text} that holds its first {@code maxTokens} tokens. */
  public static String prefixOfTokens(String text, int maxTokens) {
    int position = 0;
    for (int count = 0; count < maxTokens; count++) {
      int start = nextTokenStart(text, position);
      if (start == text.length()) {
        return text;
      }
      position = tokenEnd(text, start);
    }
    return text.substring(0, position);
  }

  /** Joins tokens with a space where one belongs: none before closing punctuation, for example. */
  public static String detokenize(List<String> tokens) {
    Detokenizer detokenizer = new Detokenizer();
    tokens.forEach(detokenizer::append);
    return detokenizer.text();
  }

  private static int nextTokenStart(String text, int position) {
    int index = position;
    while (index < text.length()) {
      int codePoint = text.codePointAt(index);
      if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
        return index;
      }
      index += Character.charCount(codePoint);
    }
    return text.length();
  }

  private static int tokenEnd(String text, int start) {
    int codePoint = text.codePointAt(start);
    int index = start + Character.charCount(codePoint);
    if (!isWordCharacter(codePoint)) {
      return index;
    }
    while (index < text.length()) {
      int current = text.codePointAt(index);
      int width = Character.charCount(current);
      if (isWordCharacter(current)) {
        index += width;
      } else if (index + width < text.length()
          && joins(current, text.codePointBefore(index), text.codePointAt(index + width))) {
        index += width;
      } else {
        break;
      }
    }
    return index;
  }

  private static boolean joins(int joiner, int before, int after) {
    if (joiner == '\'' || joiner == '\u2019' || joiner == '-') {
      return isWordCharacter(before) && isWordCharacter(after);
    }
    if (joiner == '.' || joiner == ',') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return false;
  }

  static boolean isWordCharacter(int codePoint) {
    if (Character.isLetterOrDigit(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
