package dev.synthforge.core.prompt;

import dev.synthforge.core.Hashes;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt template with named {@code {{field}}} placeholders.
 *
 * <p>Rendering is a single pass over the parsed template: a field's value is inserted literally
 * and never scanned again, so seed text that itself contains {@code {{other}}} reaches the model
 * as written. Placeholder names are letters, digits, '_', '.' and '-', optionally padded with
 * spaces inside the braces.
 */
public final class PromptTemplate implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*}}");

  private final String text;
  private final List<String> literals;
  private final List<String> placeholders;

  private PromptTemplate(String text, List<String> literals, List<String> placeholders) {
    this.text = text;
    this.literals = literals;
    this.placeholders = placeholders;
  }

  /** Parses {@code text}; every {@code {{name}}} becomes a placeholder. */
  public static PromptTemplate parse(String text) {
    Objects.requireNonNull(text, "text");
    List<String> literals = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    int position = 0;
    while (matcher.find()) {
      literals.add(text.substring(position, matcher.start()));
      placeholders.add(matcher.group(1));
      position = matcher.end();
    }
    literals.add(text.substring(position));
    return new PromptTemplate(text, List.copyOf(literals), List.copyOf(placeholders));
  }

  /** The template as written. */
  public String text() {
    return text;
  }

  /** SHA-256 of the template text: the template's identity in lineage and request ids. */
  public String hash() {
    return Hashes.sha256(text);
  }

  /** The distinct placeholder names, in order of first use. */
  public Set<String> fields() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(placeholders));
  }

  /**
   * Renders the template, asking {@code values} for each placeholder. A field whose value is null
   * is reported as missing, and nothing is rendered.
   */
  public PromptRendering render(Function<String, String> values) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < placeholders.size(); i++) {
      out.append(literals.get(i));
      String value = values.apply(placeholders.get(i));
      if (value == null) {
        if (!missing.contains(placeholders.get(i))) {
          missing.add(placeholders.get(i));
        }
      } else {
        out.append(value);
      }
    }
    out.append(literals.get(literals.size() - 1));
    return missing.isEmpty()
        ? PromptRendering.rendered(out.toString())
        : PromptRendering.missing(missing);
  }

  @Override
  public String toString() {
    return "PromptTemplate[" + text + "]";
  }
}
