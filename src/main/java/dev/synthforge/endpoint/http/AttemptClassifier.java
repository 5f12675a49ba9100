package dev.synthforge.endpoint.http;

import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.endpoint.AttemptSignal;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Classifies one HTTP attempt. Retried: connection errors, timeouts, 408, 409, 5xx and malformed
 * answers; 429 by its own time budget unless the quota is exhausted. Failed at once: 400, 401, 403,
 * 404, 422 and every other status.
 */
final class AttemptClassifier {
  private AttemptClassifier() {}

  /** What an attempt's result says about the endpoint. */
  static AttemptSignal signal(AttemptResult result) {
    if (result instanceof AttemptResult.Answer) {
      return AttemptSignal.SUCCESS;
    }
    return switch (((AttemptResult.Failure) result).errorClass()) {
      case RATE_LIMITED, QUOTA_EXHAUSTED -> AttemptSignal.RATE_LIMITED;
      case TIMEOUT -> AttemptSignal.TIMEOUT;
      case CONNECTION -> AttemptSignal.CONNECTION_FAILURE;
      case SERVER_ERROR, MALFORMED_RESPONSE -> AttemptSignal.SERVER_FAILURE;
      default -> AttemptSignal.REJECTED;
    };
  }

  static AttemptResult fromException(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof HttpTimeoutException) {
      return new AttemptResult.Failure(ErrorClass.TIMEOUT, 0, "no answer within the request timeout", true, null);
    }
    if (cause instanceof IOException) {
      String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      return new AttemptResult.Failure(ErrorClass.CONNECTION, 0, message, true, null);
    }
    return new AttemptResult.Failure(ErrorClass.INTERNAL, 0, cause.toString(), false, null);
  }

  static AttemptResult fromResponse(
      HttpResponse<byte[]> response, OpenAiResponseParser parser, ErrorBodyParser errors) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      try {
        return new AttemptResult.Answer(parser.parse(response.body()));
      } catch (OpenAiResponseParser.MalformedResponseException e) {
        return new AttemptResult.Failure(ErrorClass.MALFORMED_RESPONSE, status, e.getMessage(), true, null);
      }
    }
    ErrorBodyParser.ErrorBody body = errors.parse(response.body());
    String message = body.message().isEmpty() ? "HTTP " + status : body.message();
    if (status == 429) {
      if (body.code().contains("insufficient_quota")) {
        return new AttemptResult.Failure(ErrorClass.QUOTA_EXHAUSTED, status, message, false, null);
      }
      return new AttemptResult.Failure(ErrorClass.RATE_LIMITED, status, message, true, retryAfter(response));
    }
    if (status == 408 || status == 409 || status >= 500) {
      return new AttemptResult.Failure(ErrorClass.SERVER_ERROR, status, message, true, null);
    }
    ErrorClass errorClass = switch (status) {
      case 400, 422 -> ErrorClass.BAD_REQUEST;
      case 401, 403 -> ErrorClass.AUTHENTICATION;
      case 404 -> ErrorClass.NOT_FOUND;
      default -> ErrorClass.HTTP_ERROR;
    };
    return new AttemptResult.Failure(errorClass, status, message, false, null);
  }

  /**
   * Retry-After from {@code retry-after-ms} or {@code retry-after} (seconds), or null. A value
   * that is not positive is ignored, as the OpenAI SDKs do: waits of zero would never use up the
   * rate-limit budget, and negative ones would grow it.
   */
  static Duration retryAfter(HttpResponse<?> response) {
    Optional<String> millis = response.headers().firstValue("retry-after-ms");
    if (millis.isPresent()) {
      Duration wait = positiveMillis(millis.get(), 1);
      if (wait != null) {
        return wait;
      }
    }
    Optional<String> seconds = response.headers().firstValue("retry-after");
    // An HTTP date does not parse: fall back to backoff.
    return seconds.map(value -> positiveMillis(value, 1000)).orElse(null);
  }

  private static Duration positiveMillis(String value, double millisPerUnit) {
    try {
      double millis = Double.parseDouble(value.strip()) * millisPerUnit;
      return millis >= 1 ? Duration.ofMillis((long) millis) : null;
    } catch (NumberFormatException ignored) {
      return null;
    }
  }
}
