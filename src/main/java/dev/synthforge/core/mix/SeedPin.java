package dev.synthforge.core.mix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The real pool as a mix read it. A Delta source (table or path) is pinned by its version and read
 * again by time travel; a file source is pinned by a SHA-256 over its files, and a rebuild refuses
 * files whose content changed.
 *
 * @param kind {@link #DELTA_TABLE}, {@link #DELTA_PATH} or {@link #FILE}
 * @param source table name or path
 * @param format file format (jsonl, csv, parquet, delta)
 * @param version Delta version; empty for files
 * @param contentHash SHA-256 of the files' names and bytes; empty for Delta
 * @param idColumn seed id column; empty: ids are hashes of the row
 * @param textColumn column of the text
 * @param attributes seed attribute columns
 * @param limit most seeds read; 0 reads all
 */
public record SeedPin(String kind, String source, String format, OptionalLong version, Optional<String> contentHash,
    Optional<String> idColumn, String textColumn, List<String> attributes, long limit) {
  public static final String DELTA_TABLE = "delta-table";
  public static final String DELTA_PATH = "delta-path";
  public static final String FILE = "file";

  public SeedPin {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(textColumn, "textColumn");
    attributes = List.copyOf(attributes);
  }

  /** How the card and messages name the pin: {@code synth.seeds@3} or {@code path#sha256:ab12...}. */
  public String describe() {
    return version.isPresent() ? source + "@v" + version.getAsLong()
        : source + " (sha256 " + contentHash.orElse("").substring(0, Math.min(16, contentHash.orElse("").length())) + ")";
  }
}
