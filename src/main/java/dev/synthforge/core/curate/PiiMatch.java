package dev.synthforge.core.curate;

import java.util.Objects;

/**
 * One finding of personal data or a secret in a text.
 *
 * @param kind what was found
 * @param start index of its first character
 * @param end index after its last character
 */
public record PiiMatch(PiiKind kind, int start, int end) {

  public PiiMatch {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "Cannot create PII match: need 0 <= start < end, got " + start + " and " + end);
    }
  }

  boolean overlaps(PiiMatch other) {
    return start < other.end && other.start < end;
  }
}
