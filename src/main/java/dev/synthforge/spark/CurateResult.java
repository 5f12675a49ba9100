package dev.synthforge.spark;

import java.util.List;

/**
 * What a curate run decided.
 *
 * @param rows rows curated (every generated row of the task)
 * @param kept rows no rule rejected
 * @param changed rows whose verdicts were new or changed, and were written
 * @param rejections one line per rule: rows it rejected first, and rows it rejected at all
 * @param judged judge calls answered by this run's fan-out (0 without the judge rule)
 * @param judgeFailed rows whose judge call failed; the next run asks again
 * @param failed whether the run failed (its judge run failed)
 * @param message what went wrong, or "ok"
 */
public record CurateResult(
    String runId,
    String curatedTable,
    long rows,
    long kept,
    long changed,
    List<RuleRejections> rejections,
    long judged,
    long judgeFailed,
    long wallMillis,
    boolean failed,
    String message) {

  public CurateResult {
    rejections = List.copyOf(rejections);
  }

  /**
   * Rejections of one rule and reason.
   *
   * @param rule rule name, or input
   * @param reason reason code
   * @param first rows this rule rejected first (the row's recorded reason)
   * @param any rows this rule rejected, first or not
   */
  public record RuleRejections(String rule, String reason, long first, long any) {}
}
