package dev.synthforge.core.review;

import dev.synthforge.core.Hashes;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's verdict on one curated row, as read from an import file.
 *
 * @param rowId the curated row (curated.request_id)
 * @param action accept, reject or edit
 * @param editedText the reviewer's text for an edit; null otherwise
 * @param reviewer who reviewed
 * @param reviewedAt when, to the microsecond (what a table keeps)
 * @param line the line of the import file it came from, from 1
 */
public record Review(
    String rowId, ReviewAction action, String editedText, String reviewer, Instant reviewedAt, int line) {

  public Review {
    Objects.requireNonNull(rowId, "rowId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
    if ((action == ReviewAction.EDIT) != (editedText != null)) {
      throw new IllegalArgumentException("Cannot create review of row '" + rowId
          + "': an edit needs the edited text, and only an edit has one");
    }
  }

  /**
   * A hash of what the review says (row, action, text, reviewer and time, not the file line): the
   * same review imported twice has the same id, which makes a second import change nothing.
   */
  public String reviewId() {
    return Hashes.sha256OfFields(rowId, action.code(), editedText == null ? "" : editedText, reviewer,
        reviewedAt.toString());
  }
}
