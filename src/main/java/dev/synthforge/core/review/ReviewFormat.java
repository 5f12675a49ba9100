package dev.synthforge.core.review;

/** The file formats of review exports and imports. */
public enum ReviewFormat {
  /** Comma-separated values with a header line, RFC 4180 quoting. */
  CSV,
  /** JSON Lines: one JSON object per line. */
  JSONL
}
