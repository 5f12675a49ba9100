package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Reads and checks the fields of a request body; every bad value is a 400 naming the field. */
final class RequestFields {

  private RequestFields() {}

  static String requiredText(JsonNode body, String field) throws ApiException {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      throw ApiException.invalid(field, "Cannot serve the request: '" + field + "' is required");
    }
    if (!node.isTextual()) {
      throw invalid(field, node, "must be a string");
    }
    return node.asText();
  }

  static int integer(JsonNode body, String field, int fallback, int min, int max) throws ApiException {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < min || node.asInt() > max) {
      throw invalid(field, node, "must be an integer within [" + min + ", " + max + "]");
    }
    return node.asInt();
  }

  static OptionalInt optionalInteger(JsonNode body, String field, int min) throws ApiException {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(integer(body, field, 0, min, Integer.MAX_VALUE));
  }

  static OptionalLong optionalLong(JsonNode body, String field) throws ApiException {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return OptionalLong.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw invalid(field, node, "must be an integer");
    }
    return OptionalLong.of(node.asLong());
  }

  /** A number within [min, max]. */
  static double number(JsonNode body, String field, double fallback, double min, double max)
      throws ApiException {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isNumber() || node.asDouble() < min || node.asDouble() > max) {
      throw invalid(field, node, "must be a number within [" + min + ", " + max + "]");
    }
    return node.asDouble();
  }

  /** A number within (0, 1], as {@code top_p}. */
  static double fraction(JsonNode body, String field, double fallback) throws ApiException {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isNumber() || node.asDouble() <= 0 || node.asDouble() > 1) {
      throw invalid(field, node, "must be a number within (0, 1]");
    }
    return node.asDouble();
  }

  /** {@code stop}: absent, null, a string or an array of strings; empty strings are refused. */
  static List<String> stopSequences(JsonNode body) throws ApiException {
    JsonNode node = body.get("stop");
    List<String> stops = new ArrayList<>();
    if (node == null || node.isNull()) {
      return stops;
    }
    if (node.isTextual()) {
      stops.add(node.asText());
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        if (!element.isTextual()) {
          throw invalid("stop", node, "must be a string or an array of strings");
        }
        stops.add(element.asText());
      }
    } else {
      throw invalid("stop", node, "must be a string or an array of strings");
    }
    if (stops.contains("")) {
      throw invalid("stop", node, "must not contain an empty string");
    }
    return stops;
  }

  static ApiException invalid(String field, JsonNode value, String why) {
    String shown = Json.text(value);
    if (shown.length() > 80) {
      shown = shown.substring(0, 80) + "...";
    }
    return ApiException.invalid(field, "Cannot serve the request: '" + field + "' " + why + ": " + shown);
  }
}
