package dev.synthforge.core.metrics.representation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How one attribute group is represented in synthetic data compared with real data.
 *
 * @param group the group's value
 * @param realCount its real rows
 * @param syntheticCount its synthetic rows
 * @param realShare its share of the real rows, unsmoothed
 * @param syntheticShare its share of the synthetic rows, unsmoothed
 * @param ratio the representation ratio {@code syntheticShare / realShare}; infinite for a group
 *     not in the real data
 * @param flags what is worth a look
 */
public record GroupRepresentation(
    String group, long realCount, long syntheticCount, double realShare, double syntheticShare,
    double ratio, Set<GroupFlag> flags) {

  public GroupRepresentation {
    Objects.requireNonNull(group, "group");
    flags = Collections.unmodifiableSet(
        flags.isEmpty() ? EnumSet.noneOf(GroupFlag.class) : EnumSet.copyOf(flags));
  }

  public boolean has(GroupFlag flag) {
    return flags.contains(flag);
  }
}
