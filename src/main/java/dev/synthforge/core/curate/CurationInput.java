package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a generated row offers to per-row curation rules.
 *
 * @param text the generated output; a row without output (a failed call) is given as the empty
 *     string
 * @param finishReason why generation ended, as the endpoint named it ({@code stop}, {@code
 *     length}, ...), or null when it was not recorded
 * @param schemaJson the JSON schema a structured task's output must satisfy, or null for a
 *     free-text task
 */
public record CurationInput(String text, String finishReason, String schemaJson)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public CurationInput {
    Objects.requireNonNull(text, "text");
    if (schemaJson != null && schemaJson.isBlank()) {
      throw new IllegalArgumentException(
          "Cannot create curation input: the schema is blank; pass null for a free-text task");
    }
  }

  /** The output of a free-text task. */
  public static CurationInput freeText(String text, String finishReason) {
    return new CurationInput(text, finishReason, null);
  }

  /** The output of a structured task whose output must satisfy {@code schemaJson}. */
  public static CurationInput structured(String text, String finishReason, String schemaJson) {
    return new CurationInput(text, finishReason, Objects.requireNonNull(schemaJson, "schemaJson"));
  }

  /** Whether the task asked for structured output (JSON that satisfies a schema). */
  public boolean structured() {
    return schemaJson != null;
  }
}
