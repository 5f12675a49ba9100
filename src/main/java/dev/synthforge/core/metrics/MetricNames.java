package dev.synthforge.core.metrics;

/** The names under which the monitor records metrics, so gates and reports agree on them. */
public final class MetricNames {
  public static final String VOCABULARY_SUPPORT = "vocabulary_support";
  public static final String SINGLETON_RATIO = "singleton_ratio";
  public static final String COMPRESSION_RATIO = "compression_ratio";
  public static final String SELF_BLEU = "self_bleu";
  public static final String EMBEDDING_DISPERSION = "embedding_dispersion";
  public static final String VENDI_SCORE = "vendi_score";
  public static final String REPRESENTATION_RATIO = "representation_ratio";
  public static final String GROUP_COVERAGE = "group_coverage";
  public static final String GROUP_KULLBACK_LEIBLER = "group_kl";
  public static final String GROUP_JENSEN_SHANNON = "group_jsd";
  /** Rows measured at a depth (real seeds at depth 0). */
  public static final String ROWS = "rows";
  /** Mean length in tokens; and its nearest-rank median and 90th percentile. */
  public static final String LENGTH_MEAN = "length_mean";
  public static final String LENGTH_P50 = "length_p50";
  public static final String LENGTH_P90 = "length_p90";
  /** Mean judge score of the judged rows. */
  public static final String JUDGE_SCORE_MEAN = "judge_score_mean";
  /** Share of curated rows not kept; per group (a rule): share whose first rejection it was. */
  public static final String REJECTION_RATE = "rejection_rate";
  /** Share of generation calls that failed; per group (an endpoint): that endpoint's share. */
  public static final String FAILURE_RATE = "failure_rate";
  public static final String PROMPT_TOKENS = "prompt_tokens";
  public static final String COMPLETION_TOKENS = "completion_tokens";
  /** Estimated by the endpoints' configured prices. */
  public static final String COST_USD = "cost_usd";
  /**
   * Share of reviewed rows where the person agreed with the automatic decision; per group (a rule,
   * the judge among them): with that rule's pass or reject.
   */
  public static final String REVIEW_AGREEMENT = "review_agreement";

  private MetricNames() {}

  /** distinct-n: {@code distinct_2}. */
  public static String distinct(int order) {
    return "distinct_" + order;
  }

  /** n-gram entropy in nats: {@code entropy_2}. */
  public static String entropy(int order) {
    return "entropy_" + order;
  }

  /** Jensen-Shannon divergence of n-gram distributions to the real data: {@code jsd_2}. */
  public static String jensenShannon(int order) {
    return "jsd_" + order;
  }

  /** Share of the real data's rare n-grams present: {@code tail_recall_2}. */
  public static String tailRecall(int order) {
    return "tail_recall_" + order;
  }
}
