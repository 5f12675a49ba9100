package dev.synthforge.config;

import java.util.Locale;
import java.util.Optional;

/** Formats of seed data. */
public enum SeedFormat {
  /** Decided when the seeds are read: by extension, or delta when the folder has a _delta_log. */
  AUTO,
  JSONL,
  CSV,
  PARQUET,
  DELTA;

  /** The format a file name's extension names, if any: .jsonl/.ndjson/.json, .csv, .parquet. */
  public static Optional<SeedFormat> byExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return Optional.of(JSONL);
    }
    if (lower.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    if (lower.endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    return Optional.empty();
  }
}
