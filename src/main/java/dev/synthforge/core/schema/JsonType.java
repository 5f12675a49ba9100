package dev.synthforge.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/** The JSON Schema primitive types; {@code integer} is any number without a fractional part. */
enum JsonType {
  OBJECT("object"),
  ARRAY("array"),
  STRING("string"),
  NUMBER("number"),
  INTEGER("integer"),
  BOOLEAN("boolean"),
  NULL("null");

  private final String keyword;

  JsonType(String keyword) {
    this.keyword = keyword;
  }

  String keyword() {
    return keyword;
  }

  static Optional<JsonType> named(String keyword) {
    return Arrays.stream(values()).filter(type -> type.keyword.equals(keyword)).findFirst();
  }

  boolean matches(JsonNode value) {
    return switch (this) {
      case OBJECT -> value.isObject();
      case ARRAY -> value.isArray();
      case STRING -> value.isTextual();
      case NUMBER -> value.isNumber();
      case INTEGER -> value.isNumber() && JsonValues.integral(value);
      case BOOLEAN -> value.isBoolean();
      case NULL -> value.isNull();
    };
  }

  /**
   * The most specific type of a value: {@code integer} rather than {@code number} where it fits.
   */
  static JsonType of(JsonNode value) {
    if (value.isNumber()) {
      return JsonValues.integral(value) ? INTEGER : NUMBER;
    }
    return Arrays.stream(values())
        .filter(type -> type != NUMBER && type != INTEGER && type.matches(value))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Cannot name JSON type of node: " + value));
  }
}
