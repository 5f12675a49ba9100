package dev.synthforge.spark;

import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.Verdict;
import dev.synthforge.core.review.ReviewDecision;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * A curated row with its latest review applied, as curate would decide it: the rules' outcome is
 * taken back from the stored verdicts and text, the review decides, and the verdict hash is the
 * one curate computes. The rules' columns and the row's lineage stay as they are; the reviewer's
 * is added.
 */
final class ReviewedRows implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final List<String> DECIDED = List.of("exact_cluster_id", "duplicate_cluster_id",
      "duplicate_cluster_size", "representative", "semantic_cluster", "judge_score", "judge_model",
      "judge_rubric_hash", "judge_request_id");

  @Override
  public Row call(Row row) {
    List<Verdict> stored = new ArrayList<>();
    for (Row verdict : row.<Row>getList(row.fieldIndex("verdicts"))) {
      stored.add(VerdictRows.fromRow(verdict));
    }
    String automaticText = row.getAs("automatic_text") != null ? row.getAs("automatic_text") : row.getAs("text");
    CurationOutcome automatic = ReviewDecision.automatic(stored, automaticText);
    Object[] decided = DECIDED.stream().map(row::getAs).toArray();
    LatestReview review = LatestReview.from(row, ReviewStore.LATEST_PREFIX);
    CurationOutcome outcome = review == null ? automatic : review.decide(automatic);
    Object[] reviewed = LatestReview.columns(review, automatic);
    Object[] values = new Object[TableSchemas.CURATED.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.getAs(TableSchemas.CURATED.fields()[i].name());
    }
    set(values, "text", outcome.text());
    set(values, "kept", outcome.kept());
    set(values, "rejected_by", outcome.rejectedBy());
    set(values, "reject_reason", outcome.rejectReason());
    set(values, "verdicts", VerdictRows.toRows(outcome.verdicts()));
    set(values, "verdict_hash", CuratedHashes.of(automatic, decided, review == null ? null : review.reviewId()));
    String[] reviewColumns = {"review_id", "review_verdict", "reviewer", "reviewed_at", "review_run_id", "automatic_text"};
    for (int i = 0; i < reviewColumns.length; i++) {
      set(values, reviewColumns[i], reviewed[i]);
    }
    return RowFactory.create(values);
  }

  private static void set(Object[] values, String column, Object value) {
    values[TableSchemas.CURATED.fieldIndex(column)] = value;
  }
}
