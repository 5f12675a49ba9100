package dev.synthforge.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A JSON schema in the subset of JSON Schema (2020-12 semantics) that structured model output
 * needs: {@code type} (one or a list), {@code properties}, {@code required}, boolean {@code
 * additionalProperties}, {@code enum}, {@code const}, {@code minimum}, {@code maximum}, {@code
 * exclusiveMinimum}, {@code exclusiveMaximum} (numbers), {@code minLength}, {@code maxLength},
 * {@code pattern} (unanchored, Java regular expressions), {@code items} (one schema), {@code
 * minItems} and {@code maxItems}; {@code $schema}, {@code title}, {@code description}, {@code
 * $comment}, {@code default} and {@code examples} are accepted and ignored. Any other keyword is
 * rejected when the schema is parsed. Immutable and safe to share between threads.
 */
public final class JsonSchema {

  private final JsonNode document;
  private final SchemaNode root;
  private final String canonicalJson;

  private JsonSchema(JsonNode document, SchemaNode root) {
    this.document = document;
    this.root = root;
    this.canonicalJson = JsonValues.canonical(document);
  }

  /**
   * Parses and checks a schema.
   *
   * @throws InvalidSchemaException if the text is not JSON or the schema uses an unsupported
   *     keyword or a keyword wrongly; the message lists every problem
   */
  public static JsonSchema parse(String schemaJson) {
    Objects.requireNonNull(schemaJson, "schemaJson");
    JsonValues.ParsedJson parsed = JsonValues.parse(schemaJson);
    JsonNode document =
        parsed
            .document()
            .orElseThrow(
                () -> new InvalidSchemaException(List.of("not valid JSON: " + parsed.error())));
    return new JsonSchema(document, SchemaCompiler.compile(document));
  }

  /**
   * Validates one JSON document. Text that is not one JSON document (empty, truncated, with
   * trailing text or duplicate keys) gives a single violation at path {@code ""} whose message
   * starts with {@code "not valid JSON: "}.
   */
  public SchemaValidation validate(String json) {
    Objects.requireNonNull(json, "json");
    JsonValues.ParsedJson parsed = JsonValues.parse(json);
    if (parsed.document().isEmpty()) {
      return new SchemaValidation(
          List.of(new SchemaViolation("", "not valid JSON: " + parsed.error())));
    }
    List<SchemaViolation> violations = new ArrayList<>();
    root.check(parsed.document().get(), "", violations);
    return violations.isEmpty() ? SchemaValidation.success() : new SchemaValidation(violations);
  }

  /** The schema as compact JSON with object members sorted by name. */
  public String canonicalJson() {
    return canonicalJson;
  }

  /** SHA-256 of the UTF-8 bytes of {@link #canonicalJson()}, as 64 lowercase hex digits. */
  public String schemaHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash JSON schema: SHA-256 is not available", e);
    }
  }

  /**
   * The {@code enum} values of a top-level property, in schema order, such as the labels a model
   * may answer with.
   *
   * @throws IllegalArgumentException if the schema has no such property, the property has no {@code
   *     enum}, or a value is not a string
   */
  public List<String> enumValues(String propertyName) {
    Objects.requireNonNull(propertyName, "propertyName");
    JsonNode property = document.path("properties").path(propertyName);
    String cannot = "Cannot list enum values of property '" + propertyName + "': ";
    if (!property.isObject()) {
      throw new IllegalArgumentException(cannot + "the schema has no such top-level property");
    }
    if (!property.has("enum")) {
      throw new IllegalArgumentException(cannot + "the property has no 'enum'");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : property.get("enum")) {
      if (!value.isTextual()) {
        throw new IllegalArgumentException(cannot + "value " + value + " is not a string");
      }
      values.add(value.textValue());
    }
    return List.copyOf(values);
  }

  /** Schemas are equal when their canonical JSON is. */
  @Override
  public boolean equals(Object other) {
    return other instanceof JsonSchema schema && schema.canonicalJson.equals(canonicalJson);
  }

  @Override
  public int hashCode() {
    return canonicalJson.hashCode();
  }

  @Override
  public String toString() {
    return canonicalJson;
  }
}
