package dev.synthforge.core.lineage;

import dev.synthforge.core.generation.GenerationParameters;
import dev.synthforge.core.generation.TaskApi;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Lineage shared by every row of one run: which run, which task, which parameters. Resolved on
 * the driver and shipped to executors.
 *
 * @param runId the run's id
 * @param runDate the logical date of the run (a scheduler's {@code ds})
 * @param job the job that wrote the row, e.g. "generate"
 * @param configHash hash of the job config without run-specific keys
 * @param codeVersion synthforge's version
 * @param schedulerRunId the scheduler's run id, or null
 * @param seedSource the seeds' path or table name
 * @param seedTableVersion the seed table's Delta version, or null when the source has none
 * @param taskName the task's name
 * @param templateId the template's id
 * @param templateHash SHA-256 of the template text
 * @param systemPromptHash SHA-256 of the system prompt, or null
 * @param schemaHash hash of the JSON schema, or null for free text
 * @param api chat or completions
 * @param parameters sampling parameters
 * @param choicesPerCall samples asked per call ({@code n}), 1 unless the task uses n
 */
public record RunContext(
    String runId,
    LocalDate runDate,
    String job,
    String configHash,
    String codeVersion,
    String schedulerRunId,
    String seedSource,
    Long seedTableVersion,
    String taskName,
    String templateId,
    String templateHash,
    String systemPromptHash,
    String schemaHash,
    TaskApi api,
    GenerationParameters parameters,
    int choicesPerCall)
    implements Serializable {

  public RunContext {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(configHash, "configHash");
    Objects.requireNonNull(codeVersion, "codeVersion");
    Objects.requireNonNull(seedSource, "seedSource");
    Objects.requireNonNull(taskName, "taskName");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(templateHash, "templateHash");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(parameters, "parameters");
  }
}
