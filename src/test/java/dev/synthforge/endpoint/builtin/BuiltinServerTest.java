package dev.synthforge.endpoint.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.core.lm.SyntheticCorpus;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every route of the built-in endpoint, over real HTTP on loopback. */
class BuiltinServerTest {

  static final NgramModel MODEL = NgramModel.fit(SyntheticCorpus.sentences(5_000, 5));

  private static BuiltinServer server;
  private static LoopbackClient client;

  @BeforeAll
  static void start() {
    server = BuiltinServer.start(BuiltinServerOptions.of(MODEL));
    client = new LoopbackClient(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void baseUrlIsLoopbackWithoutPath() {
    assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
    assertThat(server.port()).isPositive();
  }

  @Test
  void listsTheServedModel() throws Exception {
    HttpResponse<String> response = client.get("/v1/models");
    JsonNode body = LoopbackClient.json(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(body.get("object").asText()).isEqualTo("list");
    assertThat(body.get("data").get(0).get("id").asText()).isEqualTo("synthforge-builtin");
    assertThat(body.get("data").get(0).get("object").asText()).isEqualTo("model");
    assertThat(body.get("data").get(1).get("id").asText()).isEqualTo("all-MiniLM-L6-v2");
  }

  @Test
  void answersHealthAndStats() throws Exception {
    assertThat(client.get("/health").body()).isEqualTo("{\"status\":\"ok\"}");
    client.postJson("/v1/completions", "{\"model\":\"synthforge-builtin\",\"prompt\":\"Hi\",\"max_tokens\":3}");

    JsonNode stats = LoopbackClient.json(client.get("/stats").body());

    assertThat(stats.get("requests_by_route").get("/v1/completions").asLong()).isPositive();
    assertThat(stats.get("completions_served").asLong()).isPositive();
    assertThat(stats.has("faults_by_kind")).isTrue();
    assertThat(stats.get("max_in_flight").asInt()).isPositive();
    assertThat(server.stats().requests("/health")).isPositive();
  }

  @Test
  void chatCompletionHasTheOpenAiShape() throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/chat/completions",
            """
            {"model": "synthforge-builtin", "n": 3, "seed": 7, "temperature": 0.9, "top_p": 0.95,
             "messages": [{"role": "system", "content": "You rewrite reviews."},
                          {"role": "user", "content": "The customer loved the cheap laptop."}]}
            """);

    assertThat(body.get("id").asText()).startsWith("chatcmpl-");
    assertThat(body.get("object").asText()).isEqualTo("chat.completion");
    assertThat(body.get("created").asLong()).isPositive();
    assertThat(body.get("model").asText()).isEqualTo("synthforge-builtin");
    assertThat(body.get("system_fingerprint").asText()).matches("fp_[0-9a-f]{10}");
    assertThat(body.get("choices")).hasSize(3);
    int completionTokens = 0;
    for (int index = 0; index < 3; index++) {
      JsonNode choice = body.get("choices").get(index);
      assertThat(choice.get("index").asInt()).isEqualTo(index);
      assertThat(choice.get("message").get("role").asText()).isEqualTo("assistant");
      assertThat(choice.get("message").get("content").asText()).isNotBlank();
      assertThat(choice.get("finish_reason").asText()).isIn("stop", "length");
      completionTokens += dev.synthforge.core.lm.WordTokenizer.countTokens(choice.get("message").get("content").asText());
    }
    JsonNode usage = body.get("usage");
    assertThat(usage.get("prompt_tokens").asInt()).isEqualTo(4 + 7);
    assertThat(usage.get("completion_tokens").asInt()).isEqualTo(completionTokens);
    assertThat(usage.get("total_tokens").asInt()).isEqualTo(4 + 7 + completionTokens);
  }

  @Test
  void sameSeedGivesSameContent() throws Exception {
    String request =
        """
        {"model": "synthforge-builtin", "n": 2, "seed": 123,
         "messages": [{"role": "user", "content": "My friend fixed the old bike."}]}
        """;
    JsonNode first = client.postJson("/v1/chat/completions", request);
    JsonNode second = client.postJson("/v1/chat/completions", request);

    assertThat(contents(second)).isEqualTo(contents(first));
    assertThat(first.get("system_fingerprint")).isEqualTo(second.get("system_fingerprint"));
    JsonNode unseeded =
        client.postJson(
            "/v1/chat/completions",
            "{\"model\":\"synthforge-builtin\",\"messages\":[{\"role\":\"user\",\"content\":\"Hello\"}]}");
    assertThat(unseeded.get("choices")).hasSize(1);
  }

  @Test
  void maxTokensEndsWithLength() throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/chat/completions",
            """
            {"model": "synthforge-builtin", "max_completion_tokens": 2, "seed": 1,
             "messages": [{"role": "user", "content": "Tell me about the hotel."}]}
            """);

