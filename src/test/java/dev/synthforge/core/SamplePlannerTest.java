package dev.synthforge.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.RequestIds;
import dev.synthforge.core.generation.TaskApi;
import dev.synthforge.core.lineage.PlannedSample;
import dev.synthforge.core.lineage.SamplePlanner;
import dev.synthforge.core.prompt.PromptTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplePlannerTest {
  private static final PromptTemplate TEMPLATE = PromptTemplate.parse("Paraphrase: {{text}}");
  private static final GenerationParameters PARAMETERS = new GenerationParameters(0.7, 1.0, 64, List.of(), 7L);
  private static final String FINGERPRINT =
      RequestIds.taskFingerprint(TEMPLATE.hash(), null, null, TaskApi.CHAT, "m", PARAMETERS);

  private static SamplePlanner planner(int samples) {
    return new SamplePlanner(TEMPLATE, FINGERPRINT, "text", List.of("region"), samples, 50);
  }

  @Test
  void plansOneSampleIdPerIndexAndTheIdsAreStable() {
    Map<String, String> seed = Map.of("text", "A sturdy kettle.", "region", "north");
    List<PlannedSample> first = planner(3).plan("r1", seed, 0);
    List<PlannedSample> again = planner(3).plan("r1", seed, 0);
    assertThat(first).extracting(PlannedSample::requestId).doesNotHaveDuplicates()
        .containsExactlyElementsOf(again.stream().map(PlannedSample::requestId).toList());
    assertThat(first.get(0).prompt()).isEqualTo("Paraphrase: A sturdy kettle.");
    assertThat(first.get(0).seedAttributes()).containsEntry("region", "north");
    assertThat(first.get(0).generationDepth()).isEqualTo(1);
    assertThat(first.get(0).parentIds()).containsExactly("r1");
  }

  @Test
  void raisingSamplesKeepsTheIdsOfTheFirstSamples() {
    Map<String, String> seed = Map.of("text", "A sturdy kettle.", "region", "north");
    List<String> three = planner(3).plan("r1", seed, 0).stream().map(PlannedSample::requestId).toList();
    List<String> five = planner(5).plan("r1", seed, 0).stream().map(PlannedSample::requestId).toList();
    assertThat(five.subList(0, 3)).isEqualTo(three);
  }

  @Test
  void aSeedsOwnSampleCountKeepsTheIdsOfTheUniformPlan() {
    // Stratified generation gives each seed its own count; index i keeps its id, so only new
    // indexes are sent when a seed's count grows.
    Map<String, String> seed = Map.of("text", "A sturdy kettle.", "region", "north");
    List<String> uniform = planner(2).plan("r1", seed, 0).stream().map(PlannedSample::requestId).toList();
    List<String> six = planner(2).plan("r1", seed, 0, 6).stream().map(PlannedSample::requestId).toList();
    assertThat(six).hasSize(6).startsWith(uniform.toArray(String[]::new));
    assertThat(planner(2).plan("r1", seed, 0, 0)).isEmpty();
    assertThat(SamplePlanner.seedId(null, planner(1).contentHash(seed)))
        .isEqualTo(planner(1).plan(null, seed, 0).get(0).seedId());
  }

  @Test
  void changedContentOrTaskGivesNewIds() {
    String id = planner(1).plan("r1", Map.of("text", "a", "region", "n"), 0).get(0).requestId();
    String changedText = planner(1).plan("r1", Map.of("text", "b", "region", "n"), 0).get(0).requestId();
    String otherFingerprint = RequestIds.taskFingerprint(TEMPLATE.hash(), null, null, TaskApi.CHAT, "other-model", PARAMETERS);
    String changedModel = new SamplePlanner(TEMPLATE, otherFingerprint, "text", List.of("region"), 1, 50)
        .plan("r1", Map.of("text", "a", "region", "n"), 0).get(0).requestId();
    assertThat(List.of(id, changedText, changedModel)).doesNotHaveDuplicates();
  }

  @Test
  void seedsWithoutIdGetAStableContentId() {
    PlannedSample sample = planner(1).plan(null, Map.of("text", "hello", "region", "n"), 0).get(0);
    assertThat(sample.seedId()).startsWith("h").hasSize(25);
    assertThat(planner(1).plan(null, Map.of("text", "hello", "region", "n"), 0).get(0).seedId()).isEqualTo(sample.seedId());
  }

  @Test
  void nullAndOversizedSeedsArePlannedAsRecordedFailures() {
    Map<String, String> nullText = new HashMap<>();
    nullText.put("text", null);
    PlannedSample missing = planner(2).plan("r9", nullText, 0).get(1);
    assertThat(missing.sendable()).isFalse();
    assertThat(missing.seedProblem()).isEqualTo(ErrorClass.MISSING_TEMPLATE_FIELD);
    assertThat(missing.seedProblemMessage()).isEqualTo("seed r9: template field(s) [text] are null");

    PlannedSample huge = planner(1).plan("r10", Map.of("text", "x".repeat(51)), 0).get(0);
    assertThat(huge.seedProblem()).isEqualTo(ErrorClass.SEED_TOO_LARGE);
    assertThat(huge.seedProblemMessage()).contains("r10", "51 characters", "limit of 50", "seeds.max-text-chars");
  }

  @Test
  void depthGrowsFromTheSeedsDepth() {
    assertThat(planner(1).plan("g1", Map.of("text", "t"), 2).get(0).generationDepth()).isEqualTo(3);
  }
}
