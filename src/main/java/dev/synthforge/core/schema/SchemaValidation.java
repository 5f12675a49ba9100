package dev.synthforge.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of validating one JSON document against a {@link JsonSchema}: valid when there are no
 * violations. Violations come in a stable order, so equal inputs give equal outcomes.
 *
 * @param violations every violation found, in document order of the schema
 */
public record SchemaValidation(List<SchemaViolation> violations) {

  private static final SchemaValidation VALID = new SchemaValidation(List.of());

  public SchemaValidation {
    violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
  }

  /** The outcome without violations. */
  public static SchemaValidation success() {
    return VALID;
  }

  /** Whether the document satisfies the schema. */
  public boolean valid() {
    return violations.isEmpty();
  }

  /** All violations on one line, separated by {@code "; "}; empty when valid. */
  public String summary() {
    return violations.stream().map(SchemaViolation::describe).collect(Collectors.joining("; "));
  }
}
