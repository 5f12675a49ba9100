package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one curation rule decided about one row. A rejection always carries a reason code: a stable
 * lower-case snake_case string such as {@code too_few_words}, fit for grouping in SQL. Rejection
 * never deletes a row; the verdict is recorded next to it.
 *
 * @param rule the rule's catalog name, such as {@code quality}
 * @param outcome passed, rejected, or not applicable to this row
 * @param score the rule's measurement, or {@link Double#NaN} when the rule has none
 * @param reason the reason code of a rejection; empty unless rejected
 * @param detail what was measured or found, for people; may be empty
 * @param replacementText the row's text rewritten by the rule (masked PII), or null when the rule
 *     leaves the text as it is; only on a verdict that is not a rejection
 */
public record Verdict(
    String rule,
    Outcome outcome,
    double score,
    String reason,
    String detail,
    String replacementText)
    implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z0-9_]*");

  /** How a rule judged a row. */
  public enum Outcome {
    /** The rule was applied and the row met it. */
    PASSED,
    /** The row broke the rule; {@link Verdict#reason()} says how. */
    REJECTED,
    /** The rule does not concern this row, such as a schema check on free text. */
    NOT_APPLICABLE
  }

  public Verdict {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    String cannot = "Cannot create verdict of rule '" + rule + "': ";
    if (rule.isBlank()) {
      throw new IllegalArgumentException("Cannot create verdict: rule name is blank");
    }
    if (outcome == Outcome.REJECTED && !REASON_CODE.matcher(reason).matches()) {
      throw new IllegalArgumentException(
          cannot + "a rejection needs a snake_case reason code, got '" + reason + "'");
    }
    if (outcome != Outcome.REJECTED && !reason.isEmpty()) {
      throw new IllegalArgumentException(
          cannot + "only a rejection has a reason code, got '" + reason + "'");
    }
    if (outcome == Outcome.REJECTED && replacementText != null) {
      throw new IllegalArgumentException(cannot + "a rejection cannot replace the text");
    }
  }

  /** The row met the rule; the rule has no score. */
  public static Verdict pass(String rule, String detail) {
    return new Verdict(rule, Outcome.PASSED, Double.NaN, "", detail, null);
  }

  /** The row met the rule, which measured {@code score}. */
  public static Verdict pass(String rule, double score, String detail) {
    return new Verdict(rule, Outcome.PASSED, score, "", detail, null);
  }

  /** The row met the rule after the rule rewrote its text to {@code replacementText}. */
  public static Verdict rewrite(String rule, String replacementText, double score, String detail) {
    Objects.requireNonNull(replacementText, "replacementText");
    return new Verdict(rule, Outcome.PASSED, score, "", detail, replacementText);
  }

  /** The row broke the rule; the rule has no score. */
  public static Verdict reject(String rule, String reason, String detail) {
    return new Verdict(rule, Outcome.REJECTED, Double.NaN, reason, detail, null);
  }

  /** The row broke the rule, which measured {@code score}. */
  public static Verdict reject(String rule, String reason, double score, String detail) {
    return new Verdict(rule, Outcome.REJECTED, score, reason, detail, null);
  }

  /** The rule does not concern this row; {@code detail} says why. */
  public static Verdict notApplicable(String rule, String detail) {
    return new Verdict(rule, Outcome.NOT_APPLICABLE, Double.NaN, "", detail, null);
  }

  /** Whether the row may be kept as far as this rule is concerned: not rejected. */
  public boolean passed() {
    return outcome != Outcome.REJECTED;
  }

  /** Whether the rule rejected the row. */
  public boolean rejected() {
    return outcome == Outcome.REJECTED;
  }

  /** The rewritten text, when the rule rewrote it. */
  public Optional<String> replacement() {
    return Optional.ofNullable(replacementText);
  }
}
