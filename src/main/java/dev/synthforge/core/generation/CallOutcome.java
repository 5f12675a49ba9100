package dev.synthforge.core.generation;

import java.util.List;
import java.util.Objects;

/** The outcome of one endpoint call, after retries. Never null; a failure is data. */
public sealed interface CallOutcome {

  /** Attempts made, 1 for a first-try answer. */
  int attempts();

  /** Wall time from the first attempt to the final answer, in milliseconds. */
  long latencyMillis();

  /** The name of the endpoint that answered last. */
  String endpointName();

  /**
   * A completion answer.
   *
   * @param choices the samples, in index order
   * @param modelReported the model named in the answer
   * @param systemFingerprint the server's fingerprint, or empty
   * @param promptTokens prompt tokens, as reported (0 when not reported)
   * @param completionTokens completion tokens over all choices (0 when not reported)
   */
  record Completed(
      List<Choice> choices,
      String modelReported,
      String systemFingerprint,
      long promptTokens,
      long completionTokens,
      int attempts,
      long latencyMillis,
      String endpointName)
      implements CallOutcome {
    public Completed {
      choices = List.copyOf(choices);
      Objects.requireNonNull(modelReported, "modelReported");
      Objects.requireNonNull(systemFingerprint, "systemFingerprint");
      Objects.requireNonNull(endpointName, "endpointName");
    }
  }

  /**
   * A call that produced no usable answer.
   *
   * @param errorClass the failure's class
   * @param httpStatus the last HTTP status, or 0 when none was received
   * @param message what went wrong, with credentials redacted
   */
  record Failed(
      ErrorClass errorClass,
      int httpStatus,
      String message,
      int attempts,
      long latencyMillis,
      String endpointName)
      implements CallOutcome {
    public Failed {
      Objects.requireNonNull(errorClass, "errorClass");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(endpointName, "endpointName");
    }
  }
}
