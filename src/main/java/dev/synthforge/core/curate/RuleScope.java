package dev.synthforge.core.curate;

/** What a curation rule needs besides the row itself, which decides how a job runs it. */
public enum RuleScope {
  /** Nothing: the rule judges each row on its own, as a {@link RowRule}. */
  ROW,
  /** A reference set built beforehand (seeds, evaluation sets), small enough to broadcast. */
  REFERENCE,
  /** The other rows of the run: duplicate clusters or a greedy pass in a stated order. */
  SET,
  /** A call to a model endpoint per row, through the generation fan-out. */
  MODEL
}
