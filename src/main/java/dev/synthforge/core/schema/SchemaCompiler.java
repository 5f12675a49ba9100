package dev.synthforge.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a schema document into {@link SchemaNode}s, collecting every problem before failing. Schema
 * locations in problems are JSON pointers prefixed with {@code #}.
 */
final class SchemaCompiler {

  private static final Set<String> KEYWORDS =
      Set.of(
          "type",
          "properties",
          "required",
          "additionalProperties",
          "enum",
          "const",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minLength",
          "maxLength",
          "pattern",
          "items",
          "minItems",
          "maxItems");

  /** Keywords that only annotate a schema; they are accepted and have no effect on validation. */
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "title", "description", "$comment", "default", "examples");

  private final List<String> problems = new ArrayList<>();

  private SchemaCompiler() {}

  static SchemaNode compile(JsonNode schema) {
    SchemaCompiler compiler = new SchemaCompiler();
    SchemaNode root = compiler.schema(schema, "#");
    if (!compiler.problems.isEmpty()) {
      throw new InvalidSchemaException(compiler.problems);
    }
    return root;
  }

  private SchemaNode schema(JsonNode schema, String location) {
    if (schema.isBoolean()) {
      return schema.booleanValue() ? SchemaNode.ANYTHING : SchemaNode.NOTHING;
    }
    if (!schema.isObject()) {
      problems.add(
          "schema at "
              + location
              + " must be an object or a boolean, got "
              + JsonType.of(schema).keyword());
      return SchemaNode.ANYTHING;
    }
    schema
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!KEYWORDS.contains(name) && !ANNOTATIONS.contains(name)) {
                problems.add("unsupported keyword '" + name + "' at " + location);
              }
            });
    List<Constraint> constraints = new ArrayList<>();
    if (schema.has("const")) {
      constraints.add(new Constraint.Equals(schema.get("const").deepCopy()));
    }
    enumeration(schema, location).ifPresent(constraints::add);
    for (Constraint.Comparison comparison : Constraint.Comparison.values()) {
      JsonNode limit = schema.get(comparison.keyword());
      if (limit != null) {
        if (limit.isNumber()) {
          constraints.add(new Constraint.Bound(comparison, limit.decimalValue()));
        } else {
          problems.add(keyword(comparison.keyword(), location) + " must be a number, got " + limit);
        }
      }
    }
    OptionalLong minLength = count(schema, "minLength", location);
    OptionalLong maxLength = count(schema, "maxLength", location);
    if (minLength.isPresent() || maxLength.isPresent()) {
      constraints.add(new Constraint.Length(minLength.orElse(0), maxLength.orElse(Long.MAX_VALUE)));
    }
    pattern(schema, location).ifPresent(constraints::add);
    OptionalLong minItems = count(schema, "minItems", location);
    OptionalLong maxItems = count(schema, "maxItems", location);
    if (minItems.isPresent() || maxItems.isPresent()) {
      constraints.add(
          new Constraint.ItemCount(minItems.orElse(0), maxItems.orElse(Long.MAX_VALUE)));
    }
    objectShape(schema, location).ifPresent(constraints::add);
    if (schema.has("items")) {
      JsonNode items = schema.get("items");
      if (items.isArray()) {
        problems.add(
            keyword("items", location) + " must be one schema (the array form is not supported)");
      } else {
        constraints.add(new Constraint.Items(schema(items, location + "/items")));
      }
    }
    return new SchemaNode(types(schema.get("type"), location), constraints);
  }

  private Set<JsonType> types(JsonNode type, String location) {
    if (type == null) {
      return Set.of();
    }
    List<JsonNode> names = new ArrayList<>();
    if (type.isArray() && !type.isEmpty()) {
      type.forEach(names::add);
    } else {
      names.add(type);
    }
    Set<JsonType> types = EnumSet.noneOf(JsonType.class);
    for (JsonNode name : names) {
      Optional<JsonType> known =
          name.isTextual() ? JsonType.named(name.textValue()) : Optional.empty();
      if (known.isEmpty()) {
        problems.add(
            keyword("type", location)
                + " must name object, array, string, number, integer, boolean or null, got "
                + name);
      } else if (!types.add(known.get())) {
        problems.add(keyword("type", location) + " lists " + name + " twice");
      }
    }
    return types;
  }

  private Optional<Constraint> enumeration(JsonNode schema, String location) {
    JsonNode values = schema.get("enum");
    if (values == null) {
      return Optional.empty();
    }
    if (!values.isArray() || values.isEmpty()) {
      problems.add(
          keyword("enum", location)
              + " must be a non-empty array, got "
              + JsonValues.shown(values));
      return Optional.empty();
    }
    List<JsonNode> allowed = new ArrayList<>();
    values.forEach(value -> allowed.add(value.deepCopy()));
    return Optional.of(new Constraint.OneOf(allowed));
  }

  private OptionalLong count(JsonNode schema, String name, String location) {
    JsonNode value = schema.get(name);
    if (value == null) {
      return OptionalLong.empty();
    }
    if (!value.isNumber() || !JsonValues.integral(value) || value.decimalValue().signum() < 0) {
      problems.add(keyword(name, location) + " must be a non-negative integer, got " + value);
      return OptionalLong.empty();
    }
    // Counts beyond a long cannot be reached by any string or array, so clamping keeps the meaning.
    return OptionalLong.of(
        value.decimalValue().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
            ? Long.MAX_VALUE
            : value.decimalValue().longValue());
  }

  private Optional<Constraint> pattern(JsonNode schema, String location) {
    JsonNode pattern = schema.get("pattern");
    if (pattern == null) {
      return Optional.empty();
    }
    if (!pattern.isTextual()) {
      problems.add(keyword("pattern", location) + " must be a string, got " + pattern);
      return Optional.empty();
    }
    try {
      return Optional.of(new Constraint.Matches(Pattern.compile(pattern.textValue())));
    } catch (PatternSyntaxException e) {
      problems.add(
          keyword("pattern", location)
              + " is not a valid regular expression: "
              + e.getDescription()
              + " near index "
              + e.getIndex());
      return Optional.empty();
    }
  }

  private Optional<Constraint> objectShape(JsonNode schema, String location) {
    JsonNode properties = schema.get("properties");
    JsonNode required = schema.get("required");
    JsonNode additional = schema.get("additionalProperties");
    if (properties == null && required == null && additional == null) {
      return Optional.empty();
    }
    Map<String, SchemaNode> compiled = new LinkedHashMap<>();
    if (properties != null && !properties.isObject()) {
      problems.add(
          keyword("properties", location)
              + " must be an object, got "
              + JsonValues.shown(properties));
    } else if (properties != null) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        String name = property.getKey();
        compiled.put(
            name, schema(property.getValue(), JsonValues.pointer(location + "/properties", name)));
      }
    }
    List<String> names = new ArrayList<>();
    if (required != null) {
      if (!required.isArray()) {
        problems.add(
            keyword("required", location)
                + " must be an array of strings, got "
                + JsonValues.shown(required));
      } else {
        for (JsonNode name : required) {
          if (!name.isTextual()) {
            problems.add(keyword("required", location) + " must list strings only, got " + name);
          } else if (names.contains(name.textValue())) {
            problems.add(keyword("required", location) + " lists " + name + " twice");
          } else {
            names.add(name.textValue());
          }
        }
      }
    }
    if (additional != null && !additional.isBoolean()) {
      problems.add(
          keyword("additionalProperties", location)
              + " must be true or false (a schema there is not supported)");
    }
    boolean additionalAllowed =
        additional == null || !additional.isBoolean() || additional.booleanValue();
    return Optional.of(new Constraint.ObjectShape(compiled, names, additionalAllowed));
  }

  private static String keyword(String name, String location) {
    return "'" + name + "' at " + location;
  }
}
