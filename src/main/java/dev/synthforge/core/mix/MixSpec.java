package dev.synthforge.core.mix;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a mix is made of: the policy and everything the sampling depends on. A manifest pins it,
 * so a rebuild uses the spec it was built with, not the current config.
 *
 * @param policy how real and synthetic rows combine
 * @param realShare target share of real rows in [0, 1]; used by {@link MixPolicy#TARGET_REAL_SHARE}
 * @param size total rows wanted; empty: as many as the policy and caps allow
 * @param caps upper bounds on synthetic rows
 * @param seed seed of the row order that sampling takes the first rows of
 * @param stratifyBy seed attributes whose values form the groups sampled proportionally
 */
public record MixSpec(MixPolicy policy, double realShare, OptionalLong size, MixCaps caps, long seed,
    List<String> stratifyBy) {
  public MixSpec {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(caps, "caps");
    stratifyBy = List.copyOf(stratifyBy);
    if (!(realShare >= 0 && realShare <= 1)) {
      throw new IllegalArgumentException("Cannot build a mix spec: real share " + realShare + " is outside [0, 1]");
    }
    if (size.isPresent() && size.getAsLong() < 1) {
      throw new IllegalArgumentException("Cannot build a mix spec: size must be >= 1, got " + size.getAsLong());
    }
  }
}
