package dev.synthforge.core.mix;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Upper bounds on the synthetic rows of a mix; real rows are never capped.
 *
 * @param perSource most synthetic rows of one source (a task)
 * @param perDepth most synthetic rows of one generation depth
 * @param perGroup most synthetic rows of one group (the stratify-by attribute values)
 */
public record MixCaps(OptionalLong perSource, OptionalLong perDepth, OptionalLong perGroup) {
  public MixCaps {
    Objects.requireNonNull(perSource, "perSource");
    Objects.requireNonNull(perDepth, "perDepth");
    Objects.requireNonNull(perGroup, "perGroup");
    for (OptionalLong cap : new OptionalLong[] {perSource, perDepth, perGroup}) {
      if (cap.isPresent() && cap.getAsLong() < 0) {
        throw new IllegalArgumentException("Cannot cap a mix: a cap must be >= 0, got " + cap.getAsLong());
      }
    }
  }

  public static MixCaps none() {
    return new MixCaps(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
  }
}
