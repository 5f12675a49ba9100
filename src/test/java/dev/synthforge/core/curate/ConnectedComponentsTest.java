package dev.synthforge.core.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.lm.SeededRandom;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

  private static final List<ClusterMember> MEMBERS = List.of(
      new ClusterMember("a", 0, 10), new ClusterMember("b", 0, 12), new ClusterMember("c", 1, 50),
      new ClusterMember("d", 0, 20), new ClusterMember("e", 0, 20), new ClusterMember("f", 0, 5));
  private static final List<CandidatePair> PAIRS = List.of(
      new CandidatePair("a", "b"), new CandidatePair("c", "b"), new CandidatePair("e", "d"));

  private static List<String> ids(List<ClusterMember> members) {
    return members.stream().map(ClusterMember::rowId).toList();
  }

  @Test
  void groupsTransitivelyLinkedRows() {
    List<DuplicateCluster> clusters = ConnectedComponents.clusters(MEMBERS, PAIRS);

    assertThat(clusters).extracting(DuplicateCluster::clusterId).containsExactly("b", "d", "f");
    assertThat(ids(clusters.get(0).members())).containsExactly("b", "a", "c");
    assertThat(ids(clusters.get(0).duplicates())).containsExactly("a", "c");
    assertThat(ids(clusters.get(1).members())).containsExactly("d", "e");
    assertThat(clusters.get(2).duplicates()).isEmpty();
  }

  @Test
  void representativeIsCleanThenLongestThenSmallestId() {
    RepresentativeOrder order = RepresentativeOrder.instance();
    ClusterMember clean = new ClusterMember("z", 0, 10);
    ClusterMember rejectedButLonger = new ClusterMember("a", 1, 500);
    ClusterMember longer = new ClusterMember("y", 0, 11);
    ClusterMember sameLengthSmallerId = new ClusterMember("x", 0, 11);

    assertThat(order.compare(clean, rejectedButLonger)).isNegative();
    assertThat(order.compare(longer, clean)).isNegative();
    assertThat(order.compare(sameLengthSmallerId, longer)).isNegative();
    assertThat(order.compare(longer, longer)).isZero();
  }

  @Test
  void rowIdsCompareByCodePointsAsSparkDoes() {
    // UTF-16 puts a surrogate pair (U+1F600) before U+FFFF; UTF-8 bytes and code points do not.
    assertThat("\uD83D\uDE00".compareTo("\uFFFF")).isNegative();
    assertThat(RepresentativeOrder.compareCodePoints("\uD83D\uDE00", "\uFFFF")).isPositive();
    assertThat(RepresentativeOrder.compareCodePoints("ab", "abc")).isNegative();
    assertThat(RepresentativeOrder.compareCodePoints("", "")).isZero();
  }

  @Test
  void lengthCountsCodePoints() {
    assertThat(ClusterMember.of("r", 0, "😀é").textLength()).isEqualTo(2);
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<DuplicateCluster> expected = ConnectedComponents.clusters(MEMBERS, PAIRS);
    SeededRandom random = new SeededRandom(3);
    for (int round = 0; round < 50; round++) {
      List<ClusterMember> members = shuffled(MEMBERS, random);
      List<CandidatePair> pairs = new ArrayList<>();
      for (CandidatePair pair : shuffled(PAIRS, random)) {
        pairs.add(random.nextDouble() < 0.5
            ? pair : new CandidatePair(pair.second(), pair.first()));
      }
      assertThat(ConnectedComponents.clusters(members, pairs)).isEqualTo(expected);
    }
  }

  @Test
  void longChainsFormOneCluster() {
    List<ClusterMember> members = new ArrayList<>();
    List<CandidatePair> pairs = new ArrayList<>();
    for (int index = 0; index < 1_000; index++) {
      members.add(new ClusterMember(String.format("r%04d", index), 0, 7));
      if (index > 0) {
        pairs.add(new CandidatePair(
            String.format("r%04d", index), String.format("r%04d", index - 1)));
      }
    }
    List<DuplicateCluster> clusters = ConnectedComponents.clusters(members, pairs);

    assertThat(clusters).hasSize(1);
    assertThat(clusters.get(0).clusterId()).isEqualTo("r0000");
    assertThat(clusters.get(0).duplicates()).hasSize(999);
  }

  @Test
  void selfPairsAndNoPairsLeaveSingletons() {
    List<DuplicateCluster> clusters = ConnectedComponents.clusters(
        MEMBERS.subList(0, 2), List.of(new CandidatePair("a", "a")));

    assertThat(clusters).extracting(DuplicateCluster::clusterId).containsExactly("a", "b");
    assertThat(ConnectedComponents.clusters(List.of(), List.of())).isEmpty();
  }

  @Test
  void rejectsUnknownAndRepeatedRows() {
    assertThatThrownBy(
            () -> ConnectedComponents.clusters(MEMBERS, List.of(new CandidatePair("a", "q"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot cluster duplicates: a candidate pair names unknown row 'q'");
    assertThatThrownBy(() -> ConnectedComponents.clusters(
            List.of(new ClusterMember("a", 0, 1), new ClusterMember("a", 0, 2)), List.of()))
        .hasMessage("Cannot cluster duplicates: row id 'a' appears more than once");
    assertThatThrownBy(() -> new ClusterMember("a", -1, 0))
        .hasMessage("Cannot create cluster member 'a': rejections and text length must be >= 0,"
            + " got -1 and 0");
  }

  @Test
  void orderSurvivesSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(RepresentativeOrder.instance());
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isSameAs(RepresentativeOrder.instance());
    }
  }

  private static <T> List<T> shuffled(List<T> items, SeededRandom random) {
    List<T> copy = new ArrayList<>(items);
    for (int index = copy.size() - 1; index > 0; index--) {
      int other = (int) (random.nextDouble() * (index + 1));
      T swap = copy.get(index);
      copy.set(index, copy.get(other));
      copy.set(other, swap);
    }
    return copy;
  }
}
