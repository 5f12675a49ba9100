package dev.synthforge.core.lineage;

import dev.synthforge.core.generation.ErrorClass;
import java.util.Objects;

/**
 * What became of one planned sample: its text and cost when it succeeded, its error when not.
 * Output that came back but is unusable (truncated, schema-violating) keeps its text.
 *
 * @param requestId the planned sample's id
 * @param succeeded whether the sample is usable
 * @param text the generated text, or null when none came back
 * @param finishReason the endpoint's finish reason, or null
 * @param errorClass why it failed, or null
 * @param httpStatus the last HTTP status, or 0
 * @param errorMessage a redacted message, or null
 * @param endpointName the endpoint that served it, or "" when no call was made
 * @param endpointUrl that endpoint's public base URL, or ""
 * @param modelRequested the model asked for, or ""
 * @param modelReported the model the server reported, or ""
 * @param systemFingerprint the server's fingerprint, or ""
 * @param promptTokens prompt tokens charged to this sample
 * @param completionTokens completion tokens of this sample
 * @param latencyMillis wall time of the call, retries included
 * @param attempts HTTP attempts of the call (0 when no call was made)
 */
public record SampleResult(
    String requestId,
    boolean succeeded,
    String text,
    String finishReason,
    ErrorClass errorClass,
    int httpStatus,
    String errorMessage,
    String endpointName,
    String endpointUrl,
    String modelRequested,
    String modelReported,
    String systemFingerprint,
    long promptTokens,
    long completionTokens,
    long latencyMillis,
    int attempts) implements java.io.Serializable {

  public SampleResult {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(endpointName, "endpointName");
    Objects.requireNonNull(endpointUrl, "endpointUrl");
    Objects.requireNonNull(modelRequested, "modelRequested");
    Objects.requireNonNull(modelReported, "modelReported");
    Objects.requireNonNull(systemFingerprint, "systemFingerprint");
    if (succeeded == (errorClass != null)) {
      throw new IllegalArgumentException("a sample succeeds exactly when it has no error class");
    }
  }

  /** A sample that failed before any call: an unusable seed. */
  public static SampleResult unsent(String requestId, ErrorClass errorClass, String message) {
    return new SampleResult(
        requestId, false, null, null, errorClass, 0, message, "", "", "", "", "", 0, 0, 0, 0);
  }
}
