package dev.synthforge.core.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Reading, comparing and writing JSON trees the way JSON Schema sees them. */
final class JsonValues {

  private static final int SHOWN_VALUE_LENGTH = 60;

  // Decimals keep their scale as written (1.0 stays 1.0); strictness rejects what is not one
  // JSON document, since a model's answer with duplicate keys or trailing text is not valid output.
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private JsonValues() {}

  /** The parsed document, or the reason it is not JSON, such as {@code empty input}. */
  static ParsedJson parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) {
        return new ParsedJson(Optional.empty(), "empty input");
      }
      return new ParsedJson(Optional.of(node), "");
    } catch (JsonProcessingException e) {
      return new ParsedJson(Optional.empty(), describe(e));
    }
  }

  /** A parse outcome: the document, or why there is none. */
  record ParsedJson(Optional<JsonNode> document, String error) {}

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    // Jackson appends the start location of an open container to some messages; it is noise here.
    int source = message.indexOf(" (start marker at");
    if (source >= 0) {
      message = message.substring(0, source);
    }
    message = message.replace('\n', ' ').trim();
    JsonLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return message;
  }

  /** Whether a number has no fractional part: {@code 1.0} and {@code 1e3} are integers. */
  static boolean integral(JsonNode number) {
    if (number.isIntegralNumber()) {
      return true;
    }
    return number.decimalValue().signum() == 0
        || number.decimalValue().stripTrailingZeros().scale() <= 0;
  }

  /** JSON equality: numbers compare by value, objects ignore member order. */
  static boolean equal(JsonNode left, JsonNode right) {
    if (left.isNumber() && right.isNumber()) {
      return left.decimalValue().compareTo(right.decimalValue()) == 0;
    }
    if (left.isObject() && right.isObject()) {
      if (left.size() != right.size()) {
        return false;
      }
      for (Iterator<String> names = left.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!right.has(name) || !equal(left.get(name), right.get(name))) {
          return false;
        }
      }
      return true;
    }
    if (left.isArray() && right.isArray()) {
      if (left.size() != right.size()) {
        return false;
      }
      for (int index = 0; index < left.size(); index++) {
        if (!equal(left.get(index), right.get(index))) {
          return false;
        }
      }
      return true;
    }
    return left.getNodeType() == right.getNodeType() && left.equals(right);
  }

  /** Compact JSON of a value, cut short for messages. */
  static String shown(JsonNode value) {
    String text = value.toString();
    return text.length() <= SHOWN_VALUE_LENGTH
        ? text
        : text.substring(0, SHOWN_VALUE_LENGTH) + "...";
  }

  /** Compact JSON with object members sorted by name, so equal schemas give equal text. */
  static String canonical(JsonNode value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out)) {
      writeCanonical(value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write canonical JSON: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static void writeCanonical(JsonNode value, JsonGenerator generator) throws IOException {
    if (value.isObject()) {
      List<String> names = new ArrayList<>();
      value.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      generator.writeStartObject();
      for (String name : names) {
        generator.writeFieldName(name);
        writeCanonical(value.get(name), generator);
      }
      generator.writeEndObject();
    } else if (value.isArray()) {
      generator.writeStartArray();
      for (JsonNode element : value) {
        writeCanonical(element, generator);
      }
      generator.writeEndArray();
    } else {
      MAPPER.writeTree(generator, value);
    }
  }

  /** A JSON pointer one step below {@code parent}, escaping {@code ~} and {@code /}. */
  static String pointer(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }
}
