package dev.synthforge.core.metrics.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.Hashes;
import dev.synthforge.core.metrics.FrequencyTable;
import dev.synthforge.core.metrics.representation.SeedAllocation.SortKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SeedAllocationTest {

  /** 40 seeds in a, 4 in b, 3 without a value; 2 samples a seed, temperature 0.5: 67 and 21. */
  private static final QuotaPlan PLAN = QuotaPlanner.planSamples(
      FrequencyTable.of(Map.of("a", 40, "b", 4)), QuotaPolicy.tempered(0.5),
      SamplesPerSeed.atLeast(2, 1));

  private static List<SortKey> seeds() {
    List<SortKey> seeds = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      seeds.add(SeedAllocation.sortKey("a", "a" + i, Hashes.sha256("a" + i)));
    }
    for (int i = 0; i < 4; i++) {
      seeds.add(SeedAllocation.sortKey("b", "b" + i, Hashes.sha256("b" + i)));
    }
    for (int i = 0; i < 3; i++) {
      seeds.add(SeedAllocation.sortKey(null, "n" + i, Hashes.sha256("n" + i)));
    }
    return seeds;
  }

  /** Sorts the seeds, numbers them and asks each its samples, as the Spark plan does. */
  private static Map<String, Integer> allocate(List<SortKey> seeds) {
    SeedAllocation allocation = new SeedAllocation(PLAN, 3, 2);
    List<SortKey> sorted = new ArrayList<>(seeds);
    Collections.sort(sorted);
    Map<String, Integer> samples = new TreeMap<>();
    for (int position = 0; position < sorted.size(); position++) {
      samples.put(sorted.get(position).seedId(), allocation.samplesAt(sorted.get(position), position));
    }
    return samples;
  }

  @Test
  void everyGroupGetsExactlyItsQuotaAsEvenlyAsPossible() {
    Map<String, Integer> samples = allocate(seeds());

    // a: 67 = 40 * 1 + 27, so 27 seeds get 2 and 13 get 1; b: 21 = 4 * 5 + 1.
    assertThat(sum(samples, "a")).isEqualTo(67);
    assertThat(sum(samples, "b")).isEqualTo(21);
    assertThat(sum(samples, "n")).isEqualTo(6);
    assertThat(count(samples, "a", 2)).isEqualTo(27);
    assertThat(count(samples, "a", 1)).isEqualTo(13);
    assertThat(count(samples, "b", 6)).isEqualTo(1);
    assertThat(count(samples, "b", 5)).isEqualTo(3);
    assertThat(new SeedAllocation(PLAN, 3, 2).total()).isEqualTo(94);
  }

  @Test
  void theCountsAreTheSameWhateverOrderTheSeedsComeIn() {
    Map<String, Integer> first = allocate(seeds());
    List<SortKey> shuffled = new ArrayList<>(seeds());
    Collections.shuffle(shuffled, new Random(42));

    assertThat(allocate(shuffled)).isEqualTo(first);
    assertThat(allocate(seeds())).isEqualTo(first);
  }

  @Test
  void theExtraSamplesFollowTheSaltedHashNotTheIds() {
    Map<String, Integer> samples = allocate(seeds());
    // The seed with the extra sample of b is the first of b in hash order.
    SortKey first = seeds().stream().filter(key -> "b".equals(key.group())).sorted().findFirst()
        .orElseThrow();
    assertThat(samples.get(first.seedId())).isEqualTo(6);
    assertThat(first.order()).isEqualTo(
        Hashes.sha256OfFields("synthforge stratified sample order", first.seedId(), first.contentHash()));
    // The seeds taking a second sample of a are not the first 27 ids.
    List<String> twice = samples.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("a") && entry.getValue() == 2)
        .map(Map.Entry::getKey).toList();
    assertThat(twice).isNotEqualTo(seeds().subList(0, 27).stream().map(SortKey::seedId).sorted().toList());
  }

  @Test
  void seedsThatAreNotThePlannedOnesAreAnError() {
    SeedAllocation allocation = new SeedAllocation(PLAN, 3, 2);
    SortKey lateB = SeedAllocation.sortKey("b", "b9", "c");

    assertThatThrownBy(() -> allocation.samplesAt(lateB, 47))
        .hasMessage("Cannot allocate samples to seed b9 at position 47: the seeds are not the ones"
            + " the quotas were planned for");
    assertThatThrownBy(() -> allocation.samplesAt(SeedAllocation.sortKey("z", "z1", "c"), 0))
        .hasMessage("Cannot allocate samples to seed z1: its group 'z' has no quota");
    assertThatThrownBy(() -> allocation.samplesAt(SeedAllocation.sortKey(null, "n1", "c"), 3))
        .hasMessageStartingWith("Cannot allocate samples to seed n1 at position 3");
  }

  private static int sum(Map<String, Integer> samples, String prefix) {
    return samples.entrySet().stream().filter(entry -> entry.getKey().startsWith(prefix))
        .mapToInt(Map.Entry::getValue).sum();
  }

  private static long count(Map<String, Integer> samples, String prefix, int value) {
    return samples.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(prefix) && entry.getValue() == value).count();
  }
}
