package dev.synthforge.endpoint.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.generation.EndpointRequest;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.TaskApi;

/** Writes the JSON body of an OpenAI-compatible chat or completions request. */
public final class OpenAiRequestWriter {
  private final ObjectMapper mapper;

  public OpenAiRequestWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The route under the base URL for {@code api}. */
  public static String route(TaskApi api) {
    return api == TaskApi.CHAT ? "chat/completions" : "completions";
  }

  /** The request body for {@code model}. */
  public byte[] body(EndpointRequest request, String model) {
    ObjectNode body = mapper.createObjectNode();
    body.put("model", model);
    if (request.api() == TaskApi.CHAT) {
      ArrayNode messages = body.putArray("messages");
      request.system().ifPresent(system -> message(messages, "system", system));
      message(messages, "user", request.prompt());
    } else {
      body.put("prompt", request.prompt());
    }
    GenerationParameters parameters = request.parameters();
    body.put("temperature", parameters.temperature());
    body.put("top_p", parameters.topP());
    body.put("max_tokens", parameters.maxTokens());
    if (request.choices() > 1) {
      body.put("n", request.choices());
    }
    if (!parameters.stop().isEmpty()) {
      ArrayNode stop = body.putArray("stop");
      parameters.stop().forEach(stop::add);
    }
    if (request.seed() != null) {
      body.put("seed", request.seed());
    }
    request.schema().ifPresent(schema -> responseFormat(body, schema));
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write request body: " + e.getOriginalMessage(), e);
    }
  }

  private static void message(ArrayNode messages, String role, String content) {
    ObjectNode message = messages.addObject();
    message.put("role", role);
    message.put("content", content);
  }

  private void responseFormat(ObjectNode body, String schema) {
    JsonNode schemaNode;
    try {
      schemaNode = mapper.readTree(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot send structured output request: the JSON schema does not parse", e);
    }
    ObjectNode format = body.putObject("response_format");
    format.put("type", "json_schema");
    ObjectNode jsonSchema = format.putObject("json_schema");
    jsonSchema.put("name", "output");
    jsonSchema.set("schema", schemaNode);
    jsonSchema.put("strict", true);
  }
}
