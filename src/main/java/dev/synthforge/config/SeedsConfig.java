package dev.synthforge.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the seed rows come from and which of their columns matter.
 *
 * @param path file or folder of seed data, absolute, or a URI with a scheme kept as written;
 *     exactly one of path and table is present
 * @param table catalog table to read seeds from
 * @param format format of the data at {@code path}
 * @param idColumn column holding the seed id; absent: the id is a hash of the seed's content
 * @param textColumn column holding the main text
 * @param attributes columns carried into lineage, the groups for representation
 * @param maxTextChars longest seed text; longer seeds become recorded failures
 * @param limit most seeds to read; 0 reads all
 */
public record SeedsConfig(
    Optional<String> path,
    Optional<String> table,
    SeedFormat format,
    Optional<String> idColumn,
    String textColumn,
    List<String> attributes,
    int maxTextChars,
    long limit) {

  public SeedsConfig {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(idColumn, "idColumn");
    Objects.requireNonNull(textColumn, "textColumn");
    attributes = List.copyOf(attributes);
  }
}
