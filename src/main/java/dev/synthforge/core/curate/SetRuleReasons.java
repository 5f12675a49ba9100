package dev.synthforge.core.curate;

/**
 * Reason codes of the rules that judge a row against the other rows (dedup and novelty). The
 * rows a dedup rule rejects are the members of a cluster other than its representative.
 */
public final class SetRuleReasons {
  private SetRuleReasons() {}

  /** exact-dedup: the normalised text equals the representative's. */
  public static final String EXACT_DUPLICATE = "exact_duplicate";
  /** near-dup: in one connected component of LSH candidates with the representative. */
  public static final String NEAR_DUPLICATE = "near_duplicate";
  /** semantic-dedup: embedding cosine above 1 - epsilon to a kept row of the cluster. */
  public static final String SEMANTIC_DUPLICATE = "semantic_duplicate";
  /** novelty: ROUGE-L at or above the threshold to a row kept before it. */
  public static final String NOT_NOVEL = "not_novel";
}
