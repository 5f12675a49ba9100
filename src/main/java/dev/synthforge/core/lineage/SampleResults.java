package dev.synthforge.core.lineage;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.Choice;
import dev.synthforge.core.generation.ErrorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the outcome of one call into one result per planned sample of that call. */
public final class SampleResults {
  private SampleResults() {}

  /**
   * Results for {@code requestIds}, the samples one call asked for, in choice order. Prompt
   * tokens are charged to the first sample; completion tokens are split evenly over the samples.
   *
   * @param structured whether the task asked for structured output (a cut-off answer is then
   *     invalid JSON, recorded as truncated)
   */
  public static List<SampleResult> fromOutcome(
      CallOutcome outcome,
      List<String> requestIds,
      String endpointUrl,
      String modelRequested,
      boolean structured,
      OutputCheck check) {
    List<SampleResult> results = new ArrayList<>(requestIds.size());
    if (requestIds.isEmpty()) {
      return results;
    }
    if (outcome instanceof CallOutcome.Failed failed) {
      for (String id : requestIds) {
        results.add(new SampleResult(
            id, false, null, null, failed.errorClass(), failed.httpStatus(), failed.message(),
            failed.endpointName(), endpointUrl, modelRequested, "", "", 0, 0,
            failed.latencyMillis(), failed.attempts()));
      }
      return results;
    }
    CallOutcome.Completed completed = (CallOutcome.Completed) outcome;
    long completionShare = completed.completionTokens() / requestIds.size();
    for (int i = 0; i < requestIds.size(); i++) {
      long promptTokens = i == 0 ? completed.promptTokens() : 0;
      long completionTokens = i == 0
          ? completed.completionTokens() - completionShare * (requestIds.size() - 1)
          : completionShare;
      Choice choice = i < completed.choices().size() ? completed.choices().get(i) : null;
      ErrorClass error = null;
      String message = null;
      if (choice == null) {
        error = ErrorClass.MISSING_CHOICE;
        message = "the endpoint returned " + completed.choices().size() + " choice(s), " + requestIds.size() + " asked";
      } else if (structured && "length".equals(choice.finishReason())) {
        error = ErrorClass.TRUNCATED_OUTPUT;
        message = "stopped at max_tokens before the JSON was complete (finish_reason=length)";
      } else {
        Optional<String> problem = check.problem(choice.text());
        if (problem.isPresent()) {
          error = ErrorClass.SCHEMA_VIOLATION;
          message = problem.get();
        }
      }
      results.add(new SampleResult(
          requestIds.get(i), error == null, choice == null ? null : choice.text(),
          choice == null ? null : choice.finishReason(), error, 200, message,
          completed.endpointName(), endpointUrl, modelRequested, completed.modelReported(),
          completed.systemFingerprint(), promptTokens, completionTokens,
          completed.latencyMillis(), completed.attempts()));
    }
    return results;
  }
}
