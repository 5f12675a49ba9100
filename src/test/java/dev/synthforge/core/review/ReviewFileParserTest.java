package dev.synthforge.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReviewFileParserTest {

  private static final String HEADER = "request_id,review_verdict,edited_text,reviewer,reviewed_at\r\n";

  @Test
  void readsAcceptRejectAndEditFromCsvWithQuotedText() {
    ReviewFile file = ReviewFileParser.parse(ReviewFormat.CSV, HEADER
        + "r1,accept,,ana,2026-11-25T10:00:00Z\r\n"
        + "r2,REJECT,,bo,2026-11-25T11:00:00+01:00\r\n"
        + "r3,edit,\"A kettle, \"\"fast\"\",\nand quiet.\",ana,2026-11-25T10:05:00.123456789Z\r\n");

    assertThat(file.problems()).isEmpty();
    assertThat(file.reviews()).extracting(Review::rowId).containsExactly("r1", "r2", "r3");
    assertThat(file.reviews()).extracting(Review::action)
        .containsExactly(ReviewAction.ACCEPT, ReviewAction.REJECT, ReviewAction.EDIT);
    assertThat(file.reviews().get(1).reviewedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    Review edit = file.reviews().get(2);
    assertThat(edit.editedText()).isEqualTo("A kettle, \"fast\",\nand quiet.");
    assertThat(edit.reviewedAt()).isEqualTo(Instant.parse("2026-11-25T10:05:00.123456Z"));
    assertThat(edit.line()).isEqualTo(4);
    assertThat(file.reviews().get(0).editedText()).isNull();
  }

  @Test
  void anExportedFileWithBlankReviewColumnsIsReadAndItsUnreviewedLinesSkipped() {
    StringBuilder text = new StringBuilder(Csv.line(ReviewColumns.all()));
    java.util.List<String> reviewed = new java.util.ArrayList<>(java.util.Collections.nCopies(ReviewColumns.all().size(), "x"));
    reviewed.set(0, "r1");
    reviewed.set(ReviewColumns.all().indexOf("review_verdict"), "accept");
    reviewed.set(ReviewColumns.all().indexOf("edited_text"), "");
    reviewed.set(ReviewColumns.all().indexOf("reviewed_at"), "2026-11-25T10:00:00Z");
    java.util.List<String> blank = new java.util.ArrayList<>(java.util.Collections.nCopies(ReviewColumns.all().size(), "y"));
    ReviewColumns.REVIEW.forEach(column -> blank.set(ReviewColumns.all().indexOf(column), ""));
    text.append(Csv.line(reviewed)).append(Csv.line(blank));

    ReviewFile file = ReviewFileParser.parse(ReviewFormat.CSV, text.toString());

    assertThat(file.problems()).isEmpty();
    assertThat(file.reviews()).singleElement().satisfies(review -> assertThat(review.reviewer()).isEqualTo("x"));
    assertThat(file.unreviewed()).isEqualTo(1);
  }

  @Test
  void listsEveryProblemOfTheLinesAtOnce() {
    ReviewFile file = ReviewFileParser.parse(ReviewFormat.CSV, HEADER
        + "r1,accept,,ana,2026-11-25T10:00:00Z\r\n"
        + "r2,maybe,,ana,yesterday\r\n"
        + "r1,reject,,bo,2026-11-25T10:00:00Z\r\n"
        + "r3,edit,,,2026-11-25T10:00:00Z\r\n"
        + "r4,accept,new text,ana,2026-11-25T10:00:00Z\r\n"
        + "r5,accept,ana\r\n"
        + ",reject,,ana,2026-11-25T10:00:00Z\r\n");

    assertThat(file.valid()).isFalse();
    assertThat(file.problems()).extracting(ReviewProblem::toString).containsExactly(
        "line 3: review_verdict 'maybe' is not one of accept, reject, edit",
        "line 3: reviewed_at 'yesterday' is not an ISO-8601 time with a zone, such as 2026-11-25T10:15:00Z",
        "line 4: duplicate row id 'r1': also reviewed on line 2",
        "line 5: reviewer is empty",
        "line 5: an edit needs the new text in edited_text",
        "line 6: edited_text is only for an edit, not for accept",
        "line 7: has 3 fields; the header has 5",
        "line 8: request_id is empty");
  }

  @Test
  void aWrongHeaderIsReportedWithEveryColumnProblemAndNoLineProblems() {
    ReviewFile file = ReviewFileParser.parse(ReviewFormat.CSV,
        "request_id,verdict,reviewer,reviewer\nr1,accept,ana,ana\n");

    assertThat(file.problems()).extracting(ReviewProblem::toString).containsExactly(
        "line 1: header: unknown column 'verdict'; the columns are " + ReviewColumns.all(),
        "line 1: header: column 'reviewer' appears twice",
        "line 1: header: required column 'review_verdict' is missing",
        "line 1: header: required column 'reviewed_at' is missing");
    assertThat(ReviewFileParser.parse(ReviewFormat.CSV, "").problems()).extracting(ReviewProblem::toString)
        .containsExactly("the file is empty; a CSV review file starts with a header naming " + ReviewColumns.REQUIRED);
  }

  @Test
  void readsJsonLinesAndListsTheirProblems() {
    ReviewFile good = ReviewFileParser.parse(ReviewFormat.JSONL, """
        {"request_id": "r1", "review_verdict": "edit", "edited_text": "Better.", "reviewer": "ana", "reviewed_at": "2026-11-25T10:00:00Z", "kept": true, "verdicts": []}

        {"request_id": "r2", "review_verdict": null, "reviewer": null, "reviewed_at": null}
        """);
    assertThat(good.problems()).isEmpty();
    assertThat(good.reviews()).singleElement().satisfies(review -> {
      assertThat(review.editedText()).isEqualTo("Better.");
      assertThat(review.line()).isEqualTo(1);
    });
    assertThat(good.unreviewed()).isEqualTo(1);

    ReviewFile bad = ReviewFileParser.parse(ReviewFormat.JSONL, """
        {"request_id": "r1", "review_verdict": "accept", "reviewer": "ana", "reviewed_at": "2026-11-25T10:00:00Z"}
        {"request_id": "r1", "review_verdict": "accept", "reviewer": "ana", "reviewed_at": "2026-11-25T10:00:00Z"}
        not json
        [1, 2]
        {"request_id": 7, "review_verdict": "accept", "reviewer": "ana", "reviewed_at": "2026-11-25T10:00:00Z", "mood": "good"}
        {"review_verdict": "accept", "reviewer": "ana", "reviewed_at": "2026-11-25T10:00:00Z"}
        """);
    assertThat(bad.problems()).extracting(ReviewProblem::line).containsExactly(2, 3, 4, 5, 5, 6);
    assertThat(bad.problems().get(0).message()).isEqualTo("duplicate row id 'r1': also reviewed on line 1");
    assertThat(bad.problems().get(1).message()).startsWith("not JSON: ");
    assertThat(bad.problems().get(2).message()).isEqualTo("not a JSON object");
    assertThat(bad.problems().get(3).message()).isEqualTo("field 'request_id' must be a string, got 7");
    assertThat(bad.problems().get(4).message()).startsWith("unknown field 'mood'");
    assertThat(bad.problems().get(5).message()).isEqualTo("field 'request_id' is missing");
  }

  @Test
  void unknownRowIdsAreProblemsOfTheirLines() {
    ReviewFile file = ReviewFileParser.parse(ReviewFormat.CSV, HEADER
        + "r1,accept,,ana,2026-11-25T10:00:00Z\r\n"
        + "zz,accept,,ana,2026-11-25T10:00:00Z\r\n");

    ReviewFile checked = file.withKnownRows(Set.of("r1"));

    assertThat(checked.problems()).extracting(ReviewProblem::toString)
        .containsExactly("line 3: unknown row id 'zz': no curated row of this task has it");
    assertThat(checked.describeProblems()).isEqualTo("\n  - line 3: unknown row id 'zz': no curated row of this task has it");
  }

  @Test
  void theFormatComesFromTheFileName() {
    assertThat(ReviewFileParser.formatOf("reviews.CSV")).isEqualTo(ReviewFormat.CSV);
    assertThat(ReviewFileParser.formatOf("reviews.jsonl")).isEqualTo(ReviewFormat.JSONL);
    assertThatThrownBy(() -> ReviewFileParser.formatOf("reviews.txt"))
        .hasMessage("Cannot tell the format of review file 'reviews.txt': its name should end with .csv or .jsonl");
  }

  @Test
  void theSameReviewHasTheSameIdAndAnyChangeGivesAnother() {
    Instant at = Instant.parse("2026-11-25T10:00:00Z");
    Review review = new Review("r1", ReviewAction.ACCEPT, null, "ana", at, 2);
    assertThat(review.reviewId()).isEqualTo(new Review("r1", ReviewAction.ACCEPT, null, "ana", at, 9).reviewId());
    assertThat(review.reviewId()).isNotEqualTo(new Review("r1", ReviewAction.REJECT, null, "ana", at, 2).reviewId());
    assertThat(review.reviewId()).isNotEqualTo(new Review("r1", ReviewAction.ACCEPT, null, "bo", at, 2).reviewId());
  }
}
