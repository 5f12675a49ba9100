package dev.synthforge.core.review;

import dev.synthforge.core.curate.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * One row of a review export: the curated row, where it came from and why it was drawn.
 *
 * @param rowId curated.request_id, the id an import names
 * @param group the row's seed attributes as {@code a=x,b=y}, or {@code (none)}
 * @param curation kept or rejected
 * @param judgeBand see {@link ReviewSampling#judgeBand}
 * @param borderline see {@link ReviewSampling#borderline}
 * @param seedText the seed's text, or null when the seeds have no id column to find it by
 * @param rejectedBy null when kept
 * @param rejectReason null when kept
 * @param judgeScore null when not judged
 * @param verdicts the curation verdicts, in order
 */
public record SampledRow(String rowId, String task, String group, String curation, String judgeBand,
    boolean borderline, String seedId, String seedText, String text, boolean kept, String rejectedBy,
    String rejectReason, Integer judgeScore, List<Verdict> verdicts) {

  public SampledRow {
    Objects.requireNonNull(rowId, "rowId");
    verdicts = List.copyOf(verdicts);
  }

  /** The stratum the row was drawn from. */
  public String stratum() {
    return group + "|" + curation + "|" + judgeBand;
  }
}
