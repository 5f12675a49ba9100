package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The {@code response_format} of a completion request: free text, any JSON object, or JSON that
 * follows a schema.
 *
 * @param kind which format
 * @param schema the JSON schema, for {@link Kind#JSON_SCHEMA}; an empty object otherwise
 */
record ResponseFormat(Kind kind, JsonNode schema) {

  enum Kind {
    TEXT,
    JSON_OBJECT,
    JSON_SCHEMA
  }

  static final ResponseFormat TEXT = new ResponseFormat(Kind.TEXT, Json.object());

  ResponseFormat {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(schema, "schema");
  }

  static ResponseFormat parse(ObjectNode body) throws ApiException {
    JsonNode node = body.get("response_format");
    if (node == null || node.isNull()) {
      return TEXT;
    }
    JsonNode type = node.get("type");
    if (!node.isObject() || type == null || !type.isTextual()) {
      throw RequestFields.invalid("response_format", node, "must be an object with a 'type'");
    }
    switch (type.asText()) {
      case "text":
        return TEXT;
      case "json_object":
        return new ResponseFormat(Kind.JSON_OBJECT, Json.object());
      case "json_schema":
        JsonNode schema = node.path("json_schema").get("schema");
        if (schema == null || !schema.isObject()) {
          throw RequestFields.invalid(
              "response_format", node, "must have a 'json_schema' with a 'schema' object");
        }
        return new ResponseFormat(Kind.JSON_SCHEMA, schema);
      default:
        throw RequestFields.invalid(
            "response_format", type, "type must be one of text, json_object, json_schema");
    }
  }
}
