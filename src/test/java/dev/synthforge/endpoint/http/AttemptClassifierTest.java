package dev.synthforge.endpoint.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.core.generation.ErrorClass;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptClassifierTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final OpenAiResponseParser PARSER = new OpenAiResponseParser(MAPPER);
  private static final ErrorBodyParser ERRORS = new ErrorBodyParser(MAPPER);

  private static AttemptResult classify(int status, String body, String... headers) {
    return AttemptClassifier.fromResponse(FakeHttpResponse.of(status, body, headers), PARSER, ERRORS);
  }

  private static Duration retryAfter(String... headers) {
    return AttemptClassifier.retryAfter(FakeHttpResponse.of(429, "", headers));
  }

  @Test
  void retryAfterMillisWins() {
    assertThat(retryAfter("retry-after-ms", "250", "retry-after", "9")).isEqualTo(Duration.ofMillis(250));
    assertThat(retryAfter("retry-after-ms", "12.7")).isEqualTo(Duration.ofMillis(12));
  }

  @Test
  void retryAfterSeconds() {
    assertThat(retryAfter("Retry-After", "3")).isEqualTo(Duration.ofSeconds(3));
    assertThat(retryAfter("retry-after", " 1.5 ")).isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void unparsableMillisFallBackToSeconds() {
    assertThat(retryAfter("retry-after-ms", "soon", "retry-after", "2")).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void httpDateOrNoHeaderMeansBackoff() {
    assertThat(retryAfter("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")).isNull();
    assertThat(retryAfter()).isNull();
  }

  @Test
  void zeroOrNegativeRetryAfterMeansBackoff() {
    assertThat(retryAfter("retry-after-ms", "0")).isNull();
    assertThat(retryAfter("retry-after-ms", "-100")).isNull();
    assertThat(retryAfter("retry-after", "-1")).isNull();
    assertThat(retryAfter("retry-after", "NaN")).isNull();
    assertThat(retryAfter("retry-after-ms", "0", "retry-after", "1")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void rateLimitCarriesRetryAfterAndIsRetryable() {
    AttemptResult result = classify(429, "{\"error\":{\"message\":\"slow down\",\"code\":\"rate_limit_exceeded\"}}",
        "retry-after-ms", "40");
    assertThat(result).isEqualTo(
        new AttemptResult.Failure(ErrorClass.RATE_LIMITED, 429, "slow down", true, Duration.ofMillis(40)));
  }

  @Test
  void insufficientQuotaIsNotRetryable() {
    assertThat(classify(429, "{\"error\":{\"message\":\"quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}"))
        .isEqualTo(new AttemptResult.Failure(ErrorClass.QUOTA_EXHAUSTED, 429, "quota", false, null));
  }

  @ParameterizedTest
  @CsvSource({
    "408, SERVER_ERROR, true",
    "409, SERVER_ERROR, true",
    "500, SERVER_ERROR, true",
    "502, SERVER_ERROR, true",
    "503, SERVER_ERROR, true",
    "400, BAD_REQUEST, false",
    "422, BAD_REQUEST, false",
    "401, AUTHENTICATION, false",
    "403, AUTHENTICATION, false",
    "404, NOT_FOUND, false",
    "405, HTTP_ERROR, false",
    "302, HTTP_ERROR, false"
  })
  void statusesMapToClasses(int status, ErrorClass errorClass, boolean retryable) {
    assertThat(classify(status, "{\"object\":\"error\",\"message\":\"why\",\"code\":" + status + "}"))
        .isEqualTo(new AttemptResult.Failure(errorClass, status, "why", retryable, null));
  }

  @Test
  void emptyErrorBodyNamesTheStatus() {
    assertThat(classify(502, "")).isEqualTo(new AttemptResult.Failure(ErrorClass.SERVER_ERROR, 502, "HTTP 502", true, null));
  }

  @Test
  void malformedSuccessIsRetryable() {
    assertThat(classify(200, "{\"choices\":[]}"))
        .isEqualTo(new AttemptResult.Failure(ErrorClass.MALFORMED_RESPONSE, 200, "answer has no 'choices'", true, null));
  }

  @Test
  void anySuccessStatusIsParsed() {
    assertThat(classify(201, "{\"choices\":[{\"text\":\"a\"}]}")).isInstanceOf(AttemptResult.Answer.class);
  }

  @Test
  void exceptions() {
    assertThat(AttemptClassifier.fromException(new CompletionException(new HttpTimeoutException("request timed out"))))
        .isEqualTo(new AttemptResult.Failure(ErrorClass.TIMEOUT, 0, "no answer within the request timeout", true, null));
    assertThat(AttemptClassifier.fromException(new HttpConnectTimeoutException("connect timed out")))
        .extracting(result -> ((AttemptResult.Failure) result).errorClass()).isEqualTo(ErrorClass.TIMEOUT);
    assertThat(AttemptClassifier.fromException(new CompletionException(new ConnectException())))
        .isEqualTo(new AttemptResult.Failure(ErrorClass.CONNECTION, 0, "ConnectException", true, null));
    assertThat(AttemptClassifier.fromException(new IOException("connection reset")))
        .isEqualTo(new AttemptResult.Failure(ErrorClass.CONNECTION, 0, "connection reset", true, null));
    assertThat(AttemptClassifier.fromException(new IllegalStateException("bug")))
        .isEqualTo(new AttemptResult.Failure(ErrorClass.INTERNAL, 0, "java.lang.IllegalStateException: bug", false, null));
  }
}
