package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaRuleTest {

  private static final String LABEL_SCHEMA = """
      {"type": "object",
       "properties": {"label": {"type": "string", "enum": ["positive", "negative"]}},
       "required": ["label"], "additionalProperties": false}
      """;

  private static final SchemaRule RULE = new SchemaRule();

  private static Verdict judge(String output) {
    return RULE.evaluate(CurationInput.structured(output, "stop", LABEL_SCHEMA));
  }

  @Test
  void passesConformingOutput() {
    assertThat(judge("{\"label\": \"positive\"}").outcome()).isEqualTo(Verdict.Outcome.PASSED);
  }

  @Test
  void rejectsSchemaViolations() {
    Verdict verdict = judge("{\"label\": \"great\", \"extra\": 1}");

    assertThat(verdict.reason()).isEqualTo("schema_violation");
    assertThat(verdict.detail()).contains("/label: ").contains("/extra: ");
  }

  @Test
  void rejectsOutputThatIsNotJson() {
    assertThat(judge("{\"label\": \"posi").reason()).isEqualTo("invalid_json");
    assertThat(judge("").reason()).isEqualTo("invalid_json");
    assertThat(judge("Sure! {\"label\": \"positive\"}").reason()).isEqualTo("invalid_json");
  }

  @Test
  void unusableSchemaRejectsTheRowInsteadOfFailing() {
    Verdict verdict =
        RULE.evaluate(CurationInput.structured(
            "{}", "stop", "{\"type\": \"object\", \"oneOf\": []}"));

    assertThat(verdict.reason()).isEqualTo("schema_unusable");
    assertThat(verdict.detail()).startsWith("Cannot parse JSON schema: ");
    Verdict notJson = RULE.evaluate(CurationInput.structured("{}", "stop", "{not json"));
    assertThat(notJson.reason()).isEqualTo("schema_unusable");
  }

  @Test
  void freeTextIsNotApplicable() {
    assertThat(RULE.evaluate(CurationInput.freeText("plain words", "stop")).outcome())
        .isEqualTo(Verdict.Outcome.NOT_APPLICABLE);
  }

  @Test
  void unicodeValuesValidate() {
    String schema = "{\"type\": \"object\", \"properties\": {\"city\": {\"type\": \"string\","
        + " \"maxLength\": 5}}}";
    assertThat(RULE.evaluate(CurationInput.structured("{\"city\": \"東京\"}", null, schema)).passed())
        .isTrue();
  }
}
