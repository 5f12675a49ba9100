package dev.synthforge.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One compiled schema keyword (or group of keywords). A constraint applies only to the JSON types
 * it is about: {@code minLength} passes any non-string, as in JSON Schema.
 */
sealed interface Constraint {

  /** Adds a violation for each way {@code value}, found at {@code path}, breaks this constraint. */
  void check(JsonNode value, String path, List<SchemaViolation> violations);

  /** The {@code false} schema: no value is allowed. */
  record Nothing() implements Constraint {
    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      violations.add(new SchemaViolation(path, "no value is allowed here (the schema is false)"));
    }
  }

  /** {@code enum}: the value equals one of the listed values. */
  record OneOf(List<JsonNode> allowed) implements Constraint {
    public OneOf {
      allowed = List.copyOf(allowed);
    }

    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (allowed.stream().noneMatch(candidate -> JsonValues.equal(candidate, value))) {
        String listed =
            allowed.stream().map(JsonNode::toString).collect(Collectors.joining(", ", "[", "]"));
        violations.add(
            new SchemaViolation(
                path, "must be one of " + listed + ", got " + JsonValues.shown(value)));
      }
    }
  }

  /** {@code const}: the value equals the given value. */
  record Equals(JsonNode constant) implements Constraint {
    public Equals {
      Objects.requireNonNull(constant, "constant");
    }

    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (!JsonValues.equal(constant, value)) {
        violations.add(
            new SchemaViolation(
                path,
                "must be " + JsonValues.shown(constant) + ", got " + JsonValues.shown(value)));
      }
    }
  }

  /** {@code minimum}, {@code maximum} and their exclusive forms, on numbers. */
  record Bound(Comparison comparison, BigDecimal limit) implements Constraint {
    public Bound {
      Objects.requireNonNull(comparison, "comparison");
      Objects.requireNonNull(limit, "limit");
    }

    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (value.isNumber() && !comparison.holds(value.decimalValue().compareTo(limit))) {
        violations.add(
            new SchemaViolation(
                path,
                "must be " + comparison.symbol() + " " + limit.toString() + ", got " + value));
      }
    }
  }

  /** {@code minLength} and {@code maxLength}, counted in Unicode code points, on strings. */
  record Length(long minimum, long maximum) implements Constraint {
    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (value.isTextual()) {
        String text = value.textValue();
        long length = text.codePointCount(0, text.length());
        if (length < minimum) {
          violations.add(
              new SchemaViolation(
                  path,
                  "must be at least " + count(minimum, "character") + " long, got " + length));
        } else if (length > maximum) {
          violations.add(
              new SchemaViolation(
                  path, "must be at most " + count(maximum, "character") + " long, got " + length));
        }
      }
    }
  }

  /** {@code minItems} and {@code maxItems}, on arrays. */
  record ItemCount(long minimum, long maximum) implements Constraint {
    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (value.isArray()) {
        if (value.size() < minimum) {
          violations.add(
              new SchemaViolation(
                  path, "must have at least " + count(minimum, "item") + ", got " + value.size()));
        } else if (value.size() > maximum) {
          violations.add(
              new SchemaViolation(
                  path, "must have at most " + count(maximum, "item") + ", got " + value.size()));
        }
      }
    }
  }

  /** {@code pattern}: the regular expression matches somewhere in the string (unanchored). */
  record Matches(Pattern pattern) implements Constraint {
    public Matches {
      Objects.requireNonNull(pattern, "pattern");
    }

    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (value.isTextual() && !pattern.matcher(value.textValue()).find()) {
        violations.add(new SchemaViolation(path, "must match pattern '" + pattern.pattern() + "'"));
      }
    }
  }

  /** {@code properties}, {@code required} and {@code additionalProperties}, on objects. */
  record ObjectShape(
      Map<String, SchemaNode> properties, List<String> required, boolean additionalAllowed)
      implements Constraint {
    public ObjectShape {
      // Schema order is kept, so violations come out in the order the schema lists properties.
      properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
      required = List.copyOf(required);
    }

    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (!value.isObject()) {
        return;
      }
      for (String name : required) {
        if (!value.has(name)) {
          violations.add(
              new SchemaViolation(JsonValues.pointer(path, name), "required property is missing"));
        }
      }
      properties.forEach(
          (name, schema) -> {
            if (value.has(name)) {
              schema.check(value.get(name), JsonValues.pointer(path, name), violations);
            }
          });
      if (!additionalAllowed) {
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!properties.containsKey(name)) {
            violations.add(
                new SchemaViolation(
                    JsonValues.pointer(path, name),
                    "property is not allowed (additionalProperties is false)"));
          }
        }
      }
    }
  }

  /** {@code items}: every element of an array matches one schema. */
  record Items(SchemaNode items) implements Constraint {
    public Items {
      Objects.requireNonNull(items, "items");
    }

    @Override
    public void check(JsonNode value, String path, List<SchemaViolation> violations) {
      if (value.isArray()) {
        for (int index = 0; index < value.size(); index++) {
          items.check(value.get(index), path + "/" + index, violations);
        }
      }
    }
  }

  /** How a number relates to a bound. */
  enum Comparison {
    MINIMUM("minimum", ">="),
    EXCLUSIVE_MINIMUM("exclusiveMinimum", ">"),
    MAXIMUM("maximum", "<="),
    EXCLUSIVE_MAXIMUM("exclusiveMaximum", "<");

    private final String keyword;
    private final String symbol;

    Comparison(String keyword, String symbol) {
      this.keyword = keyword;
      this.symbol = symbol;
    }

    String keyword() {
      return keyword;
    }

    String symbol() {
      return symbol;
    }

    boolean holds(int valueComparedToLimit) {
      return switch (this) {
        case MINIMUM -> valueComparedToLimit >= 0;
        case EXCLUSIVE_MINIMUM -> valueComparedToLimit > 0;
        case MAXIMUM -> valueComparedToLimit <= 0;
        case EXCLUSIVE_MAXIMUM -> valueComparedToLimit < 0;
      };
    }
  }

  private static String count(long number, String noun) {
    return number + " " + noun + (number == 1 ? "" : "s");
  }
}
