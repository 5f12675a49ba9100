package dev.synthforge.core.curate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups rows into duplicate clusters: the connected components of the graph whose edges are
 * candidate pairs, found with union-find. This is the local reference; a distributed job must
 * give the same clusters and, with {@link RepresentativeOrder}, the same representatives.
 */
public final class ConnectedComponents {

  private ConnectedComponents() {}

  /**
   * The clusters of {@code members} linked by {@code pairs}, ordered by cluster id. Every member
   * is in exactly one cluster; a pair of a row with itself links nothing.
   *
   * @throws IllegalArgumentException if a row id appears twice among members or a pair names a
   *     row that is not a member
   */
  public static List<DuplicateCluster> clusters(
      Collection<ClusterMember> members, Collection<CandidatePair> pairs) {
    List<ClusterMember> rows = List.copyOf(members);
    Map<String, Integer> indexes = new HashMap<>();
    for (ClusterMember member : rows) {
      if (indexes.put(member.rowId(), indexes.size()) != null) {
        throw new IllegalArgumentException("Cannot cluster duplicates: row id '" + member.rowId()
            + "' appears more than once");
      }
    }
    int[] parents = new int[rows.size()];
    for (int index = 0; index < parents.length; index++) {
      parents[index] = index;
    }
    for (CandidatePair pair : pairs) {
      union(parents, indexOf(indexes, pair.first()), indexOf(indexes, pair.second()));
    }
    Map<Integer, List<ClusterMember>> components = new HashMap<>();
    for (int index = 0; index < rows.size(); index++) {
      components.computeIfAbsent(find(parents, index), root -> new ArrayList<>())
          .add(rows.get(index));
    }
    List<DuplicateCluster> clusters = new ArrayList<>(components.size());
    for (List<ClusterMember> component : components.values()) {
      component.sort(RepresentativeOrder.instance());
      clusters.add(new DuplicateCluster(component.get(0).rowId(), component));
    }
    clusters.sort(Comparator.comparing(DuplicateCluster::clusterId,
        RepresentativeOrder::compareCodePoints));
    return List.copyOf(clusters);
  }

  private static int indexOf(Map<String, Integer> indexes, String rowId) {
    Integer index = indexes.get(rowId);
    if (index == null) {
      throw new IllegalArgumentException(
          "Cannot cluster duplicates: a candidate pair names unknown row '" + rowId + "'");
    }
    return index;
  }

  private static int find(int[] parents, int index) {
    int current = index;
    while (parents[current] != current) {
      parents[current] = parents[parents[current]];
      current = parents[current];
    }
    return current;
  }

  private static void union(int[] parents, int first, int second) {
    int left = find(parents, first);
    int right = find(parents, second);
    // The smaller index becomes the root; any choice gives the same components.
    if (left < right) {
      parents[right] = left;
    } else if (right < left) {
      parents[left] = right;
    }
  }
}
