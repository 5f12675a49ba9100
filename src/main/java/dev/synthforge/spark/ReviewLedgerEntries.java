package dev.synthforge.spark;

import dev.synthforge.core.CodeVersion;
import java.time.Instant;
import java.util.Map;

/** Ledger entries of the review jobs, with what their counts columns hold. */
final class ReviewLedgerEntries {
  private ReviewLedgerEntries() {}

  /**
   * A finished export: requested holds the task's curated rows, generated the rows written to the
   * file, failures_by_class the rows written per stratum (group|curation|judge band).
   */
  static RunLedger.Entry exported(RunIdentity identity, Instant started, Instant finished, long rows, long written,
      Map<String, Long> byStratum, String file, String message) {
    return new RunLedger.Entry(identity.runId(), ReviewExportJob.JOB, identity.runDate(), "succeeded", rows, written,
        0, 0, RunLedger.Work.none(), 0, 0, 0, byStratum, started, finished, identity.configHash(),
        CodeVersion.current(), identity.schedulerRunId(), "", file, message);
  }

  /**
   * A finished import: requested holds the reviews in the file, generated the reviews stored by
   * this run, skipped_existing those stored before, failed 0 (a file with problems fails whole).
   */
  static RunLedger.Entry imported(RunIdentity identity, Instant started, Instant finished, long reviews, long stored,
      long curatedChanged, String table, String message) {
    return new RunLedger.Entry(identity.runId(), ReviewImportJob.JOB, identity.runDate(), "succeeded", reviews,
        stored, 0, reviews - stored, RunLedger.Work.none(), 0, 0, 0, Map.of("curated_rows_changed", curatedChanged),
        started, finished, identity.configHash(), CodeVersion.current(), identity.schedulerRunId(), "", table,
        message);
  }

  /** A run stopped by an error, such as an import file with problems: nothing was applied. */
  static RunLedger.Entry stopped(RunIdentity identity, String job, Instant started, Instant finished, String table,
      String message) {
    return new RunLedger.Entry(identity.runId(), job, identity.runDate(), "failed", 0, 0, 0, 0,
        RunLedger.Work.none(), 0, 0, 0, Map.of(), started, finished, identity.configHash(), CodeVersion.current(),
        identity.schedulerRunId(), "", table, "nothing was applied: " + message);
  }
}
