package dev.synthforge.config;

import java.util.Objects;

/**
 * Where the job's tables are written.
 *
 * @param database database (schema) of the output tables
 * @param generationsTable table of generated rows
 * @param runsTable ledger table, one row per run
 * @param curatedTable table of curation verdicts, one row per generated row
 * @param judgmentsTable table of judge model answers
 * @param metricsTable table of monitor metrics, long form
 * @param reviewsTable table of imported human reviews
 * @param warehouse local warehouse folder for local runs, as written (relative to the working
 *     directory of the job)
 */
public record OutputConfig(
    String database, String generationsTable, String runsTable, String curatedTable,
    String judgmentsTable, String metricsTable, String reviewsTable, String warehouse) {

  public OutputConfig {
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(generationsTable, "generationsTable");
    Objects.requireNonNull(runsTable, "runsTable");
    Objects.requireNonNull(curatedTable, "curatedTable");
    Objects.requireNonNull(judgmentsTable, "judgmentsTable");
    Objects.requireNonNull(metricsTable, "metricsTable");
    Objects.requireNonNull(reviewsTable, "reviewsTable");
    Objects.requireNonNull(warehouse, "warehouse");
  }

  /** These outputs in another database. */
  public OutputConfig withDatabase(String other) {
    return new OutputConfig(other, generationsTable, runsTable, curatedTable, judgmentsTable, metricsTable,
        reviewsTable, warehouse);
  }

  /** These outputs with another table for generated rows. */
  public OutputConfig withGenerationsTable(String other) {
    return new OutputConfig(database, other, runsTable, curatedTable, judgmentsTable, metricsTable, reviewsTable,
        warehouse);
  }
}
