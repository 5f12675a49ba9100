package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.curate.HeuristicJudge;
import dev.synthforge.core.curate.JudgePrompt;
import dev.synthforge.core.curate.ScoreRange;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.core.lm.SamplingRequest;
import dev.synthforge.core.lm.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a JSON value that follows a JSON schema, the way a constrained decoder would: enums by
 * embedding similarity to the input, free strings sampled from the language model, numbers and
 * booleans from the seed. Every property of an object is present.
 *
 * <p>A judge's answer is graded, not drawn: when the input is a judge prompt ({@link JudgePrompt})
 * and the root object has an integer {@code score} with a minimum and a maximum, the score is
 * the {@link HeuristicJudge}'s grade of the prompt's response on that range, whatever the seed,
 * and a free string {@code rationale} beside it is the judge's rationale. Other properties follow
 * the schema as usual.
 *
 * <p>Supported: type (or a list of types), properties, items, enum, const, minimum, maximum (and
 * their exclusive forms), minItems, maxItems, maxLength, anyOf, oneOf, allOf (first branch), and
 * local {@code $ref}s.
 */
final class StructuredOutput {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 16;
  private static final int STRING_TOKENS = 16;
  private static final String SCORE = "score";
  private static final String RATIONALE = "rationale";

  private final NgramModel model;
  private final LabelChooser labels;
  private final HeuristicJudge judge;

  StructuredOutput(NgramModel model, LabelChooser labels, HeuristicJudge judge) {
    this.model = model;
    this.labels = labels;
    this.judge = judge;
  }

  /** A value of {@code schema} for {@code input}; equal arguments give equal values. */
  JsonNode value(JsonNode schema, String input, long seed, double temperature, double topP) {
    return new Build(schema, input, seed, temperature, topP).value(schema, "$", null, 0);
  }

  /** One call's state: the root schema for references, and the input's embedding once needed. */
  private final class Build {

    private final JsonNode root;
    private final String input;
    private final long seed;
    private final double temperature;
    private final double topP;
    private float[] inputVector;

    Build(JsonNode root, String input, long seed, double temperature, double topP) {
      this.root = root;
      this.input = input;
      this.seed = seed;
      this.temperature = temperature;
      this.topP = topP;
    }

    JsonNode value(JsonNode schema, String path, String field, int depth) {
      JsonNode resolved = resolve(schema);
      if (resolved == null || depth > MAX_DEPTH) {
        return NODES.nullNode();
      }
      if (resolved.has("const")) {
        return resolved.get("const");
      }
      if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
        return resolved.get("enum").get(ranked(resolved.get("enum"), field).get(0));
      }
      return switch (type(resolved)) {
        case "object" -> object(resolved, path, depth);
        case "array" -> array(resolved, path, field, depth);
        case "integer" -> NODES.numberNode(integer(resolved, path));
        case "number" -> NODES.numberNode(number(resolved, path));
        case "boolean" -> NODES.booleanNode((draw(path) & 1) == 1);
        case "null" -> NODES.nullNode();
        default -> NODES.textNode(string(resolved, path));
      };
    }

    private ObjectNode object(JsonNode schema, String path, int depth) {
      ObjectNode object = NODES.objectNode();
      Optional<HeuristicJudge.Judgement> judgement = depth == 0 ? judgement(schema) : Optional.empty();
      for (var property : schema.path("properties").properties()) {
        String name = property.getKey();
        JsonNode judged = judgement.map(grade -> judged(name, property.getValue(), grade)).orElse(null);
        object.set(name, judged != null ? judged : value(property.getValue(), path + "." + name, name, depth + 1));
      }
      return object;
    }

    /** The judge's value of a root property, or null for a property the judge does not answer. */
    private JsonNode judged(String name, JsonNode schema, HeuristicJudge.Judgement judgement) {
      if (name.equals(SCORE)) {
        return NODES.numberNode(judgement.score());
      }
      JsonNode resolved = resolve(schema);
      if (name.equals(RATIONALE) && isFreeString(resolved)) {
        return NODES.textNode(truncated(judgement.rationale(), resolved));
      }
      return null;
    }

    /** The judge's grade, when the object asks for a bounded integer score of a judge prompt. */
    private Optional<HeuristicJudge.Judgement> judgement(JsonNode schema) {
      JsonNode score = resolve(schema.path("properties").path(SCORE));
      if (score == null
          || !"integer".equals(type(score))
          || score.has("enum")
          || score.has("const")
          || !score.path("minimum").isNumber()
          || !score.path("maximum").isNumber()) {
        return Optional.empty();
      }
      double minimum = Math.ceil(score.get("minimum").asDouble());
      double maximum = Math.floor(score.get("maximum").asDouble());
      if (minimum < Integer.MIN_VALUE || maximum > Integer.MAX_VALUE || maximum <= minimum) {
        return Optional.empty();
      }
      ScoreRange range = new ScoreRange((int) minimum, (int) maximum);
      return JudgePrompt.read(input)
          .map(prompt -> judge.judge(prompt.instruction(), prompt.response(), range));
    }

