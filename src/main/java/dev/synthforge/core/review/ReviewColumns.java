package dev.synthforge.core.review;

import java.util.List;

/**
 * The columns of a review file. An export writes them all, with the review columns empty; people
 * fill those in; an import reads the review columns by name and ignores the others, so the
 * exported file itself can be imported.
 */
public final class ReviewColumns {
  private ReviewColumns() {}

  public static final String ROW_ID = "request_id";
  public static final String REVIEW_VERDICT = "review_verdict";
  public static final String EDITED_TEXT = "edited_text";
  public static final String REVIEWER = "reviewer";
  public static final String REVIEWED_AT = "reviewed_at";

  /** What the export writes for people to read, before the review columns. */
  public static final List<String> CONTEXT = List.of(ROW_ID, "task_name", "group", "curation", "judge_band",
      "borderline", "seed_id", "seed_text", "text", "kept", "rejected_by", "reject_reason", "judge_score",
      "verdicts");

  /** The columns people fill in. */
  public static final List<String> REVIEW = List.of(REVIEW_VERDICT, EDITED_TEXT, REVIEWER, REVIEWED_AT);

  /** Columns an import file must have. */
  public static final List<String> REQUIRED = List.of(ROW_ID, REVIEW_VERDICT, REVIEWER, REVIEWED_AT);

  /** Every column of an export, in order. */
  public static List<String> all() {
    return java.util.stream.Stream.concat(CONTEXT.stream(), REVIEW.stream()).toList();
  }
}
