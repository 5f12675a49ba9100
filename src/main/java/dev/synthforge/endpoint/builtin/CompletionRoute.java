package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.lm.SamplingResult;
import dev.synthforge.core.lm.SeededRandom;
import dev.synthforge.core.lm.WordTokenizer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Parses {@code /v1/chat/completions} and {@code /v1/completions} requests into calls that answer
 * with sampled choices. A chat is conditioned on its last user message.
 */
final class CompletionRoute implements ModelCallParser {

  /** The two completion APIs. */
  enum Api {
    CHAT("chatcmpl-"),
    TEXT("cmpl-");

    private final String idPrefix;

    Api(String idPrefix) {
      this.idPrefix = idPrefix;
    }
  }

  private final Api api;
  private final ServedModel served;
  private final CompletionGenerator generator;
  private final AtomicLong ids = new AtomicLong(System.nanoTime());

  CompletionRoute(Api api, ServedModel served, CompletionGenerator generator) {
    this.api = api;
    this.served = served;
    this.generator = generator;
  }

  @Override
  public ModelCall parse(ObjectNode body) throws ApiException {
    String model = RequestFields.requiredText(body, "model");
    if (!model.equals(served.name())) {
      throw ApiException.modelNotFound(model);
    }
    CompletionRequest request = api == Api.CHAT ? chat(body) : text(body);
    String id = api.idPrefix + String.format("%016x", SeededRandom.mix(ids.incrementAndGet()));
    return () -> {
      List<SamplingResult> results = generator.generate(request);
      byte[] answer =
          api == Api.CHAT
              ? ResponseBodies.chatCompletion(id, served, results, request.promptTokens())
              : ResponseBodies.textCompletion(id, served, results, request.promptTokens());
      return new ModelAnswer(answer, ResponseBodies.completionTokens(results), results.size(), 0);
    };
  }

  private static CompletionRequest chat(ObjectNode body) throws ApiException {
    JsonNode messages = body.get("messages");
    if (messages == null || !messages.isArray() || messages.isEmpty()) {
      throw ApiException.invalid(
          "messages", "Cannot serve the request: 'messages' must be a non-empty array");
    }
    String prompt = null;
    String lastContent = "";
    int promptTokens = 0;
    for (JsonNode message : messages) {
      if (!message.isObject() || !message.path("role").isTextual()) {
        throw RequestFields.invalid("messages", message, "must hold objects with a 'role'");
      }
      lastContent = content(message.get("content"));
      promptTokens += WordTokenizer.countTokens(lastContent);
      if (message.get("role").asText().equals("user")) {
        prompt = lastContent;
      }
    }
    return CompletionRequest.parse(body, prompt == null ? lastContent : prompt, promptTokens);
  }

  private static CompletionRequest text(ObjectNode body) throws ApiException {
    JsonNode prompt = body.get("prompt");
    if (prompt != null && prompt.isArray() && prompt.size() == 1) {
      prompt = prompt.get(0);
    }
    if (prompt == null || !prompt.isTextual()) {
      throw ApiException.invalid(
          "prompt", "Cannot serve the request: 'prompt' must be a string (or an array of one string)");
    }
    return CompletionRequest.parse(body, prompt.asText(), WordTokenizer.countTokens(prompt.asText()));
  }

  /** A message's text: a string, or the text parts of an array of content parts. */
  private static String content(JsonNode content) throws ApiException {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isTextual()) {
      return content.asText();
    }
    if (content.isArray()) {
      StringBuilder text = new StringBuilder();
      for (JsonNode part : content) {
        if (part.path("text").isTextual()) {
          text.append(text.length() == 0 ? "" : "\n").append(part.get("text").asText());
        }
      }
      return text.toString();
    }
    throw RequestFields.invalid("messages", content, "content must be a string or an array of parts");
  }
}
