package dev.synthforge.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.curate.CandidatePair;
import dev.synthforge.core.curate.ClusterMember;
import dev.synthforge.core.curate.ConnectedComponents;
import dev.synthforge.core.curate.DuplicateCluster;
import dev.synthforge.core.curate.LshParameters;
import dev.synthforge.core.curate.MinHasher;
import dev.synthforge.core.curate.TextNormalizer;
import dev.synthforge.core.errors.SynthforgeException;
import dev.synthforge.core.lm.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact and near-duplicate clusters in Spark agree with the core reference. */
class DuplicateClustersIT {
  private static final MinHasher HASHER = MinHasher.defaults();
  /** Single-word shingles and 20 one-row bands: rows sharing a third of their words match. */
  private static final MinHasher LOOSE = new MinHasher(new LshParameters(20, 1), 1, 5);

  private final SparkSession spark = SparkTestSession.get();

  @BeforeAll
  static void reliableCheckpoints() {
    var context = SparkTestSession.get().sparkContext();
    if (context.getCheckpointDir().isEmpty()) {
      context.setCheckpointDir(SparkTestSession.warehouse().resolve("checkpoints").toString());
    }
  }

  /** What the output says about one row. */
  private record Placement(String clusterId, long clusterSize, boolean representative) {}

  private static Row row(String group, String id, String text, int rejections) {
    return RowFactory.create(group, id, text, rejections);
  }

  private Dataset<Row> rows(List<Row> rows) {
    return spark.createDataFrame(rows, DuplicateClusters.INPUT);
  }

  private static Map<String, Placement> placements(Dataset<Row> output) {
    List<Row> rows = output.collectAsList();
    Map<String, Placement> placements = new HashMap<>();
    for (Row row : rows) {
      placements.put(row.getAs("row_id"), new Placement(
          row.getAs("cluster_id"), row.<Long>getAs("cluster_size"), row.getAs("representative")));
    }
    assertThat(placements).as("one output row per row id").hasSize(rows.size());
    return placements;
  }