    assertThat(body.get("choices").get(0).get("finish_reason").asText()).isEqualTo("length");
    assertThat(body.get("usage").get("completion_tokens").asInt()).isEqualTo(2);
  }

  @Test
  void textCompletionHasTheOpenAiShape() throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/completions",
            "{\"model\":\"synthforge-builtin\",\"prompt\":\"The driver\",\"seed\":3,\"stop\":[\"!\"]}");

    assertThat(body.get("id").asText()).startsWith("cmpl-");
    assertThat(body.get("object").asText()).isEqualTo("text_completion");
    assertThat(body.get("choices").get(0).get("text").asText()).isNotBlank().doesNotContain("!");
    assertThat(body.get("choices").get(0).get("finish_reason").asText()).isEqualTo("stop");
    assertThat(body.get("usage").get("prompt_tokens").asInt()).isEqualTo(2);
  }

  @Test
  void embeddingsAreUnitVectorsWhereSimilarTextsAreCloser() throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/embeddings",
            """
            {"model": "all-MiniLM-L6-v2", "input": ["The cat sits on the mat.",
             "A kitten is sitting on a rug.", "Quarterly revenue grew by five percent."]}
            """);

    assertThat(body.get("object").asText()).isEqualTo("list");
    assertThat(body.get("model").asText()).isEqualTo("all-MiniLM-L6-v2");
    assertThat(body.get("usage").get("prompt_tokens").asInt()).isPositive();
    List<float[]> vectors = new ArrayList<>();
    for (int index = 0; index < 3; index++) {
      JsonNode item = body.get("data").get(index);
      assertThat(item.get("object").asText()).isEqualTo("embedding");
      assertThat(item.get("index").asInt()).isEqualTo(index);
      assertThat(item.get("embedding")).hasSize(384);
      float[] vector = new float[384];
      for (int dimension = 0; dimension < 384; dimension++) {
        vector[dimension] = (float) item.get("embedding").get(dimension).asDouble();
      }
      vectors.add(vector);
    }
    assertThat(dot(vectors.get(0), vectors.get(0))).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(dot(vectors.get(0), vectors.get(1))).isGreaterThan(dot(vectors.get(0), vectors.get(2)) + 0.2);

    JsonNode encoded =
        client.postJson(
            "/v1/embeddings",
            "{\"model\":\"synthforge-builtin\",\"input\":\"The cat sits on the mat.\",\"encoding_format\":\"base64\"}");
    ByteBuffer bytes =
        ByteBuffer.wrap(Base64.getDecoder().decode(encoded.get("data").get(0).get("embedding").asText()))
            .order(ByteOrder.LITTLE_ENDIAN);
    assertThat(bytes.remaining()).isEqualTo(384 * 4);
    assertThat(bytes.getFloat(0)).isEqualTo(vectors.get(0)[0]);
  }

  @Test
  void structuredOutputPicksTheObviousLabel() throws Exception {
    assertThat(sentiment("I love it, absolutely wonderful, best purchase ever")).isEqualTo("positive");
    assertThat(sentiment("Terrible, broke after a day, total waste of money, I hate it")).isEqualTo("negative");
  }

  @Test
  void structuredOutputFollowsTheSchema() throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/chat/completions",
            """
            {"model": "synthforge-builtin", "seed": 5,
             "messages": [{"role": "user", "content": "The printer jammed twice, and support was rude."}],
             "response_format": {"type": "json_schema", "json_schema": {"name": "review", "strict": true,
               "schema": {"type": "object", "required": ["summary", "stars", "score", "urgent", "topics", "meta"],
                 "properties": {
                   "summary": {"type": "string", "maxLength": 200},
                   "stars": {"type": "integer", "minimum": 1, "maximum": 5},
                   "score": {"type": "number", "minimum": 0, "maximum": 1},
                   "urgent": {"type": "boolean"},
                   "topics": {"type": "array", "items": {"type": "string", "enum": ["billing", "hardware", "shipping"]}},
                   "meta": {"$ref": "#/$defs/meta"}},
                 "$defs": {"meta": {"type": "object", "properties": {"language": {"enum": ["en", "fr"]}}}}}}}}
            """);
    JsonNode choice = body.get("choices").get(0);
    JsonNode value = LoopbackClient.json(choice.get("message").get("content").asText());

    assertThat(choice.get("finish_reason").asText()).isEqualTo("stop");
    assertThat(value.get("summary").isTextual()).isTrue();
    assertThat(value.get("stars").asInt()).isBetween(1, 5);
    assertThat(value.get("stars").isIntegralNumber()).isTrue();
    assertThat(value.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(value.get("urgent").isBoolean()).isTrue();
    assertThat(value.get("topics")).hasSize(1);
    assertThat(value.get("topics").get(0).asText()).isIn("billing", "hardware", "shipping");
    assertThat(value.get("meta").get("language").asText()).isIn("en", "fr");
  }

  @Test
  void structuredOutputTooLongForMaxTokensIsCut() throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/chat/completions",
            """
            {"model": "synthforge-builtin", "max_tokens": 4,
             "messages": [{"role": "user", "content": "I love it"}],
             "response_format": {"type": "json_schema", "json_schema": {"name": "label",
               "schema": {"type": "object", "properties": {"sentiment": {"enum": ["positive", "negative"]}}}}}}
            """);
    JsonNode choice = body.get("choices").get(0);

    assertThat(choice.get("finish_reason").asText()).isEqualTo("length");
    assertThat(choice.get("message").get("content").asText()).isEqualTo("{\"sentiment\"");
    assertThat(body.get("usage").get("completion_tokens").asInt()).isEqualTo(4);
  }

  @Test
  void jsonObjectFormatAnswersAJsonObject() throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/chat/completions",
            """
            {"model": "synthforge-builtin", "response_format": {"type": "json_object"},
             "messages": [{"role": "user", "content": "Describe the room."}]}
            """);

    assertThat(LoopbackClient.json(body.get("choices").get(0).get("message").get("content").asText()).isObject())
        .isTrue();
  }

  private static String sentiment(String review) throws Exception {
    JsonNode body =
        client.postJson(
            "/v1/chat/completions",
            """
            {"model": "synthforge-builtin", "seed": 1,
             "messages": [{"role": "user", "content": %s}],
             "response_format": {"type": "json_schema", "json_schema": {"name": "label", "strict": true,
               "schema": {"type": "object", "required": ["sentiment"], "additionalProperties": false,
                 "properties": {"sentiment": {"type": "string", "enum": ["positive", "negative", "neutral"]}}}}}}
            """
                .formatted(Json.text(Json.MAPPER.getNodeFactory().textNode(review))));
    return LoopbackClient.json(body.get("choices").get(0).get("message").get("content").asText())
        .get("sentiment")
        .asText();
  }

  static List<String> contents(JsonNode body) {
    List<String> contents = new ArrayList<>();
    body.get("choices").forEach(choice -> contents.add(choice.get("message").get("content").asText()));
    return contents;
  }

  private static double dot(float[] left, float[] right) {
    double sum = 0;
    for (int index = 0; index < left.length; index++) {
      sum += left[index] * right[index];
    }
    return sum;
  }
}
