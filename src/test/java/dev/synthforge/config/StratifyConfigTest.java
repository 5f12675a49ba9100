package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.metrics.representation.QuotaPolicy;
import dev.synthforge.core.metrics.representation.SamplesPerSeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StratifyConfigTest {

  private static final String SEEDS = "seeds: {path: s.jsonl, attributes: [region, topic]}\n";
  private static final String ENDPOINTS = "endpoints: [{name: b, type: builtin}]\n";

  @TempDir Path folder;

  @Test
  void absentMeansEverySeedGetsSamplesPerSeed() throws Exception {
    TaskConfig task = load("task: {name: t, template: x, samples-per-seed: 2}\n").task();

    assertThat(task.stratify()).isEmpty();
  }

  @Test
  void anAttributeAloneTakesEveryDefault() throws Exception {
    TaskConfig task = load("""
        task:
          name: t
          template: x
          samples-per-seed: 2
          stratify: {attribute: region}
        """).task();

    assertThat(task.stratify()).hasValue(
        new StratifyConfig("region", QuotaPolicy.tempered(0.3), 1, Optional.empty()));
    assertThat(task.stratify().get().samplesPerSeed(2))
        .isEqualTo(new SamplesPerSeed(2, 1, Integer.MAX_VALUE));
    assertThat(task.stratify().get().describePolicy()).isEqualTo("tempered, temperature 0.3");
  }

  @Test
  void readsEverySettingOfEachPolicy() throws Exception {
    StratifyConfig tempered = load("""
        task:
          name: t
          template: x
          samples-per-seed: 3
          stratify:
            attribute: topic
            policy: tempered
            temperature: 0.5
            min-samples-per-seed: 0
            max-samples-per-seed: 20
        """).task().stratify().orElseThrow();
    StratifyConfig floor = load("""
        task:
          name: t
          template: x
          stratify: {attribute: region, policy: floor, floor: 0.05}
        """).task().stratify().orElseThrow();
    StratifyConfig halfOfEqual = load("""
        task: {name: t, template: x, stratify: {attribute: region, policy: floor}}
        """).task().stratify().orElseThrow();

    assertThat(tempered).isEqualTo(
        new StratifyConfig("topic", QuotaPolicy.tempered(0.5), 0, Optional.of(20)));
    assertThat(tempered.samplesPerSeed(3)).isEqualTo(new SamplesPerSeed(3, 0, 20));
    assertThat(floor).isEqualTo(
        new StratifyConfig("region", QuotaPolicy.floor(0.05), 1, Optional.empty()));
    assertThat(floor.describePolicy()).isEqualTo("floor 0.05");
    assertThat(halfOfEqual.policy()).isEqualTo(QuotaPolicy.floor());
    assertThat(halfOfEqual.describePolicy()).isEqualTo("floor 1/(2K)");
  }

  @Test
  void reportsEveryProblemAtOnce() throws Exception {
    Path file = write(SEEDS + ENDPOINTS + """
        task:
          name: t
          template: x
          samples-per-seed: 2
          stratify:
            attribute: regoin
            policy: tempred
            temperature: 1.5
            floor: 2
            min-samples-per-seed: 3
            max-samples-per-seed: 1
            quota: 4
        """);

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("Invalid value for 'task.stratify.attribute': 'regoin': must be one of"
            + " seeds.attributes [region, topic]; did you mean 'region'?")
        .hasMessageContaining("Invalid value for 'task.stratify.policy': 'tempred': must be one of"
            + " tempered, floor; did you mean 'tempered'?")
        .hasMessageContaining("Invalid value for 'task.stratify.temperature': '1.5': must be within [0, 1]")
        .hasMessageContaining("Invalid value for 'task.stratify.floor': '2': must be within [0, 1/K]"
            + " for the K groups of the attribute")
        .hasMessageContaining("Invalid value for 'task.stratify.min-samples-per-seed': '3': must be"
            + " within [0, task.samples-per-seed] = [0, 2]")
        .hasMessageContaining("Invalid value for 'task.stratify.max-samples-per-seed': '1': must be at"
            + " least task.samples-per-seed (2)")
        .hasMessageContaining("Unknown key 'task.stratify.quota'");
  }

  @Test
  void aSettingOfTheOtherPolicyIsAMistake() throws Exception {
    Path floorWithTemperature = write("a.yaml", SEEDS + ENDPOINTS + """
        task: {name: t, template: x, stratify: {attribute: region, policy: floor, temperature: 0.5}}
        """);
    Path temperedWithFloor = write("b.yaml", SEEDS + ENDPOINTS + """
        task: {name: t, template: x, stratify: {attribute: region, floor: 0.1}}
        """);

    assertThatThrownBy(() -> ConfigLoader.load(floorWithTemperature))
        .hasMessageContaining("Invalid value for 'task.stratify.temperature': '0.5': applies to policy"
            + " 'tempered' only; set policy: tempered or remove it");
    assertThatThrownBy(() -> ConfigLoader.load(temperedWithFloor))
        .hasMessageContaining("Invalid value for 'task.stratify.floor': '0.1': applies to policy"
            + " 'floor' only; set policy: floor or remove it");
  }

  @Test
  void theAttributeIsRequiredAndMustBeASeedAttribute() throws Exception {
    Path noAttribute = write("a.yaml", SEEDS + ENDPOINTS + "task: {name: t, template: x, stratify: {policy: floor}}\n");
    Path noSeedAttributes = write("b.yaml", "seeds: {path: s.jsonl}\n" + ENDPOINTS
        + "task: {name: t, template: x, stratify: {attribute: region}}\n");

    assertThatThrownBy(() -> ConfigLoader.load(noAttribute))
        .hasMessageContaining("Missing required key 'task.stratify.attribute': stratified generation"
            + " needs the seed attribute whose groups get quotas");
    assertThatThrownBy(() -> ConfigLoader.load(noSeedAttributes))
        .hasMessageContaining("Invalid value for 'task.stratify.attribute': 'region': must be one of"
            + " seeds.attributes []");
  }

  private JobConfig load(String task) throws Exception {
    return ConfigLoader.load(write(SEEDS + ENDPOINTS + task));
  }

  private Path write(String yaml) throws Exception {
    return write("job.yaml", yaml);
  }

  private Path write(String name, String yaml) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }
}
