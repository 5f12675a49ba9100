package dev.synthforge.core.lineage;

import dev.synthforge.core.schema.JsonSchema;
import dev.synthforge.core.schema.SchemaValidation;
import java.util.Optional;

/** Checks structured output against the task's JSON schema; ships as text, parses once per JVM copy. */
public final class SchemaOutputCheck implements OutputCheck {
  private static final long serialVersionUID = 1L;
  private final String schemaJson;
  private transient JsonSchema schema;

  public SchemaOutputCheck(String schemaJson) {
    this.schemaJson = schemaJson;
    this.schema = JsonSchema.parse(schemaJson);
  }

  @Override
  public Optional<String> problem(String text) {
    SchemaValidation validation = schema().validate(text);
    return validation.valid() ? Optional.empty() : Optional.of(validation.summary());
  }

  private synchronized JsonSchema schema() {
    if (schema == null) {
      schema = JsonSchema.parse(schemaJson);
    }
    return schema;
  }
}
