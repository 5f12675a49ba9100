package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Set;

/**
 * The check every row meets before the configured rules: a generated row whose call failed has no
 * output to judge, and a text longer than the configured limit is not worth the rules' time (and
 * could make a quadratic rule slow). Such rows are rejected here and every rule reports them as
 * not applicable.
 */
public final class InputCheck implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The name recorded in the verdicts of this check. */
  public static final String NAME = "input";
  public static final String GENERATION_FAILED = "generation_failed";
  public static final String TEXT_TOO_LONG = "text_too_long";

  private final int maxTextChars;

  /** @param maxTextChars longest text, in UTF-16 characters, that the rules judge */
  public InputCheck(int maxTextChars) {
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("Cannot create input check: maxTextChars must be >= 1, got " + maxTextChars);
    }
    this.maxTextChars = maxTextChars;
  }

  public Set<String> reasonCodes() {
    return Set.of(GENERATION_FAILED, TEXT_TOO_LONG);
  }

  /**
   * @param succeeded whether the generation call succeeded
   * @param errorClass the failure class of a failed call, or null
   * @param text the generated text; null counts as empty
   */
  public Verdict evaluate(boolean succeeded, String errorClass, String text) {
    if (!succeeded) {
      return Verdict.reject(NAME, GENERATION_FAILED,
          "the generation call failed" + (errorClass == null ? "" : " (" + errorClass + ")")
              + "; a later generate run sends it again");
    }
    int length = text == null ? 0 : text.length();
    if (length > maxTextChars) {
      return Verdict.reject(NAME, TEXT_TOO_LONG, length,
          length + " characters, above curate.max-text-chars " + maxTextChars);
    }
    return Verdict.pass(NAME, length, "");
  }
}
