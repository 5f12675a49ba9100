package dev.synthforge.core.metrics.representation;

import java.io.Serializable;
import java.util.Objects;

/**
 * The generation quota of one attribute group.
 *
 * @param group the group's value
 * @param realCount its real (seed) rows
 * @param realShare its share of the real rows
 * @param targetShare its target share q(a)
 * @param target rows wanted in total: {@code round(N q(a))}, or, for samples of seeds, the
 *     bounded whole-number share of {@link QuotaPlanner#planSamples}
 * @param existing rows it already has
 * @param toGenerate {@code max(0, target - existing)}
 */
public record GroupQuota(
    String group, long realCount, double realShare, double targetShare, long target,
    long existing, long toGenerate) implements Serializable {
  private static final long serialVersionUID = 1L;

  public GroupQuota {
    Objects.requireNonNull(group, "group");
    if (realCount < 1 || existing < 0 || toGenerate != Math.max(0, target - existing)) {
      throw new IllegalArgumentException("Cannot set the quota of group '" + group + "': "
          + realCount + " real rows, " + existing + " existing, target " + target
          + ", to generate " + toGenerate);
    }
  }

  /**
   * Samples to ask of the seed at position {@code seedOrdinal} (0-based, in a fixed order such as
   * by seed id) among the group's {@link #realCount()} seed rows: the quota spread as evenly as
   * possible, the first {@code toGenerate % realCount} seeds taking one more.
   */
  public long samplesForSeed(long seedOrdinal) {
    if (seedOrdinal < 0 || seedOrdinal >= realCount) {
      throw new IllegalArgumentException("Cannot allocate samples to seed " + seedOrdinal
          + " of group '" + group + "': it has seeds 0 to " + (realCount - 1));
    }
    return toGenerate / realCount + (seedOrdinal < toGenerate % realCount ? 1 : 0);
  }
}
