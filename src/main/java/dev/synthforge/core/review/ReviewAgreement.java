package dev.synthforge.core.review;

import dev.synthforge.core.metrics.MetricNames;
import dev.synthforge.core.metrics.MetricValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often people agreed with the automatic verdicts, per generation depth: for each rule (the
 * judge among them), the share of reviewed rows the rule passed or rejected where the person kept
 * (accept, edit) a row the rule passed or rejected a row it rejected; and overall, the share where
 * the person's decision equals the rules' kept. Rules that did not apply to a row (not_applicable)
 * do not count for it.
 */
public final class ReviewAgreement {
  /** Group of the overall value: the automatic decision, all rules together. */
  public static final String OVERALL = "";

  private final Map<Integer, Map<String, long[]>> counts = new TreeMap<>();

  /**
   * Counts {@code rows} reviewed rows of one depth that {@code rule} (or {@link #OVERALL}) judged.
   *
   * @param ruleRejected whether the rule (or the automatic decision) rejected them
   * @param personRejected whether the person rejected them
   */
  public void add(int depth, String rule, boolean ruleRejected, boolean personRejected, long rows) {
    long[] agreedOfAll = counts.computeIfAbsent(depth, d -> new TreeMap<>()).computeIfAbsent(rule, r -> new long[2]);
    if (ruleRejected == personRejected) {
      agreedOfAll[0] += rows;
    }
    agreedOfAll[1] += rows;
  }

  /** The {@link MetricNames#REVIEW_AGREEMENT} values: group the rule, or empty for overall. */
  public List<MetricValue> values(String runId) {
    List<MetricValue> values = new ArrayList<>();
    counts.forEach((depth, byRule) -> byRule.forEach((rule, agreedOfAll) -> {
      if (agreedOfAll[1] > 0) {
        values.add(new MetricValue(runId, depth, MetricNames.REVIEW_AGREEMENT, rule,
            (double) agreedOfAll[0] / agreedOfAll[1], agreedOfAll[1]));
      }
    }));
    return values;
  }
}
