package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.lm.FinishReason;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.core.lm.SamplingRequest;
import dev.synthforge.core.lm.SamplingResult;
import dev.synthforge.core.lm.SeededRandom;
import dev.synthforge.core.lm.WordTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the choices of a completion request: choice i uses seed + i. A request without a seed
 * gets one derived from a per-server request counter.
 *
 * <p>JSON answers count tokens as the word tokenizer splits the JSON text; one longer than the
 * token limit is cut there and ends with "length", invalid JSON as real servers send it.
 */
final class CompletionGenerator {

  /** The token limit of a text answer when the request sets none. */
  static final int DEFAULT_MAX_TOKENS = 512;

  private final NgramModel model;
  private final StructuredOutput structured;
  private final double promptWeight;
  private final AtomicLong unseededRequests = new AtomicLong();

  /** @param promptWeight how much text answers lean towards the prompt's words (0: not at all) */
  CompletionGenerator(NgramModel model, StructuredOutput structured, double promptWeight) {
    this.model = model;
    this.structured = structured;
    this.promptWeight = promptWeight;
  }

  List<SamplingResult> generate(CompletionRequest request) {
    long seed =
        request.seed().isPresent()
            ? request.seed().getAsLong()
            : SeededRandom.mix(model.fingerprint() ^ unseededRequests.incrementAndGet());
    List<SamplingResult> results = new ArrayList<>(request.n());
    for (int index = 0; index < request.n(); index++) {
      results.add(choice(request, seed + index));
    }
    return results;
  }

  private SamplingResult choice(CompletionRequest request, long seed) {
    return switch (request.format().kind()) {
      case TEXT -> model.sample(
          new SamplingRequest(
              request.prompt(),
              request.temperature(),
              request.topP(),
              request.maxTokens().orElse(DEFAULT_MAX_TOKENS),
              request.stop(),
              seed,
              promptWeight));
      case JSON_OBJECT -> json(anyObject(request, seed), request.maxTokens());
      case JSON_SCHEMA -> json(
          structured.value(
              request.format().schema(), request.prompt(), seed, request.temperature(), request.topP()),
          request.maxTokens());
    };
  }

  private JsonNode anyObject(CompletionRequest request, long seed) {
    SamplingRequest sampling =
        SamplingRequest.of(request.prompt(), seed)
            .withTemperature(request.temperature())
            .withTopP(request.topP());
    ObjectNode object = Json.object();
    object.put("response", model.sample(sampling).text());
    return object;
  }

  private static SamplingResult json(JsonNode value, OptionalInt maxTokens) {
    String text = Json.text(value);
    int tokens = WordTokenizer.countTokens(text);
    if (maxTokens.isPresent() && tokens > maxTokens.getAsInt()) {
      return new SamplingResult(
          WordTokenizer.prefixOfTokens(text, maxTokens.getAsInt()), maxTokens.getAsInt(), FinishReason.LENGTH);
    }
    return new SamplingResult(text, tokens, FinishReason.STOP);
  }
}
