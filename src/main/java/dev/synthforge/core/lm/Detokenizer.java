package dev.synthforge.core.lm;

/**
 * Joins tokens into text one at a time, so a sampler can check stop sequences as it goes.
 *
 * <p>A word always gets a space before it unless it follows an opening bracket or quote: two
 * tokens are never glued into something that would split differently.
 */
final class Detokenizer {

  private static final String CLOSING = ".,!?;:)]}%\u2026\u201d\u2019";
  private static final String OPENING = "([{\u201c\u2018";

  private final StringBuilder text = new StringBuilder();
  private boolean attachNext = true;
  private int straightDoubleQuotes;
  private int straightSingleQuotes;

  void append(String token) {
    boolean opens;
    boolean closes;
    if (token.equals("\"")) {
      opens = straightDoubleQuotes++ % 2 == 0;
      closes = !opens;
    } else if (token.equals("'")) {
      opens = straightSingleQuotes++ % 2 == 0;
      closes = !opens;
    } else {
      opens = token.length() == 1 && OPENING.indexOf(token.charAt(0)) >= 0;
      closes = token.length() == 1 && CLOSING.indexOf(token.charAt(0)) >= 0;
    }
    if (!attachNext && !closes) {
      text.append(' ');
    }
    text.append(token);
    attachNext = opens;
  }

  int length() {
    return text.length();
  }

  String text() {
    return text.toString();
  }
}
