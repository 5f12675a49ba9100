package dev.synthforge.spark;

import dev.synthforge.core.CodeVersion;
import dev.synthforge.core.lineage.RunCounts;
import java.time.Instant;
import java.util.Map;

/** Builds ledger entries for the phases of a run. */
final class RunLedgerEntries {
  private RunLedgerEntries() {}

  static RunLedger.Entry running(RunIdentity identity, String job, Instant started, String endpoints, String table) {
    return new RunLedger.Entry(identity.runId(), job, identity.runDate(), "running", 0, 0, 0, 0,
        RunLedger.Work.none(), 0, 0, 0,
        Map.of(), started, null, identity.configHash(), CodeVersion.current(), identity.schedulerRunId(),
        endpoints, table, null);
  }

  /** A run that stopped on an error before it could count its rows. */
  static RunLedger.Entry failed(RunIdentity identity, String job, Instant started, Instant finished,
      String message, String endpoints, String table) {
    return new RunLedger.Entry(identity.runId(), job, identity.runDate(), "failed", 0, 0, 0, 0,
        RunLedger.Work.none(), 0, 0, 0, Map.of(), started, finished, identity.configHash(),
        CodeVersion.current(), identity.schedulerRunId(), endpoints, table,
        "stopped by an error; the next run recovers what it sent: " + message);
  }

  static RunLedger.Entry finished(RunIdentity identity, String job, Instant started, Instant finished,
      RunCounts counts, RunLedger.Work work, boolean failed, String message, String endpoints, String table) {
    return new RunLedger.Entry(identity.runId(), job, identity.runDate(), failed ? "failed" : "succeeded",
        counts.requested(), counts.generated(), counts.failed(), counts.skippedExisting(), work,
        counts.promptTokens(), counts.completionTokens(), counts.estimatedCostUsd(),
        counts.failuresByClass(), started, finished, identity.configHash(), CodeVersion.current(),
        identity.schedulerRunId(), endpoints, table, message);
  }

  /**
   * A finished curate run: requested holds the rows curated, generated the rows kept, failed the
   * rows not kept, skipped_existing the rows whose verdicts did not change, and failures_by_class
   * the rows not kept per first rule:reason.
   */
  static RunLedger.Entry curated(RunIdentity identity, Instant started, Instant finished, long rows, long kept,
      long unchanged, Map<String, Long> firstRejections, boolean failed, String message, String endpoints,
      String table) {
    return new RunLedger.Entry(identity.runId(), "curate", identity.runDate(), failed ? "failed" : "succeeded",
        rows, kept, rows - kept, unchanged, RunLedger.Work.none(), 0, 0, 0, firstRejections, started, finished,
        identity.configHash(), CodeVersion.current(), identity.schedulerRunId(), endpoints, table, message);
  }

  /**
   * A finished monitor run: requested and generated hold the rows measured; a run whose quality
   * gates were breached is failed, with the breaches in its message.
   */
  static RunLedger.Entry measured(RunIdentity identity, Instant started, Instant finished, long rows,
      boolean breached, String message, String table) {
    return new RunLedger.Entry(identity.runId(), "monitor", identity.runDate(), breached ? "failed" : "succeeded",
        rows, rows, 0, 0, RunLedger.Work.none(), 0, 0, 0, Map.of(), started, finished, identity.configHash(),
        CodeVersion.current(), identity.schedulerRunId(), "", table, message);
  }
}
