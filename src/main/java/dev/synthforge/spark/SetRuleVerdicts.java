package dev.synthforge.spark;

import dev.synthforge.core.curate.CurationOutcome;
import dev.synthforge.core.curate.JudgeRule;
import dev.synthforge.core.curate.RuleCatalog;
import dev.synthforge.core.curate.SetRuleReasons;
import dev.synthforge.core.curate.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdicts of the rules that look at other rows, read from the columns their step joined to
 * each work row.
 */
final class SetRuleVerdicts {
  private SetRuleVerdicts() {}

  static CurationWork.RuleVerdict exact() {
    return cluster(RuleCatalog.EXACT_DEDUP, SetRuleReasons.EXACT_DUPLICATE, "exact_cluster_id",
        "exact_cluster_size", "exact_representative", "same normalised text as ");
  }

  static CurationWork.RuleVerdict near() {
    return cluster(RuleCatalog.NEAR_DUP, SetRuleReasons.NEAR_DUPLICATE, "duplicate_cluster_id",
        "duplicate_cluster_size", "representative", "near duplicate of ");
  }

  private static CurationWork.RuleVerdict cluster(String rule, String reason, String idColumn, String sizeColumn,
      String representativeColumn, String what) {
    return (row, input, known) -> {
      if (input.rejected()) {
        return CurationOutcome.skipped(rule, input);
      }
      long size = row.<Long>getAs(sizeColumn);
      if (row.<Boolean>getAs(representativeColumn)) {
        return Verdict.pass(rule, size, size > 1 ? "kept for its cluster of " + size : "");
      }
      return Verdict.reject(rule, reason, size,
          what + row.getAs(idColumn) + " (cluster of " + size + ")");
    };
  }

  static CurationWork.RuleVerdict semantic(double epsilon) {
    return (row, input, known) -> {
      if (input.rejected()) {
        return CurationOutcome.skipped(RuleCatalog.SEMANTIC_DEDUP, input);
      }
      String duplicateOf = row.getAs("semantic_duplicate_of");
      int cluster = row.<Integer>getAs("semantic_cluster");
      if (duplicateOf == null) {
        return Verdict.pass(RuleCatalog.SEMANTIC_DEDUP, "k-means cluster " + cluster);
      }
      double similarity = row.<Double>getAs("semantic_similarity");
      return Verdict.reject(RuleCatalog.SEMANTIC_DEDUP, SetRuleReasons.SEMANTIC_DUPLICATE, similarity,
          String.format(Locale.ROOT, "cosine %.4f > %.4f to %s", similarity, 1 - epsilon, duplicateOf));
    };
  }

  static CurationWork.RuleVerdict novelty(List<String> order, double threshold) {
    return (row, input, known) -> {
      Optional<Verdict> earlier = CurationWork.rejectedBefore(RuleCatalog.NOVELTY, order, input, known);
      if (earlier.isPresent()) {
        return CurationOutcome.skipped(RuleCatalog.NOVELTY, earlier.get());
      }
      double score = row.<Double>getAs("novelty_score");
      if (row.<Boolean>getAs("novel")) {
        return Verdict.pass(RuleCatalog.NOVELTY, score, "");
      }
      return Verdict.reject(RuleCatalog.NOVELTY, SetRuleReasons.NOT_NOVEL, score,
          String.format(Locale.ROOT, "ROUGE-L %.3f >= %.3f with %s", score, threshold,
              row.<String>getAs("novelty_similar_to")));
    };
  }

  static CurationWork.RuleVerdict judge(List<String> order, JudgeRule rule) {
    return (row, input, known) -> {
      Optional<Verdict> earlier = CurationWork.rejectedBefore(RuleCatalog.JUDGE, order, input, known);
      if (earlier.isPresent()) {
        return CurationOutcome.skipped(RuleCatalog.JUDGE, earlier.get());
      }
      String status = row.getAs("judge_status");
      if ("succeeded".equals(status)) {
        return rule.evaluate(row.getAs("judge_output"));
      }
      return rule.unavailable(status == null ? "not judged"
          : "the judge call failed (" + row.getAs("judge_error") + "); the next curate run asks again");
    };
  }
}
