package dev.synthforge.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One compiled (sub)schema: the allowed types (empty means any) and the other constraints, which
 * are checked only when the type fits, so a wrong type gives one violation rather than several.
 */
record SchemaNode(Set<JsonType> types, List<Constraint> constraints) {

  static final SchemaNode ANYTHING = new SchemaNode(Set.of(), List.of());
  static final SchemaNode NOTHING = new SchemaNode(Set.of(), List.of(new Constraint.Nothing()));

  SchemaNode {
    types = Set.copyOf(types);
    constraints = List.copyOf(constraints);
  }

  void check(JsonNode value, String path, List<SchemaViolation> violations) {
    if (!types.isEmpty() && types.stream().noneMatch(type -> type.matches(value))) {
      String expected =
          EnumSet.copyOf(types).stream().map(JsonType::keyword).collect(Collectors.joining(" or "));
      violations.add(
          new SchemaViolation(
              path, "expected " + expected + ", got " + JsonType.of(value).keyword()));
      return;
    }
    for (Constraint constraint : constraints) {
      constraint.check(value, path, violations);
    }
  }
}
