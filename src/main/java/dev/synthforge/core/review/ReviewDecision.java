package dev.synthforge.core.review;

import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's review as the final word on a curated row: the rules' verdicts stay, a {@code review}
 * verdict is added after them, and the review decides. A reject makes the row not kept
 * (rejected_by {@code review}, reason {@code human_reject}) whatever the rules said; an accept
 * keeps it; an edit keeps it with the reviewer's text.
 */
public final class ReviewDecision {
  private ReviewDecision() {}

  /** The rule name of a review's verdict. */
  public static final String RULE = "review";
  /** The reason code of a person's rejection. */
  public static final String HUMAN_REJECT = "human_reject";

  /**
   * The outcome after the review.
   *
   * @param automatic what the rules decided
   * @param editedText the new text of an edit; ignored otherwise
   */
  public static CurationOutcome apply(CurationOutcome automatic, ReviewAction action, String editedText,
      String reviewer) {
    List<Verdict> verdicts = new ArrayList<>(automatic.verdicts());
    return switch (action) {
      case ACCEPT -> {
        verdicts.add(Verdict.pass(RULE, "accepted by " + reviewer));
        yield new CurationOutcome(verdicts, true, null, null, automatic.text());
      }
      case REJECT -> {
        verdicts.add(Verdict.reject(RULE, HUMAN_REJECT, "rejected by " + reviewer));
        yield new CurationOutcome(verdicts, false, RULE, HUMAN_REJECT, automatic.text());
      }
      case EDIT -> {
        verdicts.add(Verdict.pass(RULE, "edited by " + reviewer));
        yield new CurationOutcome(verdicts, true, null, null, editedText);
      }
    };
  }

  /**
   * What the rules decided, from a row's stored verdicts with any review verdict among them: the
   * inverse of {@link #apply} given the text before the review.
   */
  public static CurationOutcome automatic(List<Verdict> stored, String automaticText) {
    List<Verdict> verdicts = stored.stream().filter(verdict -> !verdict.rule().equals(RULE)).toList();
    Verdict first = verdicts.stream().filter(Verdict::rejected).findFirst().orElse(null);
    return new CurationOutcome(verdicts, first == null, first == null ? null : first.rule(),
        first == null ? null : first.reason(), automaticText);
  }
}
