package dev.synthforge.core.generation;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Sampling parameters sent with every request of a task.
 *
 * @param temperature sampling temperature, 0 for greedy
 * @param topP nucleus sampling mass
 * @param maxTokens completion token limit
 * @param stop stop sequences
 * @param seed the task's sampling seed, or null to send none; sample i is sent seed + i
 */
public record GenerationParameters(
    double temperature, double topP, int maxTokens, List<String> stop, Long seed)
    implements Serializable {

  public GenerationParameters {
    stop = List.copyOf(stop);
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be >= 1: " + maxTokens);
    }
  }

  /** The seed sent for one sample, or null when the task has none. */
  public Long seedForSample(int sampleIndex) {
    return seed == null ? null : seed + sampleIndex;
  }

  /** A stable text form, part of every request id. */
  public String canonical() {
    return String.format(
        Locale.ROOT,
        "temperature=%s;top_p=%s;max_tokens=%d;stop=%s;seed=%s",
        Double.toString(temperature),
        Double.toString(topP),
        maxTokens,
        stop,
        seed);
  }
}
