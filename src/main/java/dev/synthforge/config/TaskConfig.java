package dev.synthforge.config;

import dev.synthforge.core.generation.TaskApi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to ask the model for each seed: the prompt and the sampling parameters.
 *
 * @param name task name
 * @param template prompt template text with {@code {{column}}} placeholders (a template file is
 *     read at load)
 * @param templateId template id recorded in lineage
 * @param systemPrompt system message sent before the prompt
 * @param api the API called
 * @param samplesPerSeed samples generated per seed
 * @param useN whether all samples of a seed are asked for in one request with {@code n}
 * @param temperature sampling temperature
 * @param topP nucleus sampling mass
 * @param maxTokens most tokens generated per sample
 * @param stop stop sequences
 * @param seed sampling seed sent to the endpoint
 * @param jsonSchema JSON schema of a structured answer, as raw JSON text of an object
 * @param stratify per-group sample quotas over a seed attribute; empty: samplesPerSeed each
 */
public record TaskConfig(
    String name,
    String template,
    String templateId,
    Optional<String> systemPrompt,
    TaskApi api,
    int samplesPerSeed,
    boolean useN,
    double temperature,
    double topP,
    int maxTokens,
    List<String> stop,
    Optional<Long> seed,
    Optional<String> jsonSchema,
    Optional<StratifyConfig> stratify) {

  public TaskConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(systemPrompt, "systemPrompt");
    Objects.requireNonNull(api, "api");
    stop = List.copyOf(stop);
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(jsonSchema, "jsonSchema");
    Objects.requireNonNull(stratify, "stratify");
  }

  /** Whether answers must be JSON that follows {@link #jsonSchema()}. */
  public boolean structured() {
    return jsonSchema.isPresent();
  }
}
