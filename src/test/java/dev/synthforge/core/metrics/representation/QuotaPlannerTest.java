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
