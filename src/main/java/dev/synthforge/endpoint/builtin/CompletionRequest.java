package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The sampling parameters of a chat or text completion request, validated.
 *
 * @param prompt the text the completion is conditioned on (the last user message of a chat)
 * @param promptTokens tokens of the whole prompt, as reported in {@code usage}
 * @param n how many choices to sample
 * @param temperature sampling temperature, within [0, 2]
 * @param topP nucleus mass, within (0, 1]
 * @param maxTokens the most tokens per choice, when the request limits them
 * @param stop stop sequences
 * @param seed the request's seed, when it gives one
 * @param format the response format
 */
record CompletionRequest(
    String prompt,
    int promptTokens,
    int n,
    double temperature,
    double topP,
    OptionalInt maxTokens,
    List<String> stop,
    OptionalLong seed,
    ResponseFormat format) {

  static final int MAX_CHOICES = 128;

  CompletionRequest {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(maxTokens, "maxTokens");
    stop = List.copyOf(stop);
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(format, "format");
  }

  /** Reads the parameters shared by chat and text completions. */
  static CompletionRequest parse(ObjectNode body, String prompt, int promptTokens) throws ApiException {
    JsonNode stream = body.get("stream");
    if (stream != null && stream.asBoolean(false)) {
      throw ApiException.invalid(
          "stream", "Cannot serve the request: the built-in endpoint does not stream; send 'stream': false");
    }
    OptionalInt maxTokens = RequestFields.optionalInteger(body, "max_completion_tokens", 1);
    if (maxTokens.isEmpty()) {
      maxTokens = RequestFields.optionalInteger(body, "max_tokens", 1);
    }
    return new CompletionRequest(
        prompt,
        promptTokens,
        RequestFields.integer(body, "n", 1, 1, MAX_CHOICES),
        RequestFields.number(body, "temperature", 1.0, 0.0, 2.0),
        RequestFields.fraction(body, "top_p", 1.0),
        maxTokens,
        RequestFields.stopSequences(body),
        RequestFields.optionalLong(body, "seed"),
        ResponseFormat.parse(body));
  }
}
