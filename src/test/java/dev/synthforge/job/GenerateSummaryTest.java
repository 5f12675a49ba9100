package dev.synthforge.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.metrics.FrequencyTable;
import dev.synthforge.core.metrics.representation.QuotaPlan;
import dev.synthforge.core.metrics.representation.QuotaPlanner;
import dev.synthforge.core.metrics.representation.QuotaPolicy;
import dev.synthforge.core.metrics.representation.SamplesPerSeed;
import dev.synthforge.spark.StratifiedOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GenerateSummaryTest {

  @Test
  void quotasShowSeedsTargetsPlannedAndAchievedPerGroup() {
    QuotaPlan quotas = QuotaPlanner.planSamples(FrequencyTable.of(Map.of("a", 40, "b", 4)),
        QuotaPolicy.tempered(0.5), SamplesPerSeed.atLeast(2, 1));
    StratifiedOutcome outcome = new StratifiedOutcome("region", "tempered, temperature 0.5", quotas,
        3, 2, Map.of("a", 67L, "b", 20L), 6);

    assertThat(print(outcome)).isEqualTo("""
          stratified by       region (tempered, temperature 0.5): 88 samples over 2 group(s)
            group                       seeds   share  target   planned   share  achieved
            a                              40   90.9%   76.0%        67   76.1%        67
            b                               4    9.1%   24.0%        21   23.9%        20
            (no value)                      3                         6                 6
        """);
  }

  @Test
  void manyGroupsAreCutShortAndLongNamesShortened() {
    Map<String, Integer> seeds = new HashMap<>();
    for (int group = 0; group < 25; group++) {
      seeds.put("topic-" + (char) ('a' + group), 2);
    }
    seeds.put("a-topic-with-a-rather-long-name", 2);
    QuotaPlan quotas = QuotaPlanner.planSamples(FrequencyTable.of(seeds), QuotaPolicy.tempered(0),
        SamplesPerSeed.atLeast(1, 1));

    String printed = print(new StratifiedOutcome("topic", "tempered, temperature 0.0", quotas, 0, 1,
        Map.of(), 0));

    assertThat(printed)
        .contains("    a-topic-with-a-rather-l~        2    3.8%    3.8%         2    3.8%         0\n")
        .contains("    topic-a                         2    3.8%    3.8%         2    3.8%         0\n")
        .contains("    ... 6 more groups; the log lists every group\n")
        .doesNotContain("(no value)");
  }

  private static String print(StratifiedOutcome outcome) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    GenerateSummary.printQuotas(outcome, out);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
