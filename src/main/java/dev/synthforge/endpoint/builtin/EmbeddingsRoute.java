package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.lm.WordTokenizer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Parses {@code /v1/embeddings} requests into calls that embed their input. The model may be
 * named as the served model or as the embedding model itself; vectors come as float arrays, or as
 * base64 little-endian float32 (the {@code encoding_format} the OpenAI SDKs ask for by default).
 */
final class EmbeddingsRoute implements ModelCallParser {

  static final int MAX_INPUTS = 2048;

  private final ServedModel served;
  private final Supplier<Embeddings> embeddings;

  EmbeddingsRoute(ServedModel served, Supplier<Embeddings> embeddings) {
    this.served = served;
    this.embeddings = embeddings;
  }

  @Override
  public ModelCall parse(ObjectNode body) throws ApiException {
    String model = RequestFields.requiredText(body, "model");
    if (!model.equals(served.name()) && !model.equals(MiniLmEmbeddings.MODEL_NAME)) {
      throw ApiException.modelNotFound(model);
    }
    List<String> inputs = inputs(body.get("input"));
    String format = body.path("encoding_format").asText("float");
    if (!format.equals("float") && !format.equals("base64")) {
      throw RequestFields.invalid("encoding_format", body.get("encoding_format"), "must be float or base64");
    }
    return () -> {
      List<float[]> vectors = embeddings.get().embed(inputs);
      ObjectNode answer = Json.object();
      answer.put("object", "list");
      ArrayNode data = answer.putArray("data");
      int tokens = 0;
      for (int index = 0; index < vectors.size(); index++) {
        ObjectNode item = data.addObject();
        item.put("object", "embedding");
        item.put("index", index);
        if (format.equals("base64")) {
          item.put("embedding", base64(vectors.get(index)));
        } else {
          ArrayNode vector = item.putArray("embedding");
          for (float value : vectors.get(index)) {
            vector.add(value);
          }
        }
        tokens += WordTokenizer.countTokens(inputs.get(index));
      }
      answer.put("model", model);
      ObjectNode usage = answer.putObject("usage");
      usage.put("prompt_tokens", tokens);
      usage.put("total_tokens", tokens);
      return new ModelAnswer(Json.bytes(answer), 0, 0, vectors.size());
    };
  }

  private static List<String> inputs(JsonNode input) throws ApiException {
    List<String> inputs = new ArrayList<>();
    if (input != null && input.isTextual()) {
      inputs.add(input.asText());
    } else if (input != null && input.isArray() && !input.isEmpty() && input.size() <= MAX_INPUTS) {
      for (JsonNode element : input) {
        if (!element.isTextual()) {
          throw RequestFields.invalid("input", element, "must be a string or an array of strings");
        }
        inputs.add(element.asText());
      }
    } else {
      throw ApiException.invalid(
          "input",
          "Cannot serve the request: 'input' must be a string or an array of 1 to "
              + MAX_INPUTS
              + " strings");
    }
    if (inputs.stream().anyMatch(String::isBlank)) {
      throw ApiException.invalid("input", "Cannot serve the request: 'input' must not hold a blank string");
    }
    return inputs;
  }

  private static String base64(float[] vector) {
    ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : vector) {
      bytes.putFloat(value);
    }
    return Base64.getEncoder().encodeToString(bytes.array());
  }
}
