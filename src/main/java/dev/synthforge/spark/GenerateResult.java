package dev.synthforge.spark;

import dev.synthforge.core.lineage.RunCounts;

/**
 * What a generate run did, for the summary and the exit code.
 *
 * @param recoveredRows staged rows of interrupted earlier runs merged at the start
 * @param failed whether the run failed its failure-ratio threshold
 */
public record GenerateResult(
    String runId,
    RunCounts counts,
    long recoveredRows,
    String generationsTable,
    String runsTable,
    long wallMillis,
    boolean failed,
    String message) {}