  private static Map<String, String> clusterIds(Dataset<Row> output) {
    return placements(output).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().clusterId()));
  }

  @Test
  void exactKeysFoldNfkcCaseAndWhitespace() {
    Dataset<Row> input = rows(List.of(
        row("g", "a", "Hello   World", 0),
        row("g", "b", "\thello\nworld ", 0),
        row("g", "c", "ＨＥＬＬＯ　ｗｏｒｌｄ", 0),
        row("g", "d", "hello, world", 0),
        row("g", "e", "héllo world", 0)));

    Map<String, String> clusters = clusterIds(DuplicateClusters.exact(input));

    assertThat(clusters).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "a")
        .containsEntry("d", "d").containsEntry("e", "e");
  }

  @Test
  void nullEmptyAndBlankTextsAreDuplicatesOfEachOther() {
    Dataset<Row> input = rows(List.of(
        row("g", "a", null, 0), row("g", "b", "", 0), row("g", "c", "  \n ", 0),
        row("g", "d", "not empty", 0)));

    // The blank text is the longest of the three (4 code points), so it is kept.
    assertThat(clusterIds(DuplicateClusters.exact(input)))
        .containsEntry("a", "c").containsEntry("b", "c").containsEntry("c", "c")
        .containsEntry("d", "d");
    // Texts without words are the one empty shingle.
    assertThat(clusterIds(DuplicateClusters.near(input, HASHER)))
        .containsEntry("a", "c").containsEntry("b", "c").containsEntry("c", "c")
        .containsEntry("d", "d");
    Dataset<Row> nullAndEmpty = rows(List.of(row("g", "b", "", 0), row("g", "a", null, 0)));
    assertThat(placements(DuplicateClusters.near(nullAndEmpty, HASHER)).get("b"))
        .isEqualTo(new Placement("a", 2, false));
  }

  @Test
  void groupsNeverMix() {
    String text = "the same words in two different tasks never make one cluster together";
    Dataset<Row> input = rows(List.of(
        row("task-1", "a", text, 0), row("task-2", "b", text, 0), row("task-1", "c", text, 0)));

    for (Dataset<Row> output
        : List.of(DuplicateClusters.exact(input), DuplicateClusters.near(input, HASHER))) {
      Map<String, Placement> placements = placements(output);
      assertThat(placements.get("a")).isEqualTo(new Placement("a", 2, true));
      assertThat(placements.get("c")).isEqualTo(new Placement("a", 2, false));
      assertThat(placements.get("b")).isEqualTo(new Placement("b", 1, true));
    }
  }

  @Test
  void aChainIsOneClusterThoughItsEndsShareNoBand() {
    String a = "alpha bravo charlie delta echo foxtrot";
    String b = "alpha bravo charlie golf hotel india";
    String c = "juliet kilo lima golf hotel india";
    assertThat(sharesBand(LOOSE, a, b)).isTrue();
    assertThat(sharesBand(LOOSE, b, c)).isTrue();
    assertThat(sharesBand(LOOSE, a, c)).isFalse();

    Map<String, Placement> placements = placements(DuplicateClusters.near(
        rows(List.of(row("g", "c", c, 0), row("g", "a", a, 0), row("g", "b", b, 0))), LOOSE));

    assertThat(placements.values()).containsOnly(
        new Placement("a", 3, true), new Placement("a", 3, false));
  }

  @Test
  void aLongChainInShuffledOrderConverges() {
    // Row i holds words i and i + 1: only neighbours on the chain share a word. Texts are of
    // equal length, so the smallest id is the representative.
    int length = 300;
    List<Row> chain = new ArrayList<>();
    for (int index = 0; index < length; index++) {
      chain.add(row("g", String.format("r%03d", index), link(index), 0));
    }
    shuffle(chain, new SeededRandom(11));
    for (int index = 0; index + 1 < length; index++) {
      assertThat(sharesBand(LOOSE, link(index), link(index + 1))).isTrue();
    }

    Map<String, Placement> placements = placements(DuplicateClusters.near(rows(chain), LOOSE));

    assertThat(placements.values()).extracting(Placement::clusterId).containsOnly("r000");
    assertThat(placements.values()).extracting(Placement::clusterSize).containsOnly((long) length);
    assertThat(placements.values()).filteredOn(Placement::representative).hasSize(1);
  }

  @Test
  void representativeHasFewestRejectionsThenLongestTextThenSmallestId() {
    String text = "a representative is chosen by rejections then length then id";
    Dataset<Row> fewerRejections = rows(List.of(
        row("g", "a", "  A Representative is chosen   by rejections then length then id ", 1),
        row("g", "z", text, 0)));
    // Mathematical bold letters fold to "ok" under NFKC: 2 code points, but 4 UTF-16 chars and
    // 8 UTF-8 bytes. The row with more code points is kept.
    Dataset<Row> longerByCodePoints = rows(List.of(
        row("g", "a", "\uD835\uDC28\uD835\uDC24 then", 0), row("g", "b", "ok  then", 0)));
    // U+FFFF sorts after U+1F600 in UTF-16, but before it by code point and in UTF-8.
    Dataset<Row> smallerId = rows(List.of(
        row("g", "\uD83D\uDE00", text, 0), row("g", "\uFFFF", text, 0)));

    for (var cluster : List.<Function<Dataset<Row>, Dataset<Row>>>of(
        DuplicateClusters::exact, input -> DuplicateClusters.near(input, HASHER))) {
      assertThat(clusterIds(cluster.apply(fewerRejections)))
          .containsEntry("a", "z").containsEntry("z", "z");
      assertThat(clusterIds(cluster.apply(longerByCodePoints))).containsEntry("a", "b");
      assertThat(clusterIds(cluster.apply(smallerId))).containsEntry("\uD83D\uDE00", "\uFFFF");
    }
    assertThat(ClusterMember.of("a", 0, "\uD835\uDC28\uD835\uDC24 then").textLength()).isEqualTo(7);
  }

  @Test
  void outputHasOneRowPerInputRowWithTheOutputColumns() {
    List<Row> input = planted(new SeededRandom(5), 120);
    for (Dataset<Row> output : List.of(
        DuplicateClusters.exact(rows(input)), DuplicateClusters.near(rows(input), HASHER))) {
      assertThat(output.schema().fieldNames()).containsExactly(DuplicateClusters.OUTPUT.fieldNames());
      assertThat(Arrays.stream(output.schema().fields()).map(field -> field.dataType()))
          .containsExactlyElementsOf(Arrays.stream(DuplicateClusters.OUTPUT.fields())
              .map(field -> field.dataType()).toList());
      assertThat(output.count()).isEqualTo(input.size());
      assertThat(output.select("row_id").distinct().count()).isEqualTo(input.size());
    }
  }

  @Test
  void clustersAndRepresentativesEqualTheCoreReference() {
    List<Row> input = planted(new SeededRandom(20261125L), 400);

    Map<String, Placement> near = placements(DuplicateClusters.near(rows(input), HASHER));
    Map<String, Placement> exact = placements(DuplicateClusters.exact(rows(input)));

    Map<String, Placement> expectedNear = reference(input, text -> {
      long[] keys = HASHER.bandKeys(HASHER.signature(text));
      return Arrays.stream(keys).mapToObj(Long::toString).toList();
    });
    Map<String, Placement> expectedExact =
        reference(input, text -> List.of(TextNormalizer.exactKey(text)));
    assertThat(near).isEqualTo(expectedNear);
    assertThat(exact).isEqualTo(expectedExact);
    // The planted rows make real clusters, near ones beyond the exact ones.
    assertThat(near.values().stream().filter(placement -> placement.clusterSize() > 2).count())
        .isGreaterThan(10);
    assertThat(near.values().stream().filter(placement -> placement.clusterSize() > 1).count())
        .isGreaterThan(exact.values().stream().filter(placement -> placement.clusterSize() > 1).count());
  }

  @Test
  void rejectsInputWithoutTheInputColumns() {
    Dataset<Row> wrong = spark.sql("SELECT 'g' AS group_key, 1 AS row_id, 'x' AS text, 0 AS rejections");

    assertThatThrownBy(() -> DuplicateClusters.near(wrong, HASHER))
        .isInstanceOf(SynthforgeException.class)
        .hasMessage("Cannot cluster duplicates: the rows need a column row_id of type STRING;"
            + " they have struct<group_key:string,row_id:int,text:string,rejections:int>");
  }

  @Test
  void rejectsRowsWithoutAnId() {
    Dataset<Row> noId = spark.sql(
        "SELECT 'g' AS group_key, CAST(NULL AS STRING) AS row_id, 'x' AS text, 0 AS rejections");

    assertThatThrownBy(() -> DuplicateClusters.exact(noId).count())
        .rootCause().hasMessage("Cannot cluster duplicates: a row has a null row_id");
  }

  /**
   * The core's clusters: per group, rows sharing a key are linked, then {@link
   * ConnectedComponents} with its representative order.
   */
  private static Map<String, Placement> reference(
      List<Row> rows, Function<String, List<String>> keys) {
    Map<String, List<Row>> groups = rows.stream()
        .collect(Collectors.groupingBy(row -> row.getString(0)));
    Map<String, Placement> placements = new HashMap<>();
    for (List<Row> group : groups.values()) {
      List<ClusterMember> members = new ArrayList<>();
      List<CandidatePair> pairs = new ArrayList<>();
      Map<String, String> firstWithKey = new HashMap<>();
      for (Row row : group) {
        String text = row.isNullAt(2) ? "" : row.getString(2);
        members.add(ClusterMember.of(row.getString(1), row.getInt(3), text));
        for (String key : keys.apply(text)) {
          String first = firstWithKey.putIfAbsent(key, row.getString(1));
          if (first != null) {
            pairs.add(new CandidatePair(first, row.getString(1)));
          }
        }
      }
      for (DuplicateCluster cluster : ConnectedComponents.clusters(members, pairs)) {
        for (ClusterMember member : cluster.members()) {
          placements.put(member.rowId(), new Placement(cluster.clusterId(),
              cluster.members().size(), member.rowId().equals(cluster.clusterId())));
        }
      }
    }
    return placements;
  }

  /**
   * {@code count} rows in three groups: random texts of 20 to 60 words from a 400-word
   * vocabulary, and copies of earlier rows of the group (a third of the rows) with one to four
   * words replaced, dropped or added, in changed case or spacing, so copies of copies chain.
   * Rejections are 0 to 2; some ids hold non-BMP characters.
   */
  private static List<Row> planted(SeededRandom random, int count) {
    List<Row> rows = new ArrayList<>();
    Map<String, List<String>> texts = new HashMap<>();
    for (int index = 0; index < count; index++) {
      String group = "task-" + index % 3;
      List<String> earlier = texts.computeIfAbsent(group, key -> new ArrayList<>());
      String text;
      if (!earlier.isEmpty() && random.nextDouble() < 0.35) {
        text = edited(earlier.get((int) (random.nextDouble() * earlier.size())), random);
      } else {
        List<String> words = new ArrayList<>();
        int length = 20 + (int) (random.nextDouble() * 41);
        for (int word = 0; word < length; word++) {
          words.add("w" + (int) (random.nextDouble() * 400));
        }
        text = String.join(" ", words);
      }
      earlier.add(text);
      String id = (random.nextDouble() < 0.1 ? "\uD83D\uDE00" : "") + "row-" + random.nextLong();
      rows.add(row(group, id, text, (int) (random.nextDouble() * random.nextDouble() * 3)));
    }
    return rows;
  }

  private static String edited(String text, SeededRandom random) {
    List<String> words = new ArrayList<>(List.of(text.split(" ")));
    int edits = (int) (random.nextDouble() * 5);
    for (int edit = 0; edit < edits; edit++) {
      int at = (int) (random.nextDouble() * words.size());
      double kind = random.nextDouble();
      if (kind < 0.4) {
        words.set(at, "x" + (int) (random.nextDouble() * 400));
      } else if (kind < 0.7 && words.size() > 5) {
        words.remove(at);
      } else {
        words.add(at, "y" + (int) (random.nextDouble() * 400));
      }
    }
    String joined = String.join(random.nextDouble() < 0.2 ? "  " : " ", words);
    return random.nextDouble() < 0.2 ? joined.toUpperCase(Locale.ROOT) : joined;
  }

  private static String link(int index) {
    return String.format("w%03d w%03d", index, index + 1);
  }

  private static boolean sharesBand(MinHasher hasher, String first, String second) {
    long[] left = hasher.bandKeys(hasher.signature(first));
    long[] right = hasher.bandKeys(hasher.signature(second));
    return Arrays.stream(left).anyMatch(key -> Arrays.stream(right).anyMatch(other -> other == key));
  }

  private static <T> void shuffle(List<T> items, SeededRandom random) {
    for (int index = items.size() - 1; index > 0; index--) {
      int other = (int) (random.nextDouble() * (index + 1));
      T swap = items.get(index);
      items.set(index, items.get(other));
      items.set(other, swap);
    }
  }
}
