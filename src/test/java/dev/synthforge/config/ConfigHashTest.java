package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigHashTest {

  private static final Path RESOURCES = Path.of("src/test/resources/config");
  private static final String JOB =
      "seeds: {table: synth.seeds}\n"
          + "task: {name: t, template: 'Say {{text}}', temperature: 0.8}\n"
          + "endpoints: [{name: b, type: builtin}]\n"
          + "run: {date: 2026-11-25}\n";

  @TempDir Path folder;

  @Test
  void reorderedAndReformattedConfigHashesTheSame() {
    String hash = ConfigHash.of(ConfigLoader.load(RESOURCES.resolve("full.yaml")));

    assertThat(hash).matches("[0-9a-f]{64}");
    assertThat(ConfigHash.of(ConfigLoader.load(RESOURCES.resolve("full-reordered.yaml"))))
        .isEqualTo(hash);
  }

  @Test
  void changedTemperatureChangesTheHash() throws Exception {
    Path job = Files.writeString(folder.resolve("a.yaml"), JOB);
    Path warmer = Files.writeString(folder.resolve("b.yaml"), JOB.replace("0.8", "0.9"));

    assertThat(ConfigHash.of(ConfigLoader.load(warmer)))
        .isNotEqualTo(ConfigHash.of(ConfigLoader.load(job)));
  }

  @Test
  void runIdentityDoesNotChangeTheHash() throws Exception {
    Path job = Files.writeString(folder.resolve("a.yaml"), JOB);
    Path nextDay =
        Files.writeString(folder.resolve("b.yaml"), JOB.replace("2026-11-25", "2026-11-26"));
    ConfigOverrides rerun =
        ConfigOverrides.none()
            .withRunId("other")
            .withRunDate(LocalDate.of(2030, 1, 1))
            .withSchedulerRunId("scheduled__x")
            .withWarehouse("elsewhere");

    String hash = ConfigHash.of(ConfigLoader.load(job));

    assertThat(ConfigHash.of(ConfigLoader.load(nextDay))).isEqualTo(hash);
    assertThat(ConfigHash.of(ConfigLoader.load(job, rerun))).isEqualTo(hash);
  }

  @Test
  void writingADefaultValueDoesNotChangeTheHash() throws Exception {
    Path job = Files.writeString(folder.resolve("a.yaml"), JOB);
    Path explicit =
        Files.writeString(
            folder.resolve("b.yaml"),
            JOB.replace("temperature: 0.8", "temperature: 0.8, top-p: 1"));

    assertThat(ConfigHash.of(ConfigLoader.load(explicit)))
        .isEqualTo(ConfigHash.of(ConfigLoader.load(job)));
  }
}
