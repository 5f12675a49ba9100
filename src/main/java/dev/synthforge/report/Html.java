package dev.synthforge.report;

import java.util.Locale;

/** Escaping of text for HTML: every string that comes from data goes through here. */
final class Html {
  private Html() {}

  /**
   * {@code text} safe as element content and as a quoted attribute value: markup characters
   * become character references, and characters HTML and XML forbid (control characters,
   * unpaired surrogates, noncharacters) become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      switch (character) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(character) && index + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(index + 1))) {
            escaped.append(character).append(text.charAt(++index));
          } else if (allowed(character)) {
            escaped.append(character);
          } else {
            escaped.append('\uFFFD');
          }
        }
      }
    }
    return escaped.toString();
  }

  private static boolean allowed(char character) {
    if (character == '\t' || character == '\n' || character == '\r') {
      return true;
    }
    return character >= 0x20 && !(character >= 0x7f && character <= 0x9f)
        && !Character.isSurrogate(character) && character != '\uFFFE' && character != '\uFFFF';
  }

  /** An id for an anchor made of {@code text}: lower-case letters, digits and hyphens. */
  static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "section" : slug;
  }
}
