package dev.synthforge.core.generation;

import java.util.Objects;

/**
 * One generated sample in an endpoint's answer.
 *
 * @param index the choice's index in the answer
 * @param text the generated text (message content or completion text)
 * @param finishReason why generation stopped ("stop", "length", ...), or "unknown"
 */
public record Choice(int index, String text, String finishReason) {
  public Choice {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
  }
}
