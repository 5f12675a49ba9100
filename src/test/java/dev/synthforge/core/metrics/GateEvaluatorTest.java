package dev.synthforge.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GateEvaluatorTest {

  private static final Gate DISTINCT_TWO = Gate.overall(
      "distinct-2 >= 0.8 x real", "distinct_2", Comparison.BELOW_RATIO_OF_REAL, 0.8);

  @Test
  void ratioGateNamesValueRealAndThreshold() {
    // Threshold 0.8 x 0.690 = 0.552; 0.412 < 0.552 breaches at depth 1, 0.600 holds at depth 2.
    List<MetricValue> values = List.of(
        MetricValue.overall("run-1", 0, "distinct_2", 0.690, 1000),
        MetricValue.overall("run-1", 1, "distinct_2", 0.412, 1000),
        MetricValue.overall("run-1", 2, "distinct_2", 0.600, 1000));

    List<GateBreach> breaches = new GateEvaluator(List.of(DISTINCT_TWO)).evaluate(values);

    assertThat(breaches).singleElement().satisfies(breach -> {
      assertThat(breach.message()).isEqualTo("Gate 'distinct-2 >= 0.8 x real' breached at depth 1:"
          + " distinct_2 = 0.412, real = 0.690, threshold 0.552");
      assertThat(breach.depth()).isEqualTo(1);
      assertThat(breach.runId()).isEqualTo("run-1");
      assertThat(breach.real()).isEqualTo(0.690);
      assertThat(breach.threshold()).isEqualTo(0.8 * 0.690);
    });
  }

  @Test
  void absoluteGatesInBothDirections() {
    Gate selfBleu = Gate.overall("self-bleu <= 0.5", "self_bleu", Comparison.ABOVE_ABSOLUTE, 0.5);
    Gate recall = Gate.overall("tail recall >= 0.3", "tail_recall_1", Comparison.BELOW_ABSOLUTE, 0.3);
    List<MetricValue> values = List.of(
        MetricValue.overall("run", 1, "self_bleu", 0.5, 500),
        MetricValue.overall("run", 2, "self_bleu", 0.61234, 500),
        MetricValue.overall("run", 1, "tail_recall_1", 0.3, 500),
        MetricValue.overall("run", 2, "tail_recall_1", 0.00042, 500));

    assertThat(new GateEvaluator(List.of(selfBleu, recall)).evaluate(values))
        .extracting(GateBreach::message)
        .containsExactly(
            "Gate 'self-bleu <= 0.5' breached at depth 2: self_bleu = 0.612, threshold 0.500",
            "Gate 'tail recall >= 0.3' breached at depth 2: tail_recall_1 = 0.000420,"
                + " threshold 0.300");
  }

  @Test
  void anyGroupGateReportsEachGroupBelow() {
    Gate fourFifths = Gate.overall(
        "every group >= 4/5", "representation_ratio", Comparison.ANY_GROUP_BELOW, 0.8);
    List<MetricValue> values = List.of(
        new MetricValue("run", 1, "representation_ratio", "fr", 0.5, 40),
        new MetricValue("run", 1, "representation_ratio", "en", 1.2, 900),
        new MetricValue("run", 1, "representation_ratio", "de", 0.79, 60),
        new MetricValue("run", 0, "representation_ratio", "xx", 0.1, 60),
        MetricValue.overall("run", 1, "representation_ratio", 0.1, 1000));

    assertThat(new GateEvaluator(List.of(fourFifths)).evaluate(values))
        .extracting(GateBreach::message)
        .containsExactly(
            "Gate 'every group >= 4/5' breached at depth 1 for group 'de':"
                + " representation_ratio = 0.790, threshold 0.800",
            "Gate 'every group >= 4/5' breached at depth 1 for group 'fr':"
                + " representation_ratio = 0.500, threshold 0.800");
  }

  @Test
  void groupGateComparesWithTheSameGroupsRealValue() {
    Gate spanish = new Gate("es entropy", "entropy_1", "es", Comparison.BELOW_RATIO_OF_REAL, 0.9);
    List<MetricValue> values = List.of(
        new MetricValue("run", 0, "entropy_1", "es", 5.0, 100),
        new MetricValue("run", 0, "entropy_1", "", 9.0, 100),
        new MetricValue("run", 1, "entropy_1", "es", 4.4, 100),
        new MetricValue("run", 1, "entropy_1", null, 1.0, 100));

    assertThat(new GateEvaluator(List.of(spanish)).evaluate(values))
        .extracting(GateBreach::message)
        .containsExactly("Gate 'es entropy' breached at depth 1 for group 'es':"
            + " entropy_1 = 4.400, real = 5.000, threshold 4.500");
  }

  @Test
  void gatesThatCannotBeCheckedCountAsBreached() {
    Gate misspelt = Gate.overall("typo", "distinct2", Comparison.BELOW_ABSOLUTE, 0.5);
    List<MetricValue> noReal = List.of(MetricValue.overall("run", 1, "distinct_2", 0.4, 10));
    List<MetricValue> notANumber = List.of(
        MetricValue.overall("run", 0, "distinct_2", 0.7, 10),
        MetricValue.overall("run", 3, "distinct_2", Double.NaN, 10));

    GateEvaluator evaluator = new GateEvaluator(List.of(DISTINCT_TWO, misspelt));
    assertThat(evaluator.evaluate(noReal)).extracting(GateBreach::message).containsExactly(
        "Cannot check gate 'distinct-2 >= 0.8 x real' at depth 1: no real (depth 0) value of"
            + " distinct_2",
        "Cannot check gate 'typo': no value of distinct2 at depth 1 or deeper");
    assertThat(evaluator.evaluate(notANumber)).extracting(GateBreach::message).first()
        .isEqualTo("Gate 'distinct-2 >= 0.8 x real' breached at depth 3: distinct_2 = NaN,"
            + " real = 0.700, threshold 0.560");
  }

  @Test
  void passingGatesGiveNoBreaches() {
    List<MetricValue> values = List.of(
        MetricValue.overall("run", 0, "distinct_2", 0.5, 10),
        MetricValue.overall("run", 1, "distinct_2", 0.4, 10));
    assertThat(new GateEvaluator(List.of(DISTINCT_TWO)).evaluate(values)).isEmpty();
    assertThat(new GateEvaluator(List.of()).evaluate(values)).isEmpty();
  }

  @Test
  void eachRunIsComparedWithItsOwnRealValue() {
    List<MetricValue> values = List.of(
        MetricValue.overall("a", 0, "distinct_2", 0.5, 10),
        MetricValue.overall("a", 1, "distinct_2", 0.45, 10),
        MetricValue.overall("b", 0, "distinct_2", 0.9, 10),
        MetricValue.overall("b", 1, "distinct_2", 0.45, 10));
    assertThat(new GateEvaluator(List.of(DISTINCT_TWO)).evaluate(values))
        .extracting(GateBreach::runId).containsExactly("b");
  }

  @Test
  void conflictingRealValuesAreAnError() {
    List<MetricValue> values = List.of(
        MetricValue.overall("run", 0, "distinct_2", 0.5, 10),
        MetricValue.overall("run", 0, "distinct_2", 0.6, 10));
    assertThatThrownBy(() -> new GateEvaluator(List.of(DISTINCT_TWO)).evaluate(values))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot check gates: run 'run' has two real (depth 0) values of distinct_2:"
            + " 0.5 and 0.6");
  }

  @Test
  void gatesAreValidated() {
    assertThatThrownBy(() -> new Gate("g", "m", "es", Comparison.ANY_GROUP_BELOW, 1))
        .hasMessage("Cannot define gate 'g': any-group-below checks every group, so it takes no"
            + " group (got 'es')");
    assertThatThrownBy(() -> Gate.overall("g", "m", Comparison.BELOW_ABSOLUTE, Double.NaN))
        .hasMessage("Cannot define gate 'g': threshold NaN is not finite");
    assertThatThrownBy(() -> MetricValue.overall("run", -1, "m", 1, 1))
        .hasMessage("Cannot record metric value of m: depth -1 and sample size 1 must be >= 0");
  }

  @Test
  void comparisonsAreReadFromTheirConfigKeys() {
    for (Comparison comparison : Comparison.values()) {
      assertThat(Comparison.fromKey(comparison.key())).isEqualTo(comparison);
    }
    assertThat(Comparison.fromKey(" Below-Ratio-Of-Real ")).isEqualTo(Comparison.BELOW_RATIO_OF_REAL);
    assertThatThrownBy(() -> Comparison.fromKey("under"))
        .hasMessage("Cannot read gate comparison 'under': expected one of below-absolute,"
            + " below-ratio-of-real, above-absolute, above-ratio-of-real, any-group-below,"
            + " any-group-above");
  }

  @Test
  void numbersAreFormattedReadably() {
    assertThat(GateEvaluator.format(0)).isEqualTo("0.000");
    assertThat(GateEvaluator.format(0.5523)).isEqualTo("0.552");
    assertThat(GateEvaluator.format(1.5e-5)).isEqualTo("1.50e-05");
    assertThat(GateEvaluator.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
  }
}
