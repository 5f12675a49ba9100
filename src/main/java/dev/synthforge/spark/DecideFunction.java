package dev.synthforge.spark;

import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.RuleCatalog;
import dev.synthforge.core.curate.Verdict;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The last step of curation: orders a work row's verdicts by the configured rules, decides
 * whether the row is kept, and writes it as a {@link TableSchemas#CURATED} row with a hash of
 * everything decided, so the merge leaves undecided-again rows untouched. The row's latest human
 * review, when it has one, has the final word over the rules.
 */
final class DecideFunction implements MapFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final List<String> order;
  private final String judgeRubricHash;
  private final String runId;
  private final Date runDate;
  private final String configHash;
  private final String codeVersion;
  private final Timestamp decidedAt;

  /** @param judgeRubricHash the rubric hash of the judge rule, or null without it */
  DecideFunction(List<String> order, String judgeRubricHash, RunIdentity run, String codeVersion, Instant decidedAt) {
    this.order = List.copyOf(order);
    this.judgeRubricHash = judgeRubricHash;
    this.runId = run.runId();
    this.runDate = Date.valueOf(run.runDate());
    this.configHash = run.configHash();
    this.codeVersion = codeVersion;
    this.decidedAt = Timestamp.from(decidedAt);
  }

  @Override
  public Row call(Row row) {
    Verdict input = VerdictRows.fromRow(row.getStruct(row.fieldIndex("input_verdict")));
    Map<String, Verdict> byRule = VerdictRows.byRule(row.getList(row.fieldIndex("verdicts")));
    CurationOutcome automatic = CurationOutcome.decide(input, order, byRule, row.getAs("curated_text"));
    Verdict judge = byRule.get(RuleCatalog.JUDGE);
    boolean judged = judge != null && !Double.isNaN(judge.score());
    Integer judgeScore = judged ? (int) judge.score() : null;
    String judgeModel = judged ? row.getAs("judge_model") : null;
    String judgeRequest = judged ? row.getAs("judge_request_id") : null;
    String rubricHash = judged ? judgeRubricHash : null;
    Object[] decided = {
        row.getAs("exact_cluster_id"), row.getAs("duplicate_cluster_id"), row.getAs("duplicate_cluster_size"),
        row.getAs("representative"), row.getAs("semantic_cluster"), judgeScore, judgeModel, rubricHash, judgeRequest};
    // A person's review is the final word: it outlives re-runs, which decide the rules' part again.
    LatestReview review = LatestReview.from(row, ReviewStore.LATEST_PREFIX);
    CurationOutcome outcome = review == null ? automatic : review.decide(automatic);
    Object[] reviewed = LatestReview.columns(review, automatic);
    return RowFactory.create(row.getAs("request_id"), row.getAs("seed_id"), row.getAs("task_name"),
        row.getAs("generation_run_id"), row.getAs("generation_depth"), row.getAs("seed_attributes"),
        row.getAs("model"), outcome.text(), outcome.kept(), outcome.rejectedBy(), outcome.rejectReason(),
        VerdictRows.toRows(outcome.verdicts()), decided[0], decided[1], decided[2], decided[3], decided[4],
        decided[5], decided[6], decided[7], decided[8],
        CuratedHashes.of(automatic, decided, review == null ? null : review.reviewId()), runId, runDate, configHash,
        codeVersion, decidedAt, reviewed[0], reviewed[1], reviewed[2], reviewed[3], reviewed[4], reviewed[5]);
  }
}
