package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A phrase family the {@link RefusalRule} rejects, matched against the rule's folded form of a
 * text: normal form (NFKC, lower case, single spaces) with every apostrophe written as {@code '}.
 *
 * @param reason the reason code a match records
 * @param pattern the regular expression, written in lower case
 */
public record RefusalPattern(String reason, Pattern pattern) implements Serializable {

  private static final long serialVersionUID = 1L;

  public RefusalPattern {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(pattern, "pattern");
    if (!reason.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          "Cannot create refusal pattern: reason must be a snake_case code, got '" + reason + "'");
    }
  }

  /** A pattern from a regular expression. */
  public static RefusalPattern of(String reason, String regex) {
    return new RefusalPattern(reason, Pattern.compile(regex));
  }
}
