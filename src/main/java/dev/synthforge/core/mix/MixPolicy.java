package dev.synthforge.core.mix;

import java.util.Locale;
import java.util.Optional;

/** How the real pool and the kept synthetic rows are combined. */
public enum MixPolicy {
  /** Every real row is in; synthetic rows are added on top, within the caps (the default). */
  ACCUMULATE,
  /** Real and synthetic rows in a target proportion; the larger side is sampled down. */
  TARGET_REAL_SHARE;

  /** The name as written in configs and manifests: {@code accumulate}, {@code target-real-share}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The policy a written name means, if any. */
  public static Optional<MixPolicy> fromKey(String key) {
    for (MixPolicy policy : values()) {
      if (policy.key().equals(key)) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }
}
