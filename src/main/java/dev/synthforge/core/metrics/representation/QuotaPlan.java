package dev.synthforge.core.metrics.representation;

import java.util.List;

/**
 * Per-group generation quotas for stratified generation.
 *
 * @param total N, the rows wanted over all groups
 * @param groups one quota per real group, by group name
 */
public record QuotaPlan(long total, List<GroupQuota> groups) {

  public QuotaPlan {
    groups = List.copyOf(groups);
  }

  /** Rows to generate over all groups. */
  public long toGenerate() {
    return groups.stream().mapToLong(GroupQuota::toGenerate).sum();
  }

  /** The quota of {@code group}; a group without one is an error. */
  public GroupQuota quota(String group) {
    return groups.stream().filter(quota -> quota.group().equals(group)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Cannot find the quota of group '" + group + "': it is not in the real data"));
  }
}
