package dev.synthforge.core.generation;

/** Why a sample failed; stored on failed rows and counted in the run summary. */
public enum ErrorClass {
  /** The connection could not be made, or was closed or reset without an answer. */
  CONNECTION(true),
  /** No answer within the request timeout. */
  TIMEOUT(true),
  /** 429 until the rate-limit time budget ran out. */
  RATE_LIMITED(true),
  /** 429 insufficient_quota: the account is out of credit; retrying cannot help. */
  QUOTA_EXHAUSTED(false),
  /** 5xx, 408 or 409 on every attempt. */
  SERVER_ERROR(true),
  /** 400 or 422: the endpoint rejected the request. */
  BAD_REQUEST(false),
  /** 401 or 403: the API key is missing, wrong or lacks permission. */
  AUTHENTICATION(false),
  /** 404: wrong URL or model name. */
  NOT_FOUND(false),
  /** Any other status the client does not retry. */
  HTTP_ERROR(false),
  /** A 200 answer that is not a valid completion (not JSON, cut short, missing fields). */
  MALFORMED_RESPONSE(true),
  /** The completion stopped at max tokens while structured output was asked for. */
  TRUNCATED_OUTPUT(false),
  /** Structured output that does not satisfy the task's JSON schema. */
  SCHEMA_VIOLATION(false),
  /** The endpoint returned fewer choices than asked for. */
  MISSING_CHOICE(false),
  /** A template field was null or missing in the seed row. */
  MISSING_TEMPLATE_FIELD(false),
  /** The seed text is longer than the configured limit. */
  SEED_TOO_LARGE(false),
  /** The run's deadline passed before the request was sent. */
  DEADLINE_EXCEEDED(true),
  /** The run's token or cost budget (run.max-tokens, run.max-cost-usd) was spent first. */
  BUDGET_EXHAUSTED(true),
  /** Every endpoint's circuit stayed open for longer than run.endpoint-wait. */
  NO_HEALTHY_ENDPOINT(true),
  /** An unexpected error inside synthforge while handling the row. */
  INTERNAL(true);

  private final boolean transientFailure;

  ErrorClass(boolean transientFailure) {
    this.transientFailure = transientFailure;
  }

  /** Whether a later run may succeed where this one failed. */
  public boolean transientFailure() {
    return transientFailure;
  }
}
