package dev.synthforge.core.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What curation decided about one row, from the verdicts of the rules in their configured order:
 * the row is kept when no rule rejected it, and the first rejecting rule is recorded as the reason
 * it was not. The {@link InputCheck} comes before every rule. A rule that rewrote the text
 * (masking) gives the curated text; a later rewrite starts from an earlier one's text.
 *
 * @param verdicts the input check's verdict, then one verdict per configured rule, in order
 * @param kept whether no verdict is a rejection
 * @param rejectedBy the first rejecting rule, or null when kept
 * @param rejectReason that rule's reason code, or null when kept
 * @param text the curated text: the original, or the last rewrite
 */
public record CurationOutcome(
    List<Verdict> verdicts, boolean kept, String rejectedBy, String rejectReason, String text) {

  public CurationOutcome {
    verdicts = List.copyOf(verdicts);
  }

  /**
   * Orders the verdicts by the rules and decides.
   *
   * @param input the input check's verdict
   * @param rules the configured rules, in order
   * @param byRule each configured rule's verdict; a missing one is an error
   * @param originalText the row's text as generated; null counts as empty
   */
  public static CurationOutcome decide(
      Verdict input, List<String> rules, Map<String, Verdict> byRule, String originalText) {
    List<Verdict> ordered = new ArrayList<>();
    ordered.add(Objects.requireNonNull(input, "input"));
    for (String rule : rules) {
      Verdict verdict = byRule.get(rule);
      if (verdict == null) {
        throw new IllegalArgumentException("Cannot decide curation: no verdict of rule '" + rule + "'");
      }
      ordered.add(verdict);
    }
    Optional<Verdict> first = ordered.stream().filter(Verdict::rejected).findFirst();
    String text = originalText == null ? "" : originalText;
    for (Verdict verdict : ordered) {
      if (verdict.replacement().isPresent()) {
        text = verdict.replacement().get();
      }
    }
    return new CurationOutcome(ordered, first.isEmpty(), first.map(Verdict::rule).orElse(null),
        first.map(Verdict::reason).orElse(null), text);
  }

  /**
   * The first rejection among the input check and the rules configured before {@code rule}: why a
   * rule that only looks at surviving rows (novelty, judge) skips this row.
   *
   * @param byRule the verdicts known so far; rules without one are passed over
   */
  public static Optional<Verdict> rejectedBefore(
      String rule, Verdict input, List<String> rules, Map<String, Verdict> byRule) {
    if (!rules.contains(rule)) {
      throw new IllegalArgumentException("Cannot look before rule '" + rule + "': it is not configured");
    }
    if (input.rejected()) {
      return Optional.of(input);
    }
    for (String earlier : rules) {
      if (earlier.equals(rule)) {
        return Optional.empty();
      }
      Verdict verdict = byRule.get(earlier);
      if (verdict != null && verdict.rejected()) {
        return Optional.of(verdict);
      }
    }
    return Optional.empty();
  }

  /** The verdict of a rule that skipped a row rejected earlier by {@code earlier}. */
  public static Verdict skipped(String rule, Verdict earlier) {
    return Verdict.notApplicable(rule, "rejected earlier by " + earlier.rule() + " (" + earlier.reason() + ")");
  }
}
