package dev.synthforge.core.curate;

import dev.synthforge.core.Hashes;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * The normal form texts are compared in: Unicode NFKC, lower case, every run of white space made
 * one space, and no white space at either end.
 *
 * <p>NFKC folds compatibility characters onto their plain forms (full-width "ＡＢＣ" to "abc", the
 * ligature "ﬁ" to "fi", "…" to "...", a no-break space to a space), so texts that only differ in
 * such characters, in case or in spacing have the same {@link #exactKey exact key}. Accents are
 * kept: "café" and "cafe" differ. Normalising twice gives the same text as normalising once.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** {@code text} in normal form; the empty string for a text of white space only. */
  public static String normalize(String text) {
    Objects.requireNonNull(text, "text");
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    // Lower-casing can leave a string that is no longer NFKC (a dotted capital I becomes "i" plus
    // a combining dot), so fold once more to make the normal form idempotent.
    folded = Normalizer.normalize(folded, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingSpace = false;
    for (int index = 0; index < folded.length(); ) {
      int codePoint = folded.codePointAt(index);
      index += Character.charCount(codePoint);
      if (isSpace(codePoint)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(codePoint);
    }
    return out.toString();
  }

  /**
   * The exact-duplicate key of {@code text}: the SHA-256 of its {@link #normalize normal form}, as
   * 64 lower-case hex digits. Texts with equal keys are exact duplicates.
   */
  public static String exactKey(String text) {
    return Hashes.sha256(normalize(text));
  }

  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }
}