    private ArrayNode array(JsonNode schema, String path, String field, int depth) {
      ArrayNode array = NODES.arrayNode();
      int count = Math.max(1, schema.path("minItems").asInt(1));
      if (schema.has("maxItems")) {
        count = Math.min(count, schema.get("maxItems").asInt());
      }
      JsonNode items = resolve(schema.path("items"));
      if (items != null && items.path("enum").isArray() && !items.path("enum").isEmpty()) {
        // Labels of a multi-label field: the best ones, as many as the array must hold.
        List<Integer> order = ranked(items.get("enum"), field);
        for (int index = 0; index < Math.min(count, order.size()); index++) {
          array.add(items.get("enum").get(order.get(index)));
        }
        return array;
      }
      for (int index = 0; index < count; index++) {
        array.add(value(schema.path("items"), path + "[" + index + "]", field, depth + 1));
      }
      return array;
    }

    private long integer(JsonNode schema, String path) {
      long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : Long.MIN_VALUE;
      long max = schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) : Long.MAX_VALUE;
      if (schema.path("exclusiveMinimum").isNumber()) {
        min = Math.max(min, (long) Math.floor(schema.get("exclusiveMinimum").asDouble()) + 1);
      }
      if (schema.path("exclusiveMaximum").isNumber()) {
        max = Math.min(max, (long) Math.ceil(schema.get("exclusiveMaximum").asDouble()) - 1);
      }
      if (min == Long.MIN_VALUE) {
        min = max == Long.MAX_VALUE ? 0 : max - 100;
      }
      if (max == Long.MAX_VALUE) {
        max = min + 100;
      }
      if (max <= min) {
        return min;
      }
      return min + Math.floorMod(draw(path), Math.min(max - min, Long.MAX_VALUE - 1) + 1);
    }

    private double number(JsonNode schema, String path) {
      double min = schema.path("minimum").asDouble(schema.path("exclusiveMinimum").asDouble(0));
      double max = schema.path("maximum").asDouble(schema.path("exclusiveMaximum").asDouble(min + 100));
      double uniform = (draw(path) >>> 11) * 0x1.0p-53;
      double value = Math.round((min + uniform * (max - min)) * 100) / 100.0;
      return Math.max(min, Math.min(max, value));
    }

    private String string(JsonNode schema, String path) {
      SamplingRequest request =
          SamplingRequest.of(input, draw(path))
              .withTemperature(temperature)
              .withTopP(topP)
              .withMaxTokens(STRING_TOKENS);
      return truncated(model.sample(request).text(), schema);
    }

    private List<Integer> ranked(JsonNode values, String field) {
      List<String> texts = new ArrayList<>();
      values.forEach(value -> texts.add(value.isTextual() ? value.asText() : Json.text(value)));
      if (input.isBlank()) {
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < texts.size(); index++) {
          order.add(index);
        }
        return order;
      }
      if (inputVector == null) {
        inputVector = labels.embed(input);
      }
      return labels.rank(inputVector, field, texts);
    }

    private JsonNode resolve(JsonNode schema) {
      JsonNode current = schema;
      for (int hops = 0; current != null && hops <= MAX_DEPTH; hops++) {
        if (current.path("$ref").isTextual() && current.get("$ref").asText().startsWith("#")) {
          JsonNode target = root.at(current.get("$ref").asText().substring(1));
          current = target.isMissingNode() ? null : target;
        } else if (current.has("anyOf") || current.has("oneOf") || current.has("allOf")) {
          current = firstBranch(current);
        } else {
          return current;
        }
      }
      return current;
    }

    private long draw(String path) {
      return SeededRandom.mix(seed ^ SeededRandom.hash(path));
    }
  }

  /** {@code text}, cut to the schema's maxLength if it has one. */
  private static String truncated(String text, JsonNode schema) {
    int maxLength = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    return text.length() > maxLength ? text.substring(0, maxLength) : text;
  }

  /** Whether {@code schema} asks for any string, not one of listed values. */
  private static boolean isFreeString(JsonNode schema) {
    return schema != null && "string".equals(type(schema)) && !schema.has("enum") && !schema.has("const");
  }

  /** The first branch that is not just {"type": "null"}. */
  private static JsonNode firstBranch(JsonNode schema) {
    for (String keyword : List.of("anyOf", "oneOf", "allOf")) {
      for (JsonNode branch : schema.path(keyword)) {
        if (!"null".equals(branch.path("type").asText())) {
          return branch;
        }
      }
    }
    return null;
  }

  /** The schema's type; the first that is not "null" of a list; inferred when absent. */
  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      return type.asText();
    }
    if (type != null && type.isArray()) {
      for (JsonNode option : type) {
        if (!"null".equals(option.asText())) {
          return option.asText();
        }
      }
      return "null";
    }
    if (schema.has("properties")) {
      return "object";
    }
    return schema.has("items") ? "array" : "string";
  }
}
