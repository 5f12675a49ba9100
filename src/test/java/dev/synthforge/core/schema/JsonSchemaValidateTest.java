package dev.synthforge.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JsonSchemaValidateTest {

  private static final JsonSchema REVIEW =
      JsonSchema.parse(
          """
          {
            "type": "object",
            "properties": {
              "sentiment": {"type": "string", "enum": ["positive", "negative", "neutral"]},
              "stars": {"type": "integer", "minimum": 1, "maximum": 5},
              "summary": {"type": "string", "minLength": 3, "maxLength": 40},
              "author": {
                "type": "object",
                "properties": {
                  "name": {"type": "string", "pattern": "^[A-Z]"},
                  "region": {"type": ["string", "null"]}
                },
                "required": ["name"],
                "additionalProperties": false
              },
              "tags": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "minItems": 1,
                "maxItems": 3
              }
            },
            "required": ["sentiment", "stars"],
            "additionalProperties": false
          }
          """);

  @Test
  void acceptsConformingDocument() {
    SchemaValidation validation =
        REVIEW.validate(
            """
            {"sentiment": "positive", "stars": 5, "summary": "Great kettle",
             "author": {"name": "Ana", "region": null}, "tags": ["kitchen", "gift"]}
            """);

    assertThat(validation.valid()).isTrue();
    assertThat(validation.violations()).isEmpty();
  }

  @Test
  void reportsEachViolationWithItsPointerInSchemaOrder() {
    SchemaValidation validation =
        REVIEW.validate(
            """
            {"stars": 6, "summary": "ok", "extra": true,
             "author": {"name": "ana", "region": 3, "age": 40}, "tags": ["", 7]}
            """);

    assertThat(validation.violations())
        .containsExactly(
            new SchemaViolation("/sentiment", "required property is missing"),
            new SchemaViolation("/stars", "must be <= 5, got 6"),
            new SchemaViolation("/summary", "must be at least 3 characters long, got 2"),
            new SchemaViolation("/author/name", "must match pattern '^[A-Z]'"),
            new SchemaViolation("/author/region", "expected string or null, got integer"),
            new SchemaViolation(
                "/author/age", "property is not allowed (additionalProperties is false)"),
            new SchemaViolation("/tags/0", "must be at least 1 character long, got 0"),
            new SchemaViolation("/tags/1", "expected string, got integer"),
            new SchemaViolation(
                "/extra", "property is not allowed (additionalProperties is false)"));
  }

  @Test
  void wrongTypeGivesOneViolationAndSkipsOtherKeywords() {
    assertThat(REVIEW.validate("{\"sentiment\": 1, \"stars\": \"5\"}").violations())
        .containsExactly(
            new SchemaViolation("/sentiment", "expected string, got integer"),
            new SchemaViolation("/stars", "expected integer, got string"));
    assertThat(REVIEW.validate("[]").violations())
        .containsExactly(new SchemaViolation("", "expected object, got array"));
  }

  @Test
  void enumMessageListsAllowedValues() {
    assertThat(REVIEW.validate("{\"sentiment\": \"mixed\", \"stars\": 3}").summary())
        .isEqualTo(
            "/sentiment: must be one of [\"positive\", \"negative\", \"neutral\"], got \"mixed\"");
  }

  @Test
  void integersIncludeNumbersWithoutFractionalPart() {
    JsonSchema integer = JsonSchema.parse("{\"type\": \"integer\"}");

    for (String accepted :
        List.of(
            "1",
            "-7",
            "1.0",
            "0.0",
            "-0.0",
            "1e3",
            "2.50E1",
            "1e400",
            "123456789012345678901234567890")) {
      assertThat(integer.validate(accepted).valid()).as(accepted).isTrue();
    }
    for (String rejected : List.of("1.5", "1e-3", "0.0000001", "\"1\"", "true", "null")) {
      assertThat(integer.validate(rejected).valid()).as(rejected).isFalse();
    }
    assertThat(integer.validate("1.5").summary())
        .isEqualTo("(document): expected integer, got number");
  }

  @Test
  void numbersIncludeIntegers() {
    JsonSchema number = JsonSchema.parse("{\"type\": \"number\"}");

    assertThat(number.validate("3").valid()).isTrue();
    assertThat(number.validate("3.25").valid()).isTrue();
    assertThat(number.validate("-1E-10").valid()).isTrue();
    assertThat(number.validate("\"3\"").summary())
        .isEqualTo("(document): expected number, got string");
  }

  @Test
  void typeUnionAcceptsAnyListedType() {
    JsonSchema union = JsonSchema.parse("{\"type\": [\"null\", \"boolean\", \"array\"]}");

    assertThat(union.validate("null").valid()).isTrue();
    assertThat(union.validate("false").valid()).isTrue();
    assertThat(union.validate("[]").valid()).isTrue();
    assertThat(union.validate("{}").summary())
        .isEqualTo("(document): expected array or boolean or null, got object");
  }

  @Test
  void boundsCompareExactlyIncludingExclusiveForms() {
    JsonSchema inclusive = JsonSchema.parse("{\"minimum\": 0.1, \"maximum\": 0.3}");
    JsonSchema exclusive = JsonSchema.parse("{\"exclusiveMinimum\": 0, \"exclusiveMaximum\": 1}");

    assertThat(inclusive.validate("0.1").valid()).isTrue();
    assertThat(inclusive.validate("0.30").valid()).isTrue();
    assertThat(inclusive.validate("0.30000000000000001").summary())
        .isEqualTo("(document): must be <= 0.3, got 0.30000000000000001");
    assertThat(inclusive.validate("\"no number\"").valid()).isTrue();
    assertThat(exclusive.validate("0.5").valid()).isTrue();
    assertThat(exclusive.validate("0").summary()).isEqualTo("(document): must be > 0, got 0");
    assertThat(exclusive.validate("1.0").summary()).isEqualTo("(document): must be < 1, got 1.0");
  }

  @Test
  void stringLengthCountsUnicodeCodePoints() {
    JsonSchema twoToThree =
        JsonSchema.parse("{\"type\": \"string\", \"minLength\": 2, \"maxLength\": 3}");

    assertThat(twoToThree.validate("\"日本語\"").valid()).isTrue();
    assertThat(twoToThree.validate("\"😀😀😀\"").valid()).isTrue();
    assertThat(twoToThree.validate("\"\\ud83d\\ude00\\ud83d\\ude00\"").valid()).isTrue();
    assertThat(twoToThree.validate("\"😀\"").summary())
        .isEqualTo("(document): must be at least 2 characters long, got 1");
    assertThat(twoToThree.validate("\"Größe\"").summary())
        .isEqualTo("(document): must be at most 3 characters long, got 5");
  }

  @Test
  void patternMatchesAnywhereUnlessAnchoredAndHandlesUnicode() {
    JsonSchema unanchored = JsonSchema.parse("{\"pattern\": \"\\\\d{3}\"}");
    JsonSchema anchored = JsonSchema.parse("{\"pattern\": \"^\\\\p{L}+$\"}");

    assertThat(unanchored.validate("\"order 123 shipped\"").valid()).isTrue();
    assertThat(unanchored.validate("\"order 12\"").valid()).isFalse();
    assertThat(anchored.validate("\"Ärger\"").valid()).isTrue();
    assertThat(anchored.validate("\"東京\"").valid()).isTrue();
    assertThat(anchored.validate("\"two words\"").summary())
        .isEqualTo("(document): must match pattern '^\\p{L}+$'");
  }

  @Test
  void enumAndConstUseJsonEquality() {
    JsonSchema numbers = JsonSchema.parse("{\"enum\": [1, \"1\", null]}");
    JsonSchema object = JsonSchema.parse("{\"const\": {\"a\": [1, {\"b\": 2.0}], \"c\": \"é\"}}");

    assertThat(numbers.validate("1.0").valid()).isTrue();
    assertThat(numbers.validate("\"1\"").valid()).isTrue();
    assertThat(numbers.validate("null").valid()).isTrue();
    assertThat(numbers.validate("2").valid()).isFalse();
    assertThat(numbers.validate("true").valid()).isFalse();
    assertThat(object.validate("{\"c\": \"é\", \"a\": [1, {\"b\": 2}]}").valid()).isTrue();
    assertThat(object.validate("{\"c\": \"e\", \"a\": [1, {\"b\": 2}]}").summary())
        .isEqualTo(
            "(document): must be {\"a\":[1,{\"b\":2.0}],\"c\":\"é\"},"
                + " got {\"c\":\"e\",\"a\":[1,{\"b\":2}]}");
    assertThat(object.validate("{\"a\": [1, {\"b\": 2}]}").valid()).isFalse();
  }

  @Test
  void arraysOfObjectsReportIndexedPaths() {
    JsonSchema schema =
        JsonSchema.parse(
            """
            {"type": "array", "maxItems": 2, "items": {
              "type": "object", "required": ["id"],
              "properties": {
                "id": {"type": "integer"},
                "labels": {"type": "array", "items": {"enum": ["a", "b"]}}
              }
            }}
            """);

    assertThat(
            schema
                .validate("[{\"id\": 1, \"labels\": [\"a\", \"c\"]}, {\"labels\": []}]")
                .violations())
        .containsExactly(
            new SchemaViolation("/0/labels/1", "must be one of [\"a\", \"b\"], got \"c\""),
            new SchemaViolation("/1/id", "required property is missing"));
    assertThat(schema.validate("[{\"id\": 1}, {\"id\": 2}, {\"id\": 3}]").summary())
        .isEqualTo("(document): must have at most 2 items, got 3");
    assertThat(JsonSchema.parse("{\"minItems\": 1}").validate("[]").summary())
        .isEqualTo("(document): must have at least 1 item, got 0");
  }

  @Test
  void escapesPointerTokens() {
    JsonSchema schema = JsonSchema.parse("{\"properties\": {\"a/b~c\": {\"type\": \"string\"}}}");

    assertThat(schema.validate("{\"a/b~c\": 1}").violations())
        .containsExactly(new SchemaViolation("/a~1b~0c", "expected string, got integer"));
  }

  @Test
  void keywordsWithoutTypeApplyOnlyToTheirOwnTypes() {
    JsonSchema schema =
        JsonSchema.parse(
            "{\"minLength\": 5, \"minimum\": 10, \"minItems\": 2, \"required\": [\"x\"]}");

    for (String value : List.of("\"longer\"", "11", "[1, 2]", "{\"x\": 1}", "true", "null")) {
      assertThat(schema.validate(value).valid()).as(value).isTrue();
    }
  }

  @Test
  void textThatIsNotOneJsonDocumentGivesOneViolation() {
    assertThat(REVIEW.validate("{\"sentiment\": \"positive\", \"stars\": 5").violations())
        .containsExactly(
            new SchemaViolation(
                "",
                "not valid JSON: Unexpected end-of-input: expected close marker for Object"
                    + " (line 1, column 37)"));
    assertThat(REVIEW.validate("{\"sentiment\": \"posi").summary())
        .startsWith("(document): not valid JSON: Unexpected end-of-input");
    assertThat(REVIEW.validate("").summary()).isEqualTo("(document): not valid JSON: empty input");
    assertThat(REVIEW.validate(" \n\t").summary())
        .isEqualTo("(document): not valid JSON: empty input");
    assertThat(REVIEW.validate("Sure! Here is the JSON: {}").summary())
        .startsWith("(document): not valid JSON: Unrecognized token 'Sure'");
    assertThat(REVIEW.validate("{\"sentiment\": \"positive\", \"stars\": 5} trailing").summary())
        .startsWith("(document): not valid JSON: Unrecognized token 'trailing'");
    assertThat(REVIEW.validate("{\"stars\": 1, \"stars\": 2}").summary())
        .isEqualTo("(document): not valid JSON: Duplicate field 'stars' (line 1, column 21)");
    assertThat(REVIEW.validate("{'sentiment': 'positive'}").violations()).hasSize(1);
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    String valid = "{\"sentiment\": \"neutral\", \"stars\": 3, \"tags\": [\"x\"]}";
    String invalid = "{\"sentiment\": \"none\", \"stars\": 0}";
    SchemaValidation expectedInvalid = REVIEW.validate(invalid);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results =
          pool.invokeAll(
              java.util.Collections.nCopies(
                  64,
                  () -> {
                    for (int round = 0; round < 200; round++) {
                      if (!REVIEW.validate(valid).valid()
                          || !REVIEW.validate(invalid).equals(expectedInvalid)) {
                        return false;
                      }
                    }
                    return true;
                  }));
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expectedInvalid.violations()).hasSize(2);
  }
}
