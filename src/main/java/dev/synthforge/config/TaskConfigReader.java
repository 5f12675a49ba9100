package dev.synthforge.config;

import dev.synthforge.core.generation.TaskApi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code task} section: the prompt, its template and schema files, and sampling. */
final class TaskConfigReader {

  private static final Pattern TASK_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final ConfigFiles files;

  TaskConfigReader(ConfigFiles files) {
    this.files = files;
  }

  /**
   * @param seedAttributes {@code seeds.attributes}, among which a stratified attribute must be
   */
  TaskConfig read(ConfigNode node, List<String> seedAttributes) {
    Optional<String> name = node.requiredText("name", "");
    name.filter(value -> !TASK_NAME.matcher(value).matches())
        .ifPresent(value -> node.invalid("name", value, "must match [a-z0-9][a-z0-9_-]*"));
    String template = template(node);
    String templateId = node.optionalText("template-id").orElse(name.orElse(""));
    Optional<String> systemPrompt = node.optionalText("system-prompt");
    TaskApi api = node.choice("api", TaskApi.class);
    if (api == TaskApi.COMPLETIONS && systemPrompt.isPresent()) {
      node.problem(
          ConfigProblem.conflictingKeys(
              node.keyOf("system-prompt"), node.keyOf("api"), "a system prompt needs api 'chat'"));
    }
    int samplesPerSeed =
        node.integer("samples-per-seed", v -> v >= 1 && v <= 1000, "must be within 1..1000");
    boolean useN = node.flag("use-n");
    double temperature =
        node.decimal("temperature", v -> v >= 0 && v <= 2, "must be within [0, 2]");
    double topP = node.decimal("top-p", v -> v > 0 && v <= 1, "must be within (0, 1]");
    int maxTokens = node.integer("max-tokens", v -> v >= 1, "must be >= 1");
    List<String> stop = node.textList("stop", 4);
    Optional<Long> seed = node.optionalLong("seed");
    Optional<String> jsonSchema = jsonSchema(node);
    Optional<StratifyConfig> stratify =
        node.has("stratify")
            ? new StratifyConfigReader().read(node.section("stratify"), samplesPerSeed, seedAttributes)
            : Optional.empty();
    return new TaskConfig(
        name.orElse(""),
        template,
        templateId,
        systemPrompt,
        api,
        samplesPerSeed,
        useN,
        temperature,
        topP,
        maxTokens,
        stop,
        seed,
        jsonSchema,
        stratify);
  }

  private String template(ConfigNode node) {
    Optional<String> inline = node.optionalText("template");
    Optional<String> file = node.optionalText("template-file");
    if (inline.isPresent() && file.isPresent()) {
      node.problem(
          ConfigProblem.conflictingKeys(
              node.keyOf("template"), node.keyOf("template-file"), "set only one"));
      return "";
    }
    if (file.isPresent()) {
      Optional<String> text =
          files.read(node, "template-file", file.get()).map(String::stripTrailing);
      if (text.isPresent() && text.get().isBlank()) {
        node.invalid("template-file", file.get(), "the file is empty");
      }
      return text.orElse("");
    }
    if (inline.isEmpty() && !node.has("template")) {
      node.missing("template", "set one of 'task.template' or 'task.template-file'");
    }
    return inline.orElse("");
  }

  private Optional<String> jsonSchema(ConfigNode node) {
    Optional<JsonNode> inline = node.raw("json-schema");
    Optional<String> file = node.optionalText("json-schema-file");
    if (inline.isPresent() && file.isPresent()) {
      node.problem(
          ConfigProblem.conflictingKeys(
              node.keyOf("json-schema"), node.keyOf("json-schema-file"), "set only one"));
      return Optional.empty();
    }
    if (file.isPresent()) {
      return files
          .read(node, "json-schema-file", file.get())
          .flatMap(text -> jsonObject(node, "json-schema-file", file.get(), text.strip()));
    }
    if (inline.isPresent() && inline.get().isObject()) {
      return Optional.of(inline.get().toString());
    }
    if (inline.isPresent() && inline.get().isTextual()) {
      return jsonObject(node, "json-schema", inline.get().asText(), inline.get().asText().strip());
    }
    inline.ifPresent(value -> node.invalid("json-schema", value, "must be a JSON object"));
    return Optional.empty();
  }

  private static Optional<String> jsonObject(
      ConfigNode node, String name, String shown, String json) {
    try {
      if (JSON.readTree(json).isObject()) {
        return Optional.of(json);
      }
      node.invalid(name, shown, "must be a JSON object");
    } catch (JsonProcessingException e) {
      node.invalid(name, shown, "is not JSON: " + e.getOriginalMessage());
    }
    return Optional.empty();
  }
}
