package dev.synthforge.endpoint.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.curate.HeuristicJudge;
import dev.synthforge.core.curate.JudgeReading;
import dev.synthforge.core.curate.JudgeRubric;
import dev.synthforge.core.curate.JudgeScoreParser;
import dev.synthforge.core.curate.ScoreRange;
import dev.synthforge.core.lm.SamplingRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Judge prompts over real HTTP: graded by the heuristic judge, not drawn from the seed. */
class BuiltinServerJudgeTest {

  private static final String INSTRUCTION =
      "Paraphrase this review, keeping its meaning: The customer loved the cheap laptop after lunch.";
  private static final String GOOD = "My friend loved the cheap laptop after lunch, and it was wonderful.";
  private static final String BAD = "lunch the after cheap it loved laptop friend the My wonderful and was.";
  private static final JudgeRubric RUBRIC =
      new JudgeRubric("Does the paraphrase keep the review's meaning?", ScoreRange.defaults());

  private static BuiltinServer server;
  private static LoopbackClient client;

  @BeforeAll
  static void start() {
    server = BuiltinServer.start(BuiltinServerOptions.of(BuiltinServerTest.MODEL));
    client = new LoopbackClient(server.baseUrl());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aJudgePromptGetsTheHeuristicGradeInRange() throws Exception {
    HeuristicJudge judge = new HeuristicJudge(BuiltinServerTest.MODEL);
    for (JudgeRubric rubric : List.of(RUBRIC, new JudgeRubric(RUBRIC.rubric(), new ScoreRange(0, 10)))) {
      JudgeScoreParser parser = new JudgeScoreParser(rubric.range());
      JudgeReading.Scored good = scored(parser, answer(rubric, GOOD, 1).get(0));
      JudgeReading.Scored bad = scored(parser, answer(rubric, BAD, 1).get(0));

      assertThat(good.score()).isEqualTo(rubric.range().maximum()).isGreaterThan(bad.score());
      assertThat(bad.score()).isBetween(rubric.range().minimum(), rubric.range().minimum() + 1);
      assertThat(good.rationale()).startsWith("No weak signal:");
      assertThat(bad.rationale())
          .isEqualTo(judge.judge(INSTRUCTION, BAD, rubric.range()).rationale())
          .startsWith("Weakest signal: the response does not read like fluent text");
    }
  }

  @Test
  void equalRequestsGetEqualGradesWhateverTheSeed() throws Exception {
    List<String> first = answer(RUBRIC, BAD, 1);
    List<String> second = answer(RUBRIC, BAD, 2);

    assertThat(first).hasSize(3).containsOnly(first.get(0));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void otherPropertiesOfAJudgeSchemaFollowTheSchema() throws Exception {
    ObjectNode schema = (ObjectNode) Json.MAPPER.readTree("""
        {"type": "object", "properties": {
          "verdict": {"type": "string", "enum": ["keep", "drop"]},
          "score": {"type": "integer", "minimum": 1, "maximum": 5},
          "rationale": {"type": "string", "maxLength": 15}}}""");

    JsonNode value = LoopbackClient.json(contents(request(RUBRIC.render(INSTRUCTION, GOOD), schema, 1, 1)).get(0));

    assertThat(value.get("score").asInt()).isEqualTo(5);
    assertThat(value.get("rationale").asText()).isEqualTo("No weak signal:");
    assertThat(value.get("verdict").asText()).isIn("keep", "drop");
  }

  @Test
  void aPromptWithoutAResponseBlockIsAnsweredByTheSchemaAsBefore() throws Exception {
    String content = contents(request(INSTRUCTION, Json.MAPPER.readTree(RUBRIC.responseSchemaJson()), 1, 1)).get(0);
    JsonNode value = LoopbackClient.json(content);

    assertThat(value.get("score").asInt()).isBetween(1, 5);
    assertThat(value.get("rationale").asText()).doesNotContain("signal");
  }

  @Test
  void aJudgePromptWithoutASchemaGetsSampledTextAsBefore() throws Exception {
    String prompt = RUBRIC.render(INSTRUCTION, GOOD);
    ObjectNode body = Json.object();
    body.put("model", "synthforge-builtin");
    body.put("seed", 9);
    body.putArray("messages").addObject().put("role", "user").put("content", prompt);

    String content = contents(client.postJson("/v1/chat/completions", Json.text(body))).get(0);

    String sampled = BuiltinServerTest.MODEL.sample(new SamplingRequest(prompt, 1.0, 1.0,
        CompletionGenerator.DEFAULT_MAX_TOKENS, List.of(), 9, SamplingRequest.DEFAULT_PROMPT_WEIGHT)).text();
    assertThat(content).isEqualTo(sampled);
  }

  /** The contents of three choices answering the judge prompt for {@code response}. */
  private static List<String> answer(JudgeRubric rubric, String response, long seed) throws Exception {
    JsonNode schema = Json.MAPPER.readTree(rubric.responseSchemaJson());
    return contents(request(rubric.render(INSTRUCTION, response), schema, 3, seed));
  }

  private static JsonNode request(String prompt, JsonNode schema, int n, long seed) throws Exception {
    ObjectNode body = Json.object();
    body.put("model", "synthforge-builtin");
    body.put("n", n);
    body.put("seed", seed);
    body.put("temperature", 0.7);
    body.putArray("messages").addObject().put("role", "user").put("content", prompt);
    ObjectNode format = body.putObject("response_format");
    format.put("type", "json_schema");
    ObjectNode jsonSchema = format.putObject("json_schema");
    jsonSchema.put("name", "judge");
    jsonSchema.put("strict", true);
    jsonSchema.set("schema", schema);
    return client.postJson("/v1/chat/completions", Json.text(body));
  }

  private static List<String> contents(JsonNode body) {
    return BuiltinServerTest.contents(body);
  }

  private static JudgeReading.Scored scored(JudgeScoreParser parser, String content) {
    JudgeReading reading = parser.parse(content);
    assertThat(reading).as(content).isInstanceOf(JudgeReading.Scored.class);
    return (JudgeReading.Scored) reading;
  }
}
