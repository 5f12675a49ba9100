package dev.synthforge.endpoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.core.generation.Choice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Parses an OpenAI-compatible chat or completions answer. */
public final class OpenAiResponseParser {
  private final ObjectMapper mapper;

  public OpenAiResponseParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * A parsed answer.
   *
   * @param choices samples in index order
   * @param model the model the server reports, or empty
   * @param systemFingerprint the server's fingerprint, or empty
   */
  public record ParsedCompletion(
      List<Choice> choices,
      String model,
      String systemFingerprint,
      long promptTokens,
      long completionTokens) {
    public ParsedCompletion {
      choices = List.copyOf(choices);
    }
  }

  /** Parses {@code body}; throws {@link MalformedResponseException} when it is not a completion. */
  public ParsedCompletion parse(byte[] body) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException e) {
      throw new MalformedResponseException("answer is not valid JSON (" + body.length + " bytes)");
    }
    if (root == null || !root.isObject()) {
      throw new MalformedResponseException("answer is not a JSON object");
    }
    JsonNode choicesNode = root.path("choices");
    if (!choicesNode.isArray() || choicesNode.isEmpty()) {
      throw new MalformedResponseException("answer has no 'choices'");
    }
    List<Choice> choices = new ArrayList<>();
    int position = 0;
    for (JsonNode node : choicesNode) {
      choices.add(choice(node, position++));
    }
    choices.sort(Comparator.comparingInt(Choice::index));
    JsonNode usage = root.path("usage");
    return new ParsedCompletion(
        choices,
        root.path("model").asText(""),
        root.path("system_fingerprint").asText(""),
        usage.path("prompt_tokens").asLong(0),
        usage.path("completion_tokens").asLong(0));
  }

  private static Choice choice(JsonNode node, int position) {
    JsonNode content = node.path("message").path("content");
    if (content.isMissingNode()) {
      content = node.path("text");
    }
    if (content.isMissingNode()) {
      throw new MalformedResponseException("choice " + position + " has neither 'message.content' nor 'text'");
    }
    String finish = node.path("finish_reason").isTextual() ? node.path("finish_reason").asText() : "unknown";
    return new Choice(node.path("index").asInt(position), content.isNull() ? "" : content.asText(), finish);
  }

  /** A 2xx answer that is not a usable completion. */
  public static final class MalformedResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedResponseException(String message) {
      super(message);
    }
  }
}
