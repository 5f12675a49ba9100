package dev.synthforge.spark;

import dev.synthforge.core.lineage.RunCounts;

/**
 * What a generate run did, for the summary and the exit code.
 *
 * @param recoveredRows staged rows of interrupted earlier runs merged at the start
 * @param fanOutMillis wall time of the fan-out stage (requests sent, rows staged); 0 when
 *     nothing was sent
 * @param failed whether the run failed its failure-ratio threshold
 */
public record GenerateResult(
    String runId,
    RunCounts counts,
    long recoveredRows,
    String generationsTable,
    String runsTable,
    long wallMillis,
    long fanOutMillis,
    boolean failed,
    String message) {}
