package dev.synthforge.core.metrics.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.synthforge.core.metrics.FrequencyTable;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuotaPlannerTest {

  private static final FrequencyTable SKEWED = FrequencyTable.of(Map.of("a", 81, "b", 16, "c", 1));
  private static final FrequencyTable NONE = new FrequencyTable();

  @Test
  void temperedSharesAtOneHalf() {
    // p^0.5 is proportional to sqrt(81), sqrt(16), sqrt(1) = 9, 4, 1: q = 9/14, 4/14, 1/14.
    // N = 140: targets 90, 40, 10; existing a 100, b 10: generate 0, 30, 10.
    FrequencyTable existing = FrequencyTable.of(Map.of("a", 100, "b", 10, "other", 7));
    QuotaPlan plan = QuotaPlanner.plan(SKEWED, existing, 140, QuotaPolicy.tempered(0.5));

    assertThat(plan.groups()).extracting(GroupQuota::group).containsExactly("a", "b", "c");
    assertThat(plan.quota("a").targetShare()).isCloseTo(9.0 / 14, within(1e-15));
    assertThat(plan.groups()).extracting(GroupQuota::target).containsExactly(90L, 40L, 10L);
    assertThat(plan.groups()).extracting(GroupQuota::toGenerate).containsExactly(0L, 30L, 10L);
    assertThat(plan.toGenerate()).isEqualTo(40);
    assertThat(plan.quota("b").realShare()).isEqualTo(16.0 / 98);
  }

  @Test
  void defaultTemperatureIsPointThree() {
    // p = 81/98, 16/98, 1/98 = 0.826531, 0.163265, 0.010204; p^0.3 = 0.944447, 0.580581,
    // 0.252705 (sum 1.777733); q = 0.531260, 0.326586, 0.142155.
    // N = 1000: round(531.26) = 531, round(326.59) = 327, round(142.15) = 142.
    QuotaPlan plan = QuotaPlanner.plan(SKEWED, NONE, 1000, QuotaPolicy.tempered());
    assertThat(plan.quota("c").targetShare()).isCloseTo(0.142155, within(1e-6));
    assertThat(plan.groups()).extracting(GroupQuota::target).containsExactly(531L, 327L, 142L);
  }

  @Test
  void temperatureOneKeepsRealSharesAndZeroEqualizes() {
    assertThat(QuotaPlanner.plan(SKEWED, NONE, 98, QuotaPolicy.tempered(1)).groups())
        .extracting(GroupQuota::target).containsExactly(81L, 16L, 1L);
    assertThat(QuotaPlanner.plan(SKEWED, NONE, 99, QuotaPolicy.tempered(0)).groups())
        .extracting(GroupQuota::target).containsExactly(33L, 33L, 33L);
  }

  @Test
  void floorOfOneOverTwoK() {
    // K = 3, floor 1/6: c (0.1) is floored; a and b share 5/6 as 70 : 20, giving 35/54 and 10/54
    // (0.185 >= 1/6). N = 108: 70, 20, 18.
    FrequencyTable real = FrequencyTable.of(Map.of("a", 70, "b", 20, "c", 10));
    QuotaPlan plan = QuotaPlanner.plan(real, NONE, 108, QuotaPolicy.floor());
    assertThat(targetShares(plan)).containsExactly(new double[] {35.0 / 54, 10.0 / 54, 1.0 / 6},
        within(1e-15));
    assertThat(plan.groups()).extracting(GroupQuota::target).containsExactly(70L, 20L, 18L);
  }

  @Test
  void floorHoldsAfterRenormalizing() {
    // K = 4, floor 1/8. Round 1 floors d (0.04). The rest, 7/8, over 0.96 of real mass pushes
    // b and c (0.13) to 0.875 * 0.13 / 0.96 = 0.1185 < 1/8: round 2 floors them too, and a keeps
    // 1 - 3/8 = 5/8. (Clamping once and renormalising would leave b and c at 0.1198.)
    FrequencyTable real = FrequencyTable.of(Map.of("a", 70, "b", 13, "c", 13, "d", 4));
    QuotaPlan plan = QuotaPlanner.plan(real, NONE, 800, QuotaPolicy.floor());
    assertThat(targetShares(plan)).containsExactly(new double[] {0.625, 0.125, 0.125, 0.125},
        within(1e-15));
    assertThat(plan.groups()).extracting(GroupQuota::target).containsExactly(500L, 100L, 100L, 100L);
  }

  @Test
  void aConfiguredFloorHoldsAndMayNotPassOneOverK() {
    // Floor 0.25 over a 40 : 4 split: b is floored at 0.25, a keeps 0.75.
    FrequencyTable real = FrequencyTable.of(Map.of("a", 40, "b", 4));
    assertThat(targetShares(QuotaPlanner.plan(real, NONE, 88, QuotaPolicy.floor(0.25))))
        .containsExactly(new double[] {0.75, 0.25}, within(1e-15));
    // Floor 1/K makes the shares equal; a rounded 1/3 counts as 1/3.
    assertThat(targetShares(QuotaPlanner.plan(SKEWED, NONE, 3, QuotaPolicy.floor(1.0 / 3))))
        .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-15));
    assertThat(targetShares(QuotaPlanner.plan(real, NONE, 88, QuotaPolicy.floor(0))))
        .containsExactly(new double[] {40.0 / 44, 4.0 / 44}, within(1e-15));
    assertThatThrownBy(() -> QuotaPlanner.plan(SKEWED, NONE, 10, QuotaPolicy.floor(0.4)))
        .hasMessage("Cannot plan quotas: floor 0.4 is above 1/K = 0.3333333333333333 for K = 3 groups");
    assertThatThrownBy(() -> QuotaPolicy.floor(-0.1))
        .hasMessage("Cannot plan quotas: floor -0.1 must be in [0, 1]");
  }

  @Test
  void samplesOfSeedsSumToSeedsTimesTheMean() {
    // 40 seeds in a, 4 in b, 2 samples a seed: N = 88. p = 40/44, 4/44; p^0.5 is proportional
    // to sqrt(40), sqrt(4) = 6.3246, 2: q = 0.75975, 0.24025; N q = 66.858, 21.142: rounded
    // down 66 + 21 = 87, the larger remainder (a) takes the last one: 67 and 21.
    FrequencyTable seeds = FrequencyTable.of(Map.of("a", 40, "b", 4));
    QuotaPlan plan = QuotaPlanner.planSamples(seeds, QuotaPolicy.tempered(0.5), SamplesPerSeed.atLeast(2, 1));
    assertThat(plan.total()).isEqualTo(88);
    assertThat(plan.groups()).extracting(GroupQuota::target).containsExactly(67L, 21L);
    assertThat(plan.groups()).extracting(GroupQuota::toGenerate).containsExactly(67L, 21L);
    assertThat(plan.quota("b").targetShare()).isCloseTo(2 / (2 + Math.sqrt(40)), within(1e-15));
    // Temperature 0: equal shares, 44 each; 1: the seed shares, 80 and 8.
    assertThat(QuotaPlanner.planSamples(seeds, QuotaPolicy.tempered(0), SamplesPerSeed.atLeast(2, 1))
        .groups()).extracting(GroupQuota::target).containsExactly(44L, 44L);
    assertThat(QuotaPlanner.planSamples(seeds, QuotaPolicy.tempered(1), SamplesPerSeed.atLeast(2, 1))
        .groups()).extracting(GroupQuota::target).containsExactly(80L, 8L);
    // Three equal shares of 100 = 33.33 each: the one left over goes to the first by name.
    FrequencyTable three = FrequencyTable.of(Map.of("x", 50, "y", 30, "z", 20));
    assertThat(QuotaPlanner.planSamples(three, QuotaPolicy.tempered(0), SamplesPerSeed.atLeast(1, 0))
        .groups()).extracting(GroupQuota::target).containsExactly(34L, 33L, 33L);
  }

  @Test
  void theLeastSamplesPerSeedBindsAndTheRestFollowsTheShares() {
    // One sample a seed, temperature 0: equal shares would be 22 and 22, but a's 40 seeds need
    // 40 with at least 1 each; b keeps its 4. With no least, a seed of a may get 0.
    FrequencyTable seeds = FrequencyTable.of(Map.of("a", 40, "b", 4));
    assertThat(QuotaPlanner.planSamples(seeds, QuotaPolicy.tempered(0), SamplesPerSeed.atLeast(1, 1))
        .groups()).extracting(GroupQuota::target).containsExactly(40L, 4L);
    assertThat(QuotaPlanner.planSamples(seeds, QuotaPolicy.tempered(0), SamplesPerSeed.atLeast(1, 0))
        .groups()).extracting(GroupQuota::target).containsExactly(22L, 22L);
    // Three groups, 3 samples a seed, N = 300, temperature 0 wants 100 each; at least 2 a seed
    // pins a (80 seeds) at 160, and b and c share the other 140 equally: 70 and 70.
    FrequencyTable three = FrequencyTable.of(Map.of("a", 80, "b", 15, "c", 5));
    assertThat(QuotaPlanner.planSamples(three, QuotaPolicy.tempered(0), SamplesPerSeed.atLeast(3, 2))
        .groups()).extracting(GroupQuota::target).containsExactly(160L, 70L, 70L);
  }

  @Test
  void theMostSamplesPerSeedBindsAndTheRestGoesToTheOtherGroups() {
    // Temperature 0 wants 44 and 44, but b's 4 seeds may take 5 each: 20; a takes the other 68.
    FrequencyTable seeds = FrequencyTable.of(Map.of("a", 40, "b", 4));
    QuotaPlan plan = QuotaPlanner.planSamples(seeds, QuotaPolicy.tempered(0), new SamplesPerSeed(2, 1, 5));
    assertThat(plan.groups()).extracting(GroupQuota::target).containsExactly(68L, 20L);
    // Both bounds at the mean: every seed gets the mean.
    assertThat(QuotaPlanner.planSamples(seeds, QuotaPolicy.tempered(0), new SamplesPerSeed(2, 2, 2))
        .groups()).extracting(GroupQuota::target).containsExactly(80L, 8L);
    assertThatThrownBy(() -> new SamplesPerSeed(2, 3, 5))
        .hasMessage("Cannot bound the samples per seed: need 0 <= min 3 <= mean 2 <= max 5");
    assertThat(QuotaPlanner.planSamples(NONE, QuotaPolicy.tempered(), SamplesPerSeed.atLeast(2, 1))
        .groups()).isEmpty();
  }

  @Test
  void samplesPerSeedSpreadTheQuotaEvenly() {
    // Equal shares of 100: group b (4 seeds) gets 50 = 4 * 12 + 2, so seeds 0 and 1 get 13,
    // seeds 2 and 3 get 12.
    FrequencyTable real = FrequencyTable.of(Map.of("a", 96, "b", 4));
    GroupQuota b = QuotaPlanner.plan(real, NONE, 100, QuotaPolicy.tempered(0)).quota("b");
    assertThat(b.toGenerate()).isEqualTo(50);
    assertThat(LongStream.range(0, 4).map(b::samplesForSeed).toArray())
        .containsExactly(13, 13, 12, 12);
    // 30 = 4 * 7 + 2: 8, 8, 7, 7.
    GroupQuota exact = new GroupQuota("b", 4, 0.04, 0.3, 30, 0, 30);
    assertThat(LongStream.range(0, 4).map(exact::samplesForSeed).toArray())
        .containsExactly(8, 8, 7, 7);
    assertThatThrownBy(() -> exact.samplesForSeed(4))
        .hasMessage("Cannot allocate samples to seed 4 of group 'b': it has seeds 0 to 3");
  }

  @Test
  void edgeCases() {
    assertThat(QuotaPlanner.plan(NONE, NONE, 100, QuotaPolicy.tempered()).groups()).isEmpty();
    assertThat(QuotaPlanner.plan(SKEWED, NONE, 0, QuotaPolicy.floor()).toGenerate()).isZero();
    assertThat(QuotaPlanner.plan(FrequencyTable.of(Map.of("only", 3)), NONE, 10,
        QuotaPolicy.floor()).quota("only").target()).isEqualTo(10);
    assertThatThrownBy(() -> QuotaPlanner.plan(SKEWED, NONE, -1, QuotaPolicy.floor()))
        .hasMessage("Cannot plan quotas for -1 rows: the total must be >= 0");
    assertThatThrownBy(() -> QuotaPolicy.tempered(1.5))
        .hasMessage("Cannot plan quotas: temperature 1.5 must be in [0, 1]");
    assertThatThrownBy(() -> QuotaPlanner.plan(SKEWED, NONE, 10, QuotaPolicy.floor()).quota("z"))
        .hasMessage("Cannot find the quota of group 'z': it is not in the real data");
  }

  private static double[] targetShares(QuotaPlan plan) {
    return plan.groups().stream().mapToDouble(GroupQuota::targetShare).toArray();
  }
}
