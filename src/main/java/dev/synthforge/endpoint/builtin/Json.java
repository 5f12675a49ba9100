package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The endpoint's one JSON mapper, and reading and writing request and response bodies with it. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write a response body: " + e.getOriginalMessage(), e);
    }
  }

  static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The request body as a JSON object; a 400 error if it is not one. */
  static ObjectNode parseObject(byte[] body) throws ApiException {
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.invalid(
          null, "Cannot parse the request body as JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.invalid(null, "Cannot parse the request body as JSON: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      throw ApiException.invalid(null, "Cannot parse the request body: it must be a JSON object");
    }
    return (ObjectNode) node;
  }
}
