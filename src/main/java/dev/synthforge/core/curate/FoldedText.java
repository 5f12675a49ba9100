package dev.synthforge.core.curate;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text with each code point NFKC-folded on its own, and the way back from a span of the folded
 * text to the span of the original that it came from.
 */
final class FoldedText {

  final String text;
  private final int[] originalStarts;
  private final int[] originalEnds;

  private FoldedText(String text, int[] originalStarts, int[] originalEnds) {
    this.text = text;
    this.originalStarts = originalStarts;
    this.originalEnds = originalEnds;
  }

  static FoldedText of(String original) {
    if (Normalizer.isNormalized(original, Normalizer.Form.NFKC)) {
      return new FoldedText(original, null, null);
    }
    StringBuilder folded = new StringBuilder(original.length());
    int[] starts = new int[original.length() + 16];
    int[] ends = new int[original.length() + 16];
    for (int index = 0; index < original.length(); ) {
      int codePoint = original.codePointAt(index);
      int next = index + Character.charCount(codePoint);
      String piece = Normalizer.normalize(original.substring(index, next), Normalizer.Form.NFKC);
      if (folded.length() + piece.length() > starts.length) {
        starts = Arrays.copyOf(starts, 2 * starts.length + piece.length());
        ends = Arrays.copyOf(ends, starts.length);
      }
      Arrays.fill(starts, folded.length(), folded.length() + piece.length(), index);
      Arrays.fill(ends, folded.length(), folded.length() + piece.length(), next);
      folded.append(piece);
      index = next;
    }
    return new FoldedText(folded.toString(), starts, ends);
  }

  /** The span of the original text that {@code folded}, a span of the folded text, came from. */
  PiiMatch original(PiiMatch folded) {
    if (originalStarts == null) {
      return folded;
    }
    return new PiiMatch(
        folded.kind(), originalStarts[folded.start()], originalEnds[folded.end() - 1]);
  }
}
