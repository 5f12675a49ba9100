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
