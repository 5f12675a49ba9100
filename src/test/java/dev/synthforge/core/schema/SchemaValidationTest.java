package dev.synthforge.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaValidationTest {

  @Test
  void validWithoutViolations() {
    assertThat(SchemaValidation.success().valid()).isTrue();
    assertThat(SchemaValidation.success().summary()).isEmpty();
    assertThat(new SchemaValidation(List.of())).isEqualTo(SchemaValidation.success());
  }

  @Test
  void copiesViolationsAndSummarizesThemOnOneLine() {
    List<SchemaViolation> violations = new ArrayList<>();
    violations.add(new SchemaViolation("", "not valid JSON: empty input"));
    violations.add(new SchemaViolation("/sentiment", "required property is missing"));

    SchemaValidation validation = new SchemaValidation(violations);
    violations.clear();

    assertThat(validation.valid()).isFalse();
    assertThat(validation.violations()).hasSize(2);
    assertThat(validation.summary())
        .isEqualTo(
            "(document): not valid JSON: empty input; /sentiment: required property is missing");
  }

  @Test
  void violationNeedsPointerPathAndMessage() {
    assertThatThrownBy(() -> new SchemaViolation("sentiment", "wrong"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot create schema violation: path must be empty or start with '/': 'sentiment'");
    assertThatThrownBy(() -> new SchemaViolation("/a", " "))
        .hasMessage("Cannot create schema violation: message is blank");
    assertThatThrownBy(() -> new SchemaViolation(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("path");
  }
}
