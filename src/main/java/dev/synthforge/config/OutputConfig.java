package dev.synthforge.config;

import java.util.Objects;

/**
 * Where the job's tables are written.
 *
 * @param database database (schema) of the output tables
 * @param generationsTable table of generated rows
 * @param runsTable ledger table, one row per run
 * @param warehouse local warehouse folder for local runs, as written (relative to the working
 *     directory of the job)
 */
public record OutputConfig(
    String database, String generationsTable, String runsTable, String warehouse) {

  public OutputConfig {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(generationsTable, "generationsTable");
    Objects.requireNonNull(runsTable, "runsTable");
    Objects.requireNonNull(warehouse, "warehouse");
  }
}
