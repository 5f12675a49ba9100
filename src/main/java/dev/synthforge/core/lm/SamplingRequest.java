package dev.synthforge.core.lm;

import java.util.List;
import java.util.Objects;

/**
 * What to sample: the same request with the same seed gives the same text.
 *
 * @param prompt text whose words the sample leans towards (it is not continued)
 * @param temperature 0 picks the most likely token each step; 1 samples the model as fitted
 * @param topP nucleus: sample only among the most likely tokens holding this much probability
 * @param maxTokens most tokens to sample; reaching it ends the text with {@link FinishReason#LENGTH}
 * @param stop sequences that end the text where they first appear (they are not included)
 * @param seed seed of the random choices
 * @param promptWeight share of each next-token distribution given to the prompt's own words
 */
public record SamplingRequest(
    String prompt,
    double temperature,
    double topP,
    int maxTokens,
    List<String> stop,
    long seed,
    double promptWeight) {

  public static final double DEFAULT_PROMPT_WEIGHT = 0.3;
  public static final int DEFAULT_MAX_TOKENS = 64;

  public SamplingRequest {
    Objects.requireNonNull(prompt, "prompt");
    stop = List.copyOf(stop);
    if (!(temperature >= 0 && Double.isFinite(temperature))) {
      throw new IllegalArgumentException("temperature must be finite and >= 0: " + temperature);
    }
    if (!(topP > 0 && topP <= 1)) {
      throw new IllegalArgumentException("topP must be within (0, 1]: " + topP);
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
    }
    if (!(promptWeight >= 0 && promptWeight < 1)) {
      throw new IllegalArgumentException("promptWeight must be within [0, 1): " + promptWeight);
    }
    if (stop.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("stop sequences must not be empty");
    }
  }

  /** Temperature 1, no nucleus, {@value #DEFAULT_MAX_TOKENS} tokens, no stop sequence. */
  public static SamplingRequest of(String prompt, long seed) {
    return new SamplingRequest(prompt, 1.0, 1.0, DEFAULT_MAX_TOKENS, List.of(), seed, DEFAULT_PROMPT_WEIGHT);
  }

  public SamplingRequest withTemperature(double value) {
    return new SamplingRequest(prompt, value, topP, maxTokens, stop, seed, promptWeight);
  }

  public SamplingRequest withTopP(double value) {
    return new SamplingRequest(prompt, temperature, value, maxTokens, stop, seed, promptWeight);
  }

  public SamplingRequest withMaxTokens(int value) {
    return new SamplingRequest(prompt, temperature, topP, value, stop, seed, promptWeight);
  }

  public SamplingRequest withStop(List<String> value) {
    return new SamplingRequest(prompt, temperature, topP, maxTokens, value, seed, promptWeight);
  }

  public SamplingRequest withSeed(long value) {
    return new SamplingRequest(prompt, temperature, topP, maxTokens, stop, value, promptWeight);
  }

  public SamplingRequest withPromptWeight(double value) {
    return new SamplingRequest(prompt, temperature, topP, maxTokens, stop, seed, value);
  }
}
