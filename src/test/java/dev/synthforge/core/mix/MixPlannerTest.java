package dev.synthforge.core.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.errors.SynthforgeException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MixPlannerTest {
  /** 10 real rows (6 north, 4 south); 25 synthetic (depth 1: 12 north, 8 south; depth 2: 5 north). */
  private static final List<Stratum> STRATA = List.of(
      new Stratum("real", 0, "region=n", 6),
      new Stratum("real", 0, "region=s", 4),
      new Stratum("paraphrase", 1, "region=n", 12),
      new Stratum("paraphrase", 1, "region=s", 8),
      new Stratum("paraphrase", 2, "region=n", 5));

  private static MixSpec spec(MixPolicy policy, double share, OptionalLong size, MixCaps caps) {
    return new MixSpec(policy, share, size, caps, 7L, List.of("region"));
  }

  private static Map<String, Long> takes(MixPlan plan) {
    Map<String, Long> takes = new LinkedHashMap<>();
    plan.takes().forEach(t -> takes.put(t.stratum().source() + "/" + t.stratum().depth() + "/" + t.stratum().group(), t.take()));
    return takes;
  }

  @Test
  void accumulateTakesEveryRow() {
    MixPlan plan = MixPlanner.plan(spec(MixPolicy.ACCUMULATE, 0, OptionalLong.empty(), MixCaps.none()), STRATA);

    assertThat(takes(plan)).containsExactly(Map.entry("paraphrase/1/region=n", 12L), Map.entry("paraphrase/1/region=s", 8L),
        Map.entry("paraphrase/2/region=n", 5L), Map.entry("real/0/region=n", 6L), Map.entry("real/0/region=s", 4L));
    assertThat(plan.rows()).isEqualTo(35);
  }

  @Test
  void capsCutSyntheticRowsProportionallyAndNeverRealOnes() {
    MixCaps perDepth = new MixCaps(OptionalLong.empty(), OptionalLong.of(10), OptionalLong.empty());
    assertThat(takes(MixPlanner.plan(spec(MixPolicy.ACCUMULATE, 0, OptionalLong.empty(), perDepth), STRATA)))
        .containsEntry("paraphrase/1/region=n", 6L).containsEntry("paraphrase/1/region=s", 4L)
        .containsEntry("paraphrase/2/region=n", 5L).containsEntry("real/0/region=n", 6L).containsEntry("real/0/region=s", 4L);

    MixCaps perGroup = new MixCaps(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(10));
    assertThat(takes(MixPlanner.plan(spec(MixPolicy.ACCUMULATE, 0, OptionalLong.empty(), perGroup), STRATA)))
        .containsEntry("paraphrase/1/region=n", 7L).containsEntry("paraphrase/2/region=n", 3L)
        .containsEntry("paraphrase/1/region=s", 8L);

    MixCaps perSource = new MixCaps(OptionalLong.of(15), OptionalLong.empty(), OptionalLong.empty());
    MixPlan capped = MixPlanner.plan(spec(MixPolicy.ACCUMULATE, 0, OptionalLong.empty(), perSource), STRATA);
    assertThat(takes(capped)).containsEntry("paraphrase/1/region=n", 7L).containsEntry("paraphrase/1/region=s", 5L)
        .containsEntry("paraphrase/2/region=n", 3L);
    assertThat(capped.realRows()).isEqualTo(10);
  }

  @Test
  void targetShareKeepsEveryRealRowWhileSyntheticRowsSuffice() {
    MixPlan half = MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 0.5, OptionalLong.empty(), MixCaps.none()), STRATA);
    assertThat(takes(half)).containsExactly(Map.entry("paraphrase/1/region=n", 5L), Map.entry("paraphrase/1/region=s", 3L),
        Map.entry("paraphrase/2/region=n", 2L), Map.entry("real/0/region=n", 6L), Map.entry("real/0/region=s", 4L));

    MixPlan mostlyReal = MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 0.8, OptionalLong.empty(), MixCaps.none()), STRATA);
    assertThat(mostlyReal.realRows()).isEqualTo(10);
    assertThat(takes(mostlyReal)).containsEntry("paraphrase/1/region=n", 1L).containsEntry("paraphrase/1/region=s", 1L)
        .containsEntry("paraphrase/2/region=n", 0L);

    assertThat(MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 1.0, OptionalLong.empty(), MixCaps.none()), STRATA)
        .syntheticRows()).isZero();
    assertThat(MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 0.0, OptionalLong.empty(), MixCaps.none()), STRATA)
        .realRows()).isZero();
  }

  @Test
  void targetShareSamplesRealRowsDownWhenSyntheticRowsRunOut() {
    MixPlan plan = MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 0.2, OptionalLong.empty(), MixCaps.none()), STRATA);

    assertThat(plan.syntheticRows()).isEqualTo(25);
    assertThat(takes(plan)).containsEntry("real/0/region=n", 4L).containsEntry("real/0/region=s", 2L);
  }

  @Test
  void aSizeFixesBothTotals() {
    MixPlan plan = MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 0.25, OptionalLong.of(20), MixCaps.none()), STRATA);
    assertThat(takes(plan)).containsExactly(Map.entry("paraphrase/1/region=n", 7L), Map.entry("paraphrase/1/region=s", 5L),
        Map.entry("paraphrase/2/region=n", 3L), Map.entry("real/0/region=n", 3L), Map.entry("real/0/region=s", 2L));

    MixPlan accumulated = MixPlanner.plan(spec(MixPolicy.ACCUMULATE, 0, OptionalLong.of(15), MixCaps.none()), STRATA);
    assertThat(accumulated.realRows()).isEqualTo(10);
    assertThat(accumulated.syntheticRows()).isEqualTo(5);
  }

  @Test
  void aMixTheRowsCannotGiveSaysWhatWasAvailable() {
    MixCaps perDepth = new MixCaps(OptionalLong.empty(), OptionalLong.of(4), OptionalLong.empty());
    assertThatThrownBy(() -> MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 0.5, OptionalLong.of(20), perDepth), STRATA))
        .isInstanceOf(SynthforgeException.class)
        .hasMessage("Cannot build the training mix: mix.size 20 at real share 0.5 needs 10 real and 10 synthetic rows,"
            + " but 10 real rows and 8 synthetic rows are available (25 before caps)");
    assertThatThrownBy(() -> MixPlanner.plan(spec(MixPolicy.ACCUMULATE, 0, OptionalLong.of(5), MixCaps.none()), STRATA))
        .hasMessage("Cannot build the training mix: accumulate keeps every real row, and mix.size 5 is below the 10"
            + " real rows; raise mix.size or use target-real-share");
    assertThatThrownBy(() -> MixPlanner.plan(spec(MixPolicy.ACCUMULATE, 0, OptionalLong.of(50), MixCaps.none()), STRATA))
        .hasMessage("Cannot build the training mix: mix.size 50 needs 40 synthetic rows on top of every real row, but"
            + " 10 real rows and 25 synthetic rows are available (25 before caps)");
    MixCaps none = new MixCaps(OptionalLong.of(0), OptionalLong.empty(), OptionalLong.empty());
    assertThatThrownBy(() -> MixPlanner.plan(spec(MixPolicy.TARGET_REAL_SHARE, 0.0, OptionalLong.empty(), none), STRATA))
        .hasMessage("Cannot build the training mix: the mix would be empty: 10 real rows and 0 synthetic rows are"
            + " available (25 before caps) at real share 0.0");
  }

  @Test
  void sharesOutsideTheUnitIntervalAreRejected() {
    assertThatThrownBy(() -> spec(MixPolicy.TARGET_REAL_SHARE, 1.5, OptionalLong.empty(), MixCaps.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 1]");
    assertThat(MixPolicy.fromKey("target-real-share")).contains(MixPolicy.TARGET_REAL_SHARE);
    assertThat(MixPolicy.fromKey("replace")).isEmpty();
  }
}
