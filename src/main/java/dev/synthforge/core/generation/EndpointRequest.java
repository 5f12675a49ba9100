package dev.synthforge.core.generation;

import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP call to a model endpoint: a rendered prompt and its parameters. The endpoint adds its
 * own model name.
 *
 * @param requestId id of the first sample this call produces; used for logs and idempotency keys
 * @param api chat or completions
 * @param systemPrompt optional system message (chat only); null when absent
 * @param prompt the rendered user prompt
 * @param parameters sampling parameters
 * @param seed the seed to send, or null
 * @param choices how many samples to ask for ({@code n})
 * @param jsonSchema JSON schema for structured output, or null for free text
 */
public record EndpointRequest(
    String requestId,
    TaskApi api,
    String systemPrompt,
    String prompt,
    GenerationParameters parameters,
    Long seed,
    int choices,
    String jsonSchema) {

  public EndpointRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(parameters, "parameters");
    if (choices < 1) {
      throw new IllegalArgumentException("choices must be >= 1: " + choices);
    }
  }

  public Optional<String> system() {
    return Optional.ofNullable(systemPrompt);
  }

  public Optional<String> schema() {
    return Optional.ofNullable(jsonSchema);
  }
}
