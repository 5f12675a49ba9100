package dev.synthforge.core.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabPolicyTest {

  @Test
  void namesTasksByPolicy() {
    assertThat(LabPolicy.standard(0.1)).extracting(LabPolicy::taskName)
        .containsExactly("lab-replace", "lab-accumulate", "lab-fresh-10");
  }

  @Test
  void rejectsAFreshFractionOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> LabPolicy.fresh(1.0)).hasMessage(
        "Cannot define a lab policy FRESH: fresh fraction 1.0 must be within (0, 1) for FRESH and 0 otherwise");
    assertThatThrownBy(() -> new LabSettings(0, List.of(LabPolicy.REPLACE)))
        .hasMessage("Cannot run the lab: generations 0 must be >= 1");
    assertThatThrownBy(() -> new LabSettings(2, List.of(LabPolicy.REPLACE, LabPolicy.REPLACE)))
        .hasMessageStartingWith("Cannot run the lab: policy names repeat");
  }

  @Test
  void formatsOneRowPerGenerationAndPolicy() {
    LabTable table = new LabTable();
    table.put(LabTable.REAL, 0, "tail_recall_1", 1.0);
    table.put(LabTable.REAL, 0, "vocabulary_support", 900);
    table.put(LabTable.REAL, 0, "distinct_2", 0.8);
    table.put("replace", 1, "tail_recall_1", 0.5);
    table.put("accumulate", 1, "tail_recall_1", 0.55);

    assertThat(table.format().lines().toList()).containsExactly(
        "generation  policy                 tail_recall_1  vocabulary_support          distinct_2",
        "0           real                           1.000                 900               0.800",
        "1           replace                        0.500                 NaN                 NaN",
        "1           accumulate                     0.550                 NaN                 NaN");
    assertThat(table.series("replace", "tail_recall_1", 2)).containsExactly(0.5, Double.NaN);
  }
}
