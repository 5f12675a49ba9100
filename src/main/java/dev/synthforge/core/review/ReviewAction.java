package dev.synthforge.core.review;

import java.util.Locale;
import java.util.Optional;

/** What a person decided about a curated row. */
public enum ReviewAction {
  /** The row is good as it is: it is kept. */
  ACCEPT,
  /** The row is bad: it is not kept. */
  REJECT,
  /** The row is good once its text is replaced by the reviewer's: it is kept with that text. */
  EDIT;

  /** The lower-case name used in files and tables: accept, reject or edit. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the row is kept after this review. */
  public boolean keeps() {
    return this != REJECT;
  }

  /** The action named by {@code code} (case-insensitive, surrounding blanks ignored). */
  public static Optional<ReviewAction> parse(String code) {
    String wanted = code == null ? "" : code.strip();
    for (ReviewAction action : values()) {
      if (action.code().equalsIgnoreCase(wanted)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
