package dev.synthforge.core.lm;

import java.util.Objects;

/**
 * One sampled text.
 *
 * @param text the text, without the stop sequence that ended it
 * @param completionTokens how many tokens the text has
 * @param finishReason why the text ended
 */
public record SamplingResult(String text, int completionTokens, FinishReason finishReason) {

  public SamplingResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(finishReason, "finishReason");
    if (completionTokens < 0) {
      throw new IllegalArgumentException("completionTokens must be >= 0: " + completionTokens);
    }
  }
}
