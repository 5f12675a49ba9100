package dev.synthforge.core.curate;

import java.util.List;
import java.util.Objects;

/**
 * One cluster of rows linked by candidate pairs. A row with no candidate is a cluster of one.
 *
 * @param clusterId the representative's row id, the id recorded on every member
 * @param members every member in {@link RepresentativeOrder}; the first is the representative
 */
public record DuplicateCluster(String clusterId, List<ClusterMember> members) {

  public DuplicateCluster {
    Objects.requireNonNull(clusterId, "clusterId");
    members = List.copyOf(members);
    if (members.isEmpty() || !members.get(0).rowId().equals(clusterId)) {
      throw new IllegalArgumentException("Cannot create duplicate cluster '" + clusterId
          + "': its first member must be the representative with the cluster's id");
    }
  }

  /** The member that is kept. */
  public ClusterMember representative() {
    return members.get(0);
  }

  /** The members that are rejected as duplicates of the representative. */
  public List<ClusterMember> duplicates() {
    return members.subList(1, members.size());
  }
}
