package dev.synthforge.endpoint.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refused requests get OpenAI-shaped errors with the right status. */
class BuiltinServerErrorsTest {

  private static BuiltinServer server;
  private static LoopbackClient client;

  @BeforeAll
  static void start() {
    server = BuiltinServer.start(BuiltinServerOptions.of(BuiltinServerTest.MODEL).withServedModelName("tiny"));
    client = new LoopbackClient(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void badJsonIs400WithTheParserMessage() throws Exception {
    JsonNode error = error(client.post("/v1/chat/completions", "{\"model\": \"tiny\", "), 400);

    assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
    assertThat(error.get("message").asText()).startsWith("Cannot parse the request body as JSON: ");
    assertThat(error.has("param")).isTrue();
    assertThat(error.has("code")).isTrue();
  }

  @Test
  void unknownModelIs404ModelNotFound() throws Exception {
    JsonNode error =
        error(
            client.post(
                "/v1/chat/completions",
                "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"),
            404);

    assertThat(error.get("code").asText()).isEqualTo("model_not_found");
    assertThat(error.get("message").asText()).contains("gpt-4o");
  }

  @Test
  void badFieldsAre400NamingTheField() throws Exception {
    String messages = "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]";
    assertThat(field("{\"model\":\"tiny\"," + messages + ",\"n\":0}")).isEqualTo("n");
    assertThat(field("{\"model\":\"tiny\"," + messages + ",\"temperature\":3}")).isEqualTo("temperature");
    assertThat(field("{\"model\":\"tiny\"," + messages + ",\"top_p\":0}")).isEqualTo("top_p");
    assertThat(field("{\"model\":\"tiny\"," + messages + ",\"max_tokens\":0}")).isEqualTo("max_tokens");
    assertThat(field("{\"model\":\"tiny\"," + messages + ",\"stop\":7}")).isEqualTo("stop");
    assertThat(field("{\"model\":\"tiny\"," + messages + ",\"stream\":true}")).isEqualTo("stream");
    assertThat(field("{\"model\":\"tiny\"," + messages + ",\"response_format\":{\"type\":\"xml\"}}"))
        .isEqualTo("response_format");
    assertThat(field("{\"model\":\"tiny\",\"messages\":[]}")).isEqualTo("messages");
    assertThat(field("{\"messages\":[]}")).isEqualTo("model");

    JsonNode error =
        error(client.post("/v1/chat/completions", "{\"model\":\"tiny\"," + messages + ",\"n\":0}"), 400);
    assertThat(error.get("message").asText())
        .isEqualTo("Cannot serve the request: 'n' must be an integer within [1, 128]: 0");
  }

  @Test
  void badEmbeddingInputIs400() throws Exception {
    JsonNode error = error(client.post("/v1/embeddings", "{\"model\":\"tiny\",\"input\":[\"a\", 3]}"), 400);
    assertThat(error.get("param").asText()).isEqualTo("input");
    assertThat(error(client.post("/v1/embeddings", "{\"model\":\"tiny\",\"input\":\" \"}"), 400).get("param").asText())
        .isEqualTo("input");
  }

  @Test
  void wrongMethodIs405() throws Exception {
    HttpResponse<String> response = client.get("/v1/chat/completions");

    error(response, 405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void unknownRouteIs404() throws Exception {
    JsonNode error = error(client.get("/v1/engines"), 404);

    assertThat(error.get("code").asText()).isEqualTo("unknown_url");
    assertThat(error.get("message").asText()).isEqualTo("Invalid URL (GET /v1/engines)");
    assertThat(server.stats().requests("unknown")).isPositive();
  }

  private static String field(String body) throws Exception {
    return error(client.post("/v1/chat/completions", body), 400).get("param").asText();
  }

  private static JsonNode error(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return LoopbackClient.json(response.body()).get("error");
  }
}
