package dev.synthforge.endpoint.http;

import static dev.synthforge.endpoint.EndpointFixtures.FAST_RETRY;
import static dev.synthforge.endpoint.EndpointFixtures.PARAMETERS;
import static dev.synthforge.endpoint.EndpointFixtures.chat;
import static dev.synthforge.endpoint.EndpointFixtures.chatAnswer;
import static dev.synthforge.endpoint.EndpointFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.Choice;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.TaskApi;
import dev.synthforge.endpoint.ScriptedServer;
import dev.synthforge.endpoint.ScriptedServer.RecordedRequest;
import dev.synthforge.endpoint.ScriptedServer.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the client sends and how it reads answers, over real loopback HTTP. */
class OpenAiHttpClientTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String KEY = "fake-key-Zx81KqPw03";

  private final ScriptedServer server = ScriptedServer.start();

  @TempDir Path temp;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private CallOutcome call(OpenAiHttpClient client, EndpointRequest request) {
    return client.call(request).join();
  }

  private String keyFile() throws IOException {
    Path file = temp.resolve("key.txt");
    Files.writeString(file, KEY + "\n");
    return file.toString();
  }

  @Test
  void chatRequestCarriesMessagesModelAndEveryParameter() throws Exception {
    server.enqueue(Response.json(200, chatAnswer("a", "b", "c")));
    GenerationParameters parameters = new GenerationParameters(0.5, 0.95, 128, List.of("###", "END"), 40L);
    EndpointRequest request = new EndpointRequest(
        "req-7", TaskApi.CHAT, "You are terse.", "Paraphrase: hi", parameters, 42L, 3,
        "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":\"string\"}}}");

    call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), request);

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/chat/completions");
    assertThat(sent.header("Content-Type")).contains("application/json");
    assertThat(sent.header("X-Request-Id")).contains("req-7");
    JsonNode body = MAPPER.readTree(sent.body());
    assertThat(body.path("model").asText()).isEqualTo("test-model");
    assertThat(body.path("messages").toString()).isEqualTo(
        "[{\"role\":\"system\",\"content\":\"You are terse.\"},{\"role\":\"user\",\"content\":\"Paraphrase: hi\"}]");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.5);
    assertThat(body.path("top_p").asDouble()).isEqualTo(0.95);
    assertThat(body.path("max_tokens").asInt()).isEqualTo(128);
    assertThat(body.path("n").asInt()).isEqualTo(3);
    assertThat(body.path("stop").toString()).isEqualTo("[\"###\",\"END\"]");
    assertThat(body.path("seed").asLong()).isEqualTo(42L);
    JsonNode format = body.path("response_format");
    assertThat(format.path("type").asText()).isEqualTo("json_schema");
    assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
    assertThat(format.path("json_schema").path("name").asText()).isEqualTo("output");
    assertThat(format.path("json_schema").path("schema").path("properties").path("text").path("type").asText())
        .isEqualTo("string");
    assertThat(body.has("prompt")).isFalse();
  }

  @Test
  void chatRequestLeavesOutDefaultsItNeedNotSend() throws Exception {
    server.enqueue(Response.json(200, chatAnswer("a")));
    EndpointRequest request = new EndpointRequest(
        "req-1", TaskApi.CHAT, null, "Hello", PARAMETERS, null, 1, null);

    call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), request);

    JsonNode body = MAPPER.readTree(server.takeRequest().body());
    assertThat(body.path("messages").toString()).isEqualTo("[{\"role\":\"user\",\"content\":\"Hello\"}]");
    assertThat(body.has("n")).isFalse();
    assertThat(body.has("stop")).isFalse();
    assertThat(body.has("seed")).isFalse();
    assertThat(body.has("response_format")).isFalse();
  }

  @Test
  void completionsRequestSendsAPlainPromptToItsRoute() throws Exception {
    server.enqueue(Response.json(200,
        "{\"model\":\"m\",\"choices\":[{\"index\":0,\"text\":\" continued\",\"finish_reason\":\"length\"}]}"));
    EndpointRequest request = new EndpointRequest(
        "req-2", TaskApi.COMPLETIONS, null, "Once upon", PARAMETERS, null, 1, null);

    CallOutcome outcome = call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), request);

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.path()).isEqualTo("/v1/completions");
    JsonNode body = MAPPER.readTree(sent.body());
    assertThat(body.path("prompt").asText()).isEqualTo("Once upon");
    assertThat(body.has("messages")).isFalse();
    assertThat(((CallOutcome.Completed) outcome).choices())
        .containsExactly(new Choice(0, " continued", "length"));
  }

  @Test
  void sendsTheApiKeyFromItsFileAsBearerToken() throws Exception {
    server.enqueue(Response.json(200, chatAnswer("a")));

    call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY, keyFile(), Duration.ofSeconds(5))), chat("x"));

    assertThat(server.takeRequest().header("Authorization")).contains("Bearer " + KEY);
  }

  @Test
  void sendsNoAuthorizationWithoutAKey() {
    server.enqueue(Response.json(200, chatAnswer("a")));

    call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), chat("x"));

    assertThat(server.takeRequest().header("Authorization")).isEmpty();
  }

  @Test
  void speaksHttp11WithoutAnUpgradeAttempt() {
    server.enqueue(Response.json(200, chatAnswer("a")));

    call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), chat("x"));

    RecordedRequest sent = server.takeRequest();
    assertThat(sent.protocol()).isEqualTo("HTTP/1.1");
    assertThat(sent.header("Upgrade")).isEmpty();
    assertThat(sent.header("HTTP2-Settings")).isEmpty();
  }

  @Test
  void readsContentUsageFinishReasonModelAndFingerprint() {
    server.enqueue(Response.json(200, "{\"model\":\"served-model-v2\",\"system_fingerprint\":\"fp_abc\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi there\"},"
        + "\"finish_reason\":\"length\"}],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3}}"));

    CallOutcome outcome = call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), chat("x"));

    assertThat(outcome).isInstanceOf(CallOutcome.Completed.class);
    CallOutcome.Completed completed = (CallOutcome.Completed) outcome;
    assertThat(completed.choices()).containsExactly(new Choice(0, "Hi there", "length"));
    assertThat(completed.modelReported()).isEqualTo("served-model-v2");
    assertThat(completed.systemFingerprint()).isEqualTo("fp_abc");
    assertThat(completed.promptTokens()).isEqualTo(11);
    assertThat(completed.completionTokens()).isEqualTo(3);
    assertThat(completed.attempts()).isEqualTo(1);
    assertThat(completed.endpointName()).isEqualTo("local");
  }

  @Test
  void sortsChoicesByIndex() {
    server.enqueue(Response.json(200, "{\"model\":\"m\",\"choices\":["
        + "{\"index\":2,\"message\":{\"content\":\"c\"},\"finish_reason\":\"stop\"},"
        + "{\"index\":0,\"message\":{\"content\":\"a\"},\"finish_reason\":\"stop\"},"
        + "{\"index\":1,\"message\":{\"content\":\"b\"},\"finish_reason\":\"stop\"}]}"));
    EndpointRequest request = new EndpointRequest(
        "req-1", TaskApi.CHAT, null, "x", PARAMETERS, null, 3, null);

    CallOutcome outcome = call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), request);

    assertThat(((CallOutcome.Completed) outcome).choices()).extracting(Choice::text).containsExactly("a", "b", "c");
  }

  @Test
  void schemaThatDoesNotParseBecomesAFailedOutcomeNotAThrow() {
    EndpointRequest request = new EndpointRequest(
        "req-1", TaskApi.CHAT, null, "x", PARAMETERS, null, 1, "{not json");

    CallOutcome outcome = call(new OpenAiHttpClient(spec(server.baseUrl(), FAST_RETRY)), request);

    assertThat(outcome).isInstanceOf(CallOutcome.Failed.class);
    CallOutcome.Failed failed = (CallOutcome.Failed) outcome;
    assertThat(failed.errorClass()).isEqualTo(ErrorClass.INTERNAL);
    assertThat(failed.attempts()).isZero();
    assertThat(failed.message()).contains("the JSON schema does not parse");
    assertThat(server.requestCount()).isZero();
  }
}
