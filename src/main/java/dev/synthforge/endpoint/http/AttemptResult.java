package dev.synthforge.endpoint.http;

import dev.synthforge.core.generation.ErrorClass;
import java.time.Duration;

/** What one HTTP attempt produced: a parsed answer, or a classified failure. */
sealed interface AttemptResult {

  record Answer(OpenAiResponseParser.ParsedCompletion completion) implements AttemptResult {}

  /**
   * @param retryable whether another attempt may succeed (429s are handled by their own budget)
   * @param retryAfter the server's Retry-After, or null
   */
  record Failure(ErrorClass errorClass, int httpStatus, String message, boolean retryable, Duration retryAfter)
      implements AttemptResult {}
}
