package dev.synthforge.core.schema;

import java.util.List;

/**
 * Thrown when a JSON schema cannot be used: it is not JSON, or it breaks the supported subset of
 * JSON Schema. Lists every problem found, each naming the keyword and its location ({@code #} is
 * the schema root).
 */
public final class InvalidSchemaException extends IllegalArgumentException {

  private final List<String> problems;

  InvalidSchemaException(List<String> problems) {
    super("Cannot parse JSON schema: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem found, in schema order. */
  public List<String> problems() {
    return problems;
  }
}
