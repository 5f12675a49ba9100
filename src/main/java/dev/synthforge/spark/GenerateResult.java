package dev.synthforge.spark;

import dev.synthforge.core.lineage.RunCounts;
import java.util.Optional;

/**
 * What a generate run did, for the summary and the exit code.
 *
 * @param recoveredRows rows of interrupted earlier runs (staged or journaled) merged at the start
 * @param callsSent endpoint calls this run made (retries not counted)
 * @param responsesReused responses taken from the journal of an interrupted task attempt instead
 *     of being requested again
 * @param requestsResent requests sent again that an interrupted attempt had already sent without
 *     a journaled answer (its in-flight window)
 * @param fanOutMillis wall time of the fan-out stage (requests sent, rows staged); 0 when
 *     nothing was sent
 * @param failed whether the run failed its failure-ratio threshold
 * @param stratified the per-group quotas planned and achieved, when the task is stratified
 */
public record GenerateResult(
    String runId,
    RunCounts counts,
    long recoveredRows,
    long callsSent,
    long responsesReused,
    long requestsResent,
    String generationsTable,
    String runsTable,
    long wallMillis,
    long fanOutMillis,
    boolean failed,
    String message,
    Optional<StratifiedOutcome> stratified) {}
