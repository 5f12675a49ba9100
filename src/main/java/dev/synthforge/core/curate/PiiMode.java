package dev.synthforge.core.curate;

/** What the {@link PiiRule} does with a row that holds personal data or secrets. */
public enum PiiMode {
  /** Reject the row, naming the kind found. */
  FLAG,
  /** Keep the row and give its text with each finding replaced by its kind's mask. */
  MASK
}
