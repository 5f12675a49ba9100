package dev.synthforge.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads a YAML job config file into a validated {@link JobConfig}, or reports every problem in it.
 *
 * <p>Relative paths in the file resolve against the file's folder. Files whose content the config
 * holds (template-file, json-schema-file) are read at load; seeds and corpus are only located, and
 * API keys are never read. Precedence: {@link ConfigOverrides} over the file over the defaults of
 * {@link ConfigKeys}.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  private ConfigLoader() {}

  /**
   * The config in a file, with the file's values and the defaults.
   *
   * @throws ConfigException listing every problem, when the file cannot be read or is invalid
   */
  public static JobConfig load(Path file) {
    return load(file, ConfigOverrides.none());
  }

  /**
   * The config in a file, with command-line overrides applied over the file's values.
   *
   * @throws ConfigException listing every problem, when the file cannot be read or is invalid
   */
  public static JobConfig load(Path file, ConfigOverrides overrides) {
    ObjectNode tree = parse(file);
    overrides.runId().ifPresent(value -> override(tree, "run", "id", value));
    overrides.runDate().ifPresent(value -> override(tree, "run", "date", value.toString()));
    overrides.schedulerRunId().ifPresent(value -> override(tree, "run", "scheduler-run-id", value));
    overrides.warehouse().ifPresent(value -> override(tree, "output", "warehouse", value));
    List<ConfigProblem> problems = new ArrayList<>();
    ConfigNode root = ConfigNode.root(tree, problems);
    return new JobConfigReader(new ConfigFiles(file))
        .read(root, problems)
        .orElseThrow(() -> new ConfigException(file, problems));
  }

  private static ObjectNode parse(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw fileProblem(file, "Cannot read " + file + ": it is not UTF-8 text");
    } catch (IOException e) {
      String why =
          Files.isDirectory(file)
              ? "it is a folder"
              : Files.exists(file) ? e.toString() : "no such file";
      throw fileProblem(file, "Cannot read " + file + ": " + why);
    }
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      throw fileProblem(file, "Cannot parse " + file + " as YAML: " + syntaxError(e));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw fileProblem(file, "Cannot read " + file + ": it is empty");
    }
    if (!tree.isObject()) {
      throw fileProblem(file, "Cannot read " + file + ": the top level must be a mapping of keys");
    }
    return (ObjectNode) tree;
  }

  /** Where and what, without quoting the file's lines: they may hold a secret. */
  private static String syntaxError(JsonProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked) {
        String problem = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
        Mark mark =
            marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
        String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
        return problem + context + at(mark);
      }
    }
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return e.getOriginalMessage().replace("Duplicate field", "duplicate key") + where;
  }

  private static String at(Mark mark) {
    return mark == null
        ? ""
        : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
  }

  private static void override(ObjectNode tree, String section, String key, String value) {
    JsonNode existing = tree.get(section);
    if (existing == null
        || existing.isNull()
        || existing.isTextual() && existing.asText().isEmpty()) {
      tree.putObject(section).put(key, value);
    } else if (existing.isObject()) {
      ((ObjectNode) existing).put(key, value);
    }
  }

  private static ConfigException fileProblem(Path file, String message) {
    return new ConfigException(file, List.of(ConfigProblem.ofFile(message)));
  }
}
