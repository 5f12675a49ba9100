package dev.synthforge.endpoint.http;

import dev.synthforge.core.endpoint.RetryPolicy;
import static dev.synthforge.endpoint.EndpointFixtures.FAST_RETRY;
import static dev.synthforge.endpoint.EndpointFixtures.chat;
import static dev.synthforge.endpoint.EndpointFixtures.chatAnswer;
import static dev.synthforge.endpoint.EndpointFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.endpoint.ScriptedServer;
import dev.synthforge.endpoint.ScriptedServer.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the client classifies and retries failed attempts, against a scripted loopback server. */
class OpenAiHttpClientRetryTest {
  private static final String OK = chatAnswer("fine");
  private static final String RATE_LIMITED =
      "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}";

  private final ScriptedServer server = ScriptedServer.start();

  @TempDir Path temp;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private CallOutcome call(RetryPolicy retry) {
    return await(new OpenAiHttpClient(spec(server.baseUrl(), retry)));
  }

  private static CallOutcome await(OpenAiHttpClient client) {
    try {
      // A guard against a hang, not a timing assertion.
      return client.call(chat("x")).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the call did not complete normally", e);
    }
  }

  private static CallOutcome.Completed completed(CallOutcome outcome) {
    assertThat(outcome).isInstanceOf(CallOutcome.Completed.class);
    return (CallOutcome.Completed) outcome;
  }

  private static CallOutcome.Failed failed(CallOutcome outcome) {
    assertThat(outcome).isInstanceOf(CallOutcome.Failed.class);
    return (CallOutcome.Failed) outcome;
  }

  private static RetryPolicy policy(int maxAttempts, Duration maxBackoff, Duration rateLimitBudget) {
    return new RetryPolicy(maxAttempts, Duration.ofMillis(1), maxBackoff, rateLimitBudget);
  }

  @Test
  void rateLimitWithRetryAfterMillisIsWaitedOutThenRetried() {
    server.enqueue(Response.json(429, RATE_LIMITED).header("retry-after-ms", "150"), Response.json(200, OK));
    long start = System.nanoTime();

    CallOutcome.Completed outcome = completed(call(policy(3, Duration.ofSeconds(5), Duration.ofSeconds(30))));

    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(150);
    assertThat(outcome.latencyMillis()).isGreaterThanOrEqualTo(150);
  }

