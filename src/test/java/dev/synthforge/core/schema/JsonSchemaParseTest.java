package dev.synthforge.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonSchemaParseTest {

  private static final String LABEL_SCHEMA =
      """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Review label",
        "description": "Sentiment of one review",
        "type": "object",
        "properties": {
          "sentiment": {"enum": ["positive", "negative", "neutral"], "description": "the label"},
          "confidence": {"type": "number", "minimum": 0, "maximum": 1}
        },
        "required": ["sentiment"],
        "additionalProperties": false
      }
      """;

  @Test
  void acceptsAnnotationsAndSupportedKeywords() {
    JsonSchema schema = JsonSchema.parse(LABEL_SCHEMA);

    assertThat(schema.validate("{\"sentiment\": \"neutral\", \"confidence\": 0.5}").valid())
        .isTrue();
  }

  @Test
  void rejectsUnsupportedKeywordNamingItAndItsLocation() {
    assertThatThrownBy(
            () ->
                JsonSchema.parse(
                    "{\"type\": \"object\", \"properties\": {\"label\": {\"oneOf\": [true]}}}"))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessage("Cannot parse JSON schema: unsupported keyword 'oneOf' at #/properties/label");
  }

  @Test
  void rejectsUnsupportedKeywordAtRoot() {
    assertThatThrownBy(() -> JsonSchema.parse("{\"$ref\": \"#/definitions/x\"}"))
        .hasMessage("Cannot parse JSON schema: unsupported keyword '$ref' at #");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    String schema =
        """
        {
          "anyOf": [],
          "properties": {
            "a/b": {"minLength": -1, "pattern": "(", "type": ["string", "strin"]},
            "c": {"items": [{"type": "string"}], "maxItems": 1.5}
          },
          "required": ["a/b", 3],
          "additionalProperties": {"type": "string"}
        }
        """;

    assertThatThrownBy(() -> JsonSchema.parse(schema))
        .isInstanceOfSatisfying(
            InvalidSchemaException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "unsupported keyword 'anyOf' at #",
                        "'minLength' at #/properties/a~1b must be a non-negative integer, got -1",
                        "'pattern' at #/properties/a~1b is not a valid regular expression:"
                            + " Unclosed group near index 1",
                        "'type' at #/properties/a~1b must name object, array, string, number,"
                            + " integer, boolean or null, got \"strin\"",
                        "'maxItems' at #/properties/c must be a non-negative integer, got 1.5",
                        "'items' at #/properties/c must be one schema (the array form is not"
                            + " supported)",
                        "'required' at # must list strings only, got 3",
                        "'additionalProperties' at # must be true or false (a schema there is not"
                            + " supported)"))
        .hasMessageStartingWith(
            "Cannot parse JSON schema: unsupported keyword 'anyOf' at #; 'minLength' at");
  }

  @Test
  void rejectsKeywordsWithWrongValues() {
    assertThatThrownBy(() -> JsonSchema.parse("{\"exclusiveMinimum\": true}"))
        .hasMessage("Cannot parse JSON schema: 'exclusiveMinimum' at # must be a number, got true");
    assertThatThrownBy(() -> JsonSchema.parse("{\"enum\": []}"))
        .hasMessage("Cannot parse JSON schema: 'enum' at # must be a non-empty array, got []");
    assertThatThrownBy(() -> JsonSchema.parse("{\"type\": [\"string\", \"string\"]}"))
        .hasMessage("Cannot parse JSON schema: 'type' at # lists \"string\" twice");
    assertThatThrownBy(() -> JsonSchema.parse("{\"type\": []}"))
        .hasMessageContaining("'type' at # must name object, array");
    assertThatThrownBy(() -> JsonSchema.parse("{\"properties\": {\"a\": 3}}"))
        .hasMessage(
            "Cannot parse JSON schema: schema at #/properties/a must be an object or a boolean,"
                + " got integer");
    assertThatThrownBy(() -> JsonSchema.parse("{\"required\": \"a\"}"))
        .hasMessage(
            "Cannot parse JSON schema: 'required' at # must be an array of strings, got \"a\"");
    assertThatThrownBy(() -> JsonSchema.parse("{\"pattern\": 7}"))
        .hasMessage("Cannot parse JSON schema: 'pattern' at # must be a string, got 7");
  }

  @Test
  void rejectsSchemaThatIsNotJson() {
    assertThatThrownBy(() -> JsonSchema.parse("{\"type\": "))
        .isInstanceOf(InvalidSchemaException.class)
        .hasMessageStartingWith(
            "Cannot parse JSON schema: not valid JSON: Unexpected end-of-input");
    assertThatThrownBy(() -> JsonSchema.parse(""))
        .hasMessage("Cannot parse JSON schema: not valid JSON: empty input");
    assertThatThrownBy(() -> JsonSchema.parse("[1, 2]"))
        .hasMessage(
            "Cannot parse JSON schema: schema at # must be an object or a boolean, got array");
  }

  @Test
  void acceptsBooleanSchemas() {
    assertThat(JsonSchema.parse("true").validate("[1, \"x\", null]").valid()).isTrue();
    assertThat(JsonSchema.parse("false").validate("1").violations())
        .containsExactly(new SchemaViolation("", "no value is allowed here (the schema is false)"));
  }

  @Test
  void hashIsSha256OfCanonicalJson() {
    JsonSchema schema = JsonSchema.parse("{ \"type\" : \"string\" }");

    assertThat(schema.canonicalJson()).isEqualTo("{\"type\":\"string\"}");
    assertThat(schema.schemaHash())
        .isEqualTo("00404e686415370f1711c4d7acfa2905444d3cf23cef2e10c47d445ebe690f96");
  }

  @Test
  void hashIgnoresKeyOrderAndWhitespaceAtEveryDepth() {
    JsonSchema first =
        JsonSchema.parse(
            "{\"type\":\"object\","
                + "\"properties\":{\"label\":{\"enum\":[\"positive\",\"negative\"]}}}");
    JsonSchema second =
        JsonSchema.parse(
            "{\n  \"properties\": {\"label\": {\"enum\": [\"positive\", \"negative\"]}},\n"
                + "  \"type\": \"object\"\n}");

    assertThat(first.schemaHash())
        .isEqualTo(second.schemaHash())
        .isEqualTo("7ac3da9ccc72e309ef077f5733dd4e33c2288e4aecf5e53ca5c253c2d76c66e2");
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.toString()).isEqualTo(second.canonicalJson());
  }

  @Test
  void hashChangesWithAnyChangeIncludingEnumOrderAndAnnotations() {
    String base = JsonSchema.parse("{\"enum\": [\"a\", \"b\"]}").schemaHash();

    assertThat(JsonSchema.parse("{\"enum\": [\"b\", \"a\"]}").schemaHash()).isNotEqualTo(base);
    assertThat(JsonSchema.parse("{\"enum\": [\"a\", \"b\"], \"title\": \"t\"}").schemaHash())
        .isNotEqualTo(base);
    assertThat(base).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void listsEnumValuesOfTopLevelProperty() {
    JsonSchema schema = JsonSchema.parse(LABEL_SCHEMA);

    assertThat(schema.enumValues("sentiment")).containsExactly("positive", "negative", "neutral");
  }

  @Test
  void enumValuesExplainsWhyThereAreNone() {
    JsonSchema schema =
        JsonSchema.parse(
            "{\"properties\": {\"score\": {\"enum\": [1, 2]}, \"text\": {\"type\": \"string\"}}}");

    assertThatThrownBy(() -> schema.enumValues("missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot list enum values of property 'missing': the schema has no such top-level"
                + " property");
    assertThatThrownBy(() -> schema.enumValues("text"))
        .hasMessage("Cannot list enum values of property 'text': the property has no 'enum'");
    assertThatThrownBy(() -> schema.enumValues("score"))
        .hasMessage("Cannot list enum values of property 'score': value 1 is not a string");
  }
}
