package dev.synthforge.core.prompt;

import java.util.List;
import java.util.Objects;

/**
 * The result of rendering a template for one seed: the prompt text, or the fields it lacked.
 *
 * @param text the rendered prompt; empty when fields are missing
 * @param missingFields placeholders whose value was null or absent; empty when rendered
 */
public record PromptRendering(String text, List<String> missingFields) {
  public PromptRendering {
    Objects.requireNonNull(text, "text");
    missingFields = List.copyOf(missingFields);
  }

  static PromptRendering rendered(String text) {
    return new PromptRendering(text, List.of());
  }

  static PromptRendering missing(List<String> fields) {
    return new PromptRendering("", fields);
  }

  /** Whether every placeholder had a value. */
  public boolean complete() {
    return missingFields.isEmpty();
  }
}
