package dev.synthforge.core.curate;

import dev.synthforge.core.schema.InvalidSchemaException;
import dev.synthforge.core.schema.JsonSchema;
import dev.synthforge.core.schema.SchemaValidation;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rejects structured output that is not one JSON document or does not satisfy the task's schema,
 * checked with {@link JsonSchema}. Free text is {@link Verdict.Outcome#NOT_APPLICABLE not
 * applicable}. A schema that cannot be parsed rejects the row with {@link #SCHEMA_UNUSABLE}
 * rather than failing the job: the row is kept with its verdict like any other.
 */
public final class SchemaRule implements RowRule {

  private static final long serialVersionUID = 1L;
  private static final int MAX_CACHED_SCHEMAS = 64;

  public static final String INVALID_JSON = "invalid_json";
  public static final String SCHEMA_VIOLATION = "schema_violation";
  public static final String SCHEMA_UNUSABLE = "schema_unusable";

  private static final String NOT_JSON = "not valid JSON: ";

  /** Parsed schemas by their text; a job has few, so the cache is only bounded, not evicting. */
  private transient Map<String, ParsedSchema> schemas;

  /** A schema, or the reason it cannot be used. */
  private record ParsedSchema(JsonSchema schema, String problem) {}

  @Override
  public String name() {
    return RuleCatalog.SCHEMA;
  }

  @Override
  public Set<String> reasonCodes() {
    return Set.of(INVALID_JSON, SCHEMA_VIOLATION, SCHEMA_UNUSABLE);
  }

  @Override
  public Verdict evaluate(CurationInput input) {
    if (!input.structured()) {
      return Verdict.notApplicable(name(), "free-text task: no schema");
    }
    ParsedSchema parsed = schema(input.schemaJson());
    if (parsed.schema() == null) {
      return Verdict.reject(name(), SCHEMA_UNUSABLE, parsed.problem());
    }
    SchemaValidation validation = parsed.schema().validate(input.text());
    if (validation.valid()) {
      return Verdict.pass(name(), "");
    }
    String first = validation.violations().get(0).message();
    if (validation.violations().get(0).path().isEmpty() && first.startsWith(NOT_JSON)) {
      return Verdict.reject(name(), INVALID_JSON, first.substring(NOT_JSON.length()));
    }
    return Verdict.reject(name(), SCHEMA_VIOLATION, validation.summary());
  }

  private ParsedSchema schema(String schemaJson) {
    Map<String, ParsedSchema> cache = cache();
    ParsedSchema cached = cache.get(schemaJson);
    if (cached != null) {
      return cached;
    }
    ParsedSchema parsed;
    try {
      parsed = new ParsedSchema(JsonSchema.parse(schemaJson), "");
    } catch (InvalidSchemaException e) {
      parsed = new ParsedSchema(null, e.getMessage());
    }
    if (cache.size() < MAX_CACHED_SCHEMAS) {
      cache.put(schemaJson, parsed);
    }
    return parsed;
  }

  private synchronized Map<String, ParsedSchema> cache() {
    if (schemas == null) {
      schemas = new ConcurrentHashMap<>();
    }
    return schemas;
  }
}
