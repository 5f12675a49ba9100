package dev.synthforge.spark;

import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.review.ReviewAction;
import dev.synthforge.core.review.ReviewDecision;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;

/**
 * The review with the final word on a row, as read from the columns {@link ReviewStore#latest}
 * gives (with a prefix), and how it turns the rules' outcome into the row's.
 */
record LatestReview(String reviewId, ReviewAction action, String editedText, String reviewer,
    Timestamp reviewedAt, String runId) {

  /** The review in the {@code prefix}ed columns of {@code row}, or null when the row has none. */
  static LatestReview from(Row row, String prefix) {
    String id = row.getAs(prefix + "review_id");
    if (id == null) {
      return null;
    }
    return new LatestReview(id, ReviewAction.parse(row.getAs(prefix + "review_verdict")).orElseThrow(),
        row.getAs(prefix + "edited_text"), row.getAs(prefix + "reviewer"), row.getAs(prefix + "reviewed_at"),
        row.getAs(prefix + "import_run_id"));
  }

  CurationOutcome decide(CurationOutcome automatic) {
    return ReviewDecision.apply(automatic, action, editedText, reviewer);
  }

  /**
   * The CURATED review columns (review_id to automatic_text) for a row with this review, or for
   * a row without one when {@code review} is null.
   */
  static Object[] columns(LatestReview review, CurationOutcome automatic) {
    if (review == null) {
      return new Object[6];
    }
    return new Object[] {review.reviewId, review.action.code(), review.reviewer, review.reviewedAt, review.runId,
        review.action == ReviewAction.EDIT ? automatic.text() : null};
  }
}
