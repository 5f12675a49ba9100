package dev.synthforge.spark;

import dev.synthforge.config.ConfigLoader;
import dev.synthforge.config.JobConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small job configs and seed files for Spark tests. */
final class TestConfigs {
  private TestConfigs() {}

  static final Path DEMO_SEEDS = Path.of("conf/seeds/demo-seeds.jsonl").toAbsolutePath();

  /** A config over {@code seeds} with the built-in endpoint; {@code extra} is appended verbatim. */
  static JobConfig builtin(Path dir, Path seeds, String database, String taskBlock, String extra) {
    String yaml = """
        seeds:
          path: %s
          id-column: id
          attributes: [region]
        task:
        %s
        endpoints:
          - name: builtin
            type: builtin
            max-concurrency: 16
        output:
          database: %s
        %s
        """.formatted(seeds, taskBlock.indent(2).stripTrailing(), database, extra);
    return load(dir, yaml);
  }

  static JobConfig load(Path dir, String yaml) {
    try {
      Path file = Files.createTempFile(dir, "job", ".yaml");
      Files.writeString(file, yaml);
      return ConfigLoader.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSONL seed file with the given lines. */
  static Path seeds(Path dir, List<String> jsonLines) {
    try {
      Path file = Files.createTempFile(dir, "seeds", ".jsonl");
      Files.write(file, jsonLines);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String paraphraseTask(int samples) {
    return """
        name: paraphrase
        template: "Paraphrase this review: {{text}}"
        samples-per-seed: %d
        temperature: 0.8
        max-tokens: 32
        seed: 7
        """.formatted(samples);
  }
}