  @Test
  void rateLimitWithRetryAfterSecondsIsWaitedOut() {
    server.enqueue(Response.json(429, RATE_LIMITED).header("Retry-After", "1"), Response.json(200, OK));

    CallOutcome.Completed outcome = completed(call(policy(3, Duration.ofSeconds(5), Duration.ofSeconds(30))));

    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(outcome.latencyMillis()).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void retryAfterIsCappedAtMaxBackoff() {
    server.enqueue(Response.json(429, RATE_LIMITED).header("Retry-After", "3600"), Response.json(200, OK));

    assertThat(completed(call(FAST_RETRY)).attempts()).isEqualTo(2);
  }

  @Test
  void rateLimitsDoNotUseUpAttempts() {
    Response limited = Response.json(429, RATE_LIMITED).header("retry-after-ms", "1");
    server.enqueue(limited, limited, limited, Response.json(200, OK));

    CallOutcome.Completed outcome = completed(call(policy(2, Duration.ofMillis(20), Duration.ofSeconds(5))));

    assertThat(outcome.attempts()).isEqualTo(4);
  }

  @Test
  void rateLimitBudgetRunsOutAsRateLimited() {
    server.otherwise(Response.json(429, RATE_LIMITED).header("retry-after-ms", "20"));

    CallOutcome.Failed outcome = failed(call(policy(2, Duration.ofMillis(20), Duration.ofMillis(50))));

    // Waits of 20 + 20 ms fit the 50 ms budget; a third would not.
    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.RATE_LIMITED);
    assertThat(outcome.httpStatus()).isEqualTo(429);
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.message())
        .isEqualTo("RATE_LIMITED (HTTP 429) from local after 3 attempt(s): Rate limit reached");
  }

  @Test
  void singleAttemptPolicyGivesUpOnTheFirstRateLimit() {
    server.otherwise(Response.json(429, RATE_LIMITED));

    CallOutcome.Failed outcome = failed(call(RetryPolicy.none()));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.RATE_LIMITED);
    assertThat(outcome.attempts()).isEqualTo(1);
  }

  @Test
  void zeroOrNegativeRetryAfterStillSpendsTheBudget() {
    server.enqueue(Response.json(429, RATE_LIMITED).header("retry-after-ms", "-5000"));
    server.otherwise(Response.json(429, RATE_LIMITED).header("Retry-After", "0"));

    CallOutcome.Failed outcome = failed(call(policy(2, Duration.ofMillis(20), Duration.ofMillis(100))));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.RATE_LIMITED);
    assertThat(outcome.attempts()).isGreaterThan(1);
  }

  @Test
  void insufficientQuotaFailsAtOnce() {
    server.otherwise(Response.json(429, "{\"error\":{\"message\":\"You exceeded your current quota\","
        + "\"type\":\"insufficient_quota\",\"param\":null,\"code\":\"insufficient_quota\"}}"));

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.QUOTA_EXHAUSTED);
    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(outcome.message()).contains("You exceeded your current quota");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void vllmFlatServiceUnavailableIsRetried() {
    server.enqueue(
        Response.json(503, "{\"object\":\"error\",\"message\":\"The model is loading\",\"type\":\"ServiceUnavailable\","
            + "\"param\":null,\"code\":503}"),
        Response.json(200, OK));

    CallOutcome.Completed outcome = completed(call(FAST_RETRY));

    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(outcome.choices().get(0).text()).isEqualTo("fine");
  }

  @Test
  void serverErrorOnEveryAttemptUsesUpMaxAttempts() {
    server.otherwise(Response.json(500, "{\"error\":{\"message\":\"CUDA out of memory\",\"code\":500}}"));

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.SERVER_ERROR);
    assertThat(outcome.httpStatus()).isEqualTo(500);
    assertThat(outcome.attempts()).isEqualTo(FAST_RETRY.maxAttempts());
    assertThat(outcome.message()).isEqualTo("SERVER_ERROR (HTTP 500) from local after 3 attempt(s): CUDA out of memory");
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void retriesSendTheSameRequest() {
    server.enqueue(Response.status(502), Response.json(200, OK));

    completed(call(FAST_RETRY));

    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1).bodyText()).isEqualTo(server.requests().get(0).bodyText());
    assertThat(server.requests().get(1).header("X-Request-Id")).isEqualTo(server.requests().get(0).header("X-Request-Id"));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409})
  void requestTimeoutAndConflictAreRetried(int status) {
    server.enqueue(Response.json(status, "{\"error\":{\"message\":\"try again\"}}"), Response.json(200, OK));

    assertThat(completed(call(FAST_RETRY)).attempts()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
    "400, BAD_REQUEST",
    "401, AUTHENTICATION",
    "403, AUTHENTICATION",
    "404, NOT_FOUND",
    "422, BAD_REQUEST",
    "418, HTTP_ERROR"
  })
  void clientErrorsFailAtOnce(int status, ErrorClass expected) {
    server.otherwise(Response.json(status, "{\"error\":{\"message\":\"refused for a reason\",\"code\":\"x\"}}"));

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(expected);
    assertThat(outcome.httpStatus()).isEqualTo(status);
    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(outcome.message())
        .isEqualTo(expected + " (HTTP " + status + ") from local after 1 attempt(s): refused for a reason");
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void statusWithoutBodyNamesTheStatus() {
    server.otherwise(Response.status(404));

    assertThat(failed(call(FAST_RETRY)).message()).isEqualTo("NOT_FOUND (HTTP 404) from local after 1 attempt(s): HTTP 404");
  }

  @Test
  void textGenerationInferenceErrorBodyIsRead() {
    server.otherwise(Response.json(503, "{\"error\":\"Model is overloaded\",\"error_type\":\"overloaded\"}"));

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.SERVER_ERROR);
    assertThat(outcome.message()).endsWith(": Model is overloaded");
  }

  @Test
  void droppedConnectionIsRetried() {
    server.enqueue(Response.disconnect(), Response.json(200, OK));

    assertThat(completed(call(FAST_RETRY)).attempts()).isEqualTo(2);
  }

  @Test
  void connectionDroppedOnEveryAttemptFailsAsConnection() {
    server.otherwise(Response.disconnect());

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.CONNECTION);
    assertThat(outcome.httpStatus()).isZero();
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.message()).startsWith("CONNECTION from local after 3 attempt(s): ");
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void noAnswerWithinTheRequestTimeoutFailsAsTimeout() {
    server.otherwise(Response.json(200, OK).delayed(Duration.ofSeconds(30)));
    var client = new OpenAiHttpClient(spec(server.baseUrl(), RetryPolicy.none(), null, Duration.ofMillis(200)));

    CallOutcome.Failed outcome = failed(await(client));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.TIMEOUT);
    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(outcome.message()).isEqualTo("TIMEOUT from local after 1 attempt(s): no answer within the request timeout");
    assertThat(outcome.latencyMillis()).isGreaterThanOrEqualTo(200);
  }

  @Test
  void bodyThatIsNotJsonIsRetried() {
    server.enqueue(Response.status(200).body("<html>gateway hiccup</html>"), Response.json(200, OK));

    assertThat(completed(call(FAST_RETRY)).attempts()).isEqualTo(2);
  }

  @Test
  void bodyThatIsNeverJsonFailsAsMalformed() {
    server.otherwise(Response.status(200).body("not json at all"));

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.MALFORMED_RESPONSE);
    assertThat(outcome.httpStatus()).isEqualTo(200);
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(outcome.message()).endsWith(": answer is not valid JSON (15 bytes)");
  }

  @Test
  void truncatedJsonFailsAsMalformed() {
    server.otherwise(Response.json(200, OK.substring(0, OK.length() / 2)));

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.MALFORMED_RESPONSE);
    assertThat(outcome.message()).contains("answer is not valid JSON");
  }

  @Test
  void answerWithoutChoicesFailsAsMalformed() {
    server.otherwise(Response.json(200, "{\"model\":\"m\",\"choices\":[],\"usage\":{\"prompt_tokens\":3}}"));

    CallOutcome.Failed outcome = failed(call(FAST_RETRY));

    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.MALFORMED_RESPONSE);
    assertThat(outcome.message()).endsWith(": answer has no 'choices'");
  }

  @Test
  void apiKeyEchoedByTheServerIsRedacted() throws Exception {
    String key = "fake-key-Zx81KqPw03";
    Path file = temp.resolve("key");
    Files.writeString(file, key);
    server.enqueue(Response.answering(request -> Response.json(401,
        "{\"error\":{\"message\":\"Invalid header Authorization: " + request.header("Authorization").orElse("")
            + " (key " + key + ")\",\"code\":\"invalid_api_key\"}}")));
    var client = new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY, file.toString(), Duration.ofSeconds(5)));

    CallOutcome.Failed outcome = failed(await(client));

    assertThat(server.takeRequest().header("Authorization")).contains("Bearer " + key);
    assertThat(outcome.errorClass()).isEqualTo(ErrorClass.AUTHENTICATION);
    assertThat(outcome.message()).doesNotContain(key).contains("[REDACTED]");
  }
}
