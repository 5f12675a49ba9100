package dev.synthforge.spark;

import dev.synthforge.core.Hashes;
import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict hash of a curated row: of what the rules decided, and of the review that has the
 * final word when there is one. Curate and review import compute it alike, so a curate re-run
 * after an import, or an import after a re-run, leaves a reviewed row untouched.
 */
final class CuratedHashes {
  private CuratedHashes() {}

  /**
   * @param automatic what the rules decided
   * @param decided cluster and judge columns, in CURATED order (exact_cluster_id to judge_request_id)
   * @param reviewId the review with the final word, or null
   */
  static String of(CurationOutcome automatic, Object[] decided, String reviewId) {
    List<String> fields = new ArrayList<>();
    fields.add(automatic.text());
    fields.add(Boolean.toString(automatic.kept()));
    for (Verdict verdict : automatic.verdicts()) {
      fields.add(verdict.rule() + "|" + verdict.outcome() + "|" + verdict.score() + "|" + verdict.reason() + "|" + verdict.detail());
    }
    for (Object value : decided) {
      fields.add(String.valueOf(value));
    }
    String hash = Hashes.sha256OfFields(fields.toArray(String[]::new));
    return reviewId == null ? hash : Hashes.sha256OfFields(hash, reviewId);
  }
}
