package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.lm.SamplingResult;
import java.time.Instant;
import java.util.List;

/** The JSON bodies of successful answers, in the exact shapes of the OpenAI API. */
final class ResponseBodies {

  private ResponseBodies() {}

  static byte[] chatCompletion(String id, ServedModel served, List<SamplingResult> results, int promptTokens) {
    ObjectNode body = envelope(id, "chat.completion", served);
    ArrayNode choices = body.putArray("choices");
    for (int index = 0; index < results.size(); index++) {
      ObjectNode choice = choices.addObject();
      choice.put("index", index);
      ObjectNode message = choice.putObject("message");
      message.put("role", "assistant");
      message.put("content", results.get(index).text());
      choice.putNull("logprobs");
      choice.put("finish_reason", results.get(index).finishReason().apiName());
    }
    body.set("usage", usage(promptTokens, completionTokens(results)));
    return Json.bytes(body);
  }

  static byte[] textCompletion(String id, ServedModel served, List<SamplingResult> results, int promptTokens) {
    ObjectNode body = envelope(id, "text_completion", served);
    ArrayNode choices = body.putArray("choices");
    for (int index = 0; index < results.size(); index++) {
      ObjectNode choice = choices.addObject();
      choice.put("index", index);
      choice.put("text", results.get(index).text());
      choice.putNull("logprobs");
      choice.put("finish_reason", results.get(index).finishReason().apiName());
    }
    body.set("usage", usage(promptTokens, completionTokens(results)));
    return Json.bytes(body);
  }

  /** The served model, and the embedding model under its own name. */
  static byte[] models(ServedModel served) {
    ObjectNode body = Json.object();
    body.put("object", "list");
    ArrayNode data = body.putArray("data");
    for (String id : List.of(served.name(), MiniLmEmbeddings.MODEL_NAME)) {
      ObjectNode model = data.addObject();
      model.put("id", id);
      model.put("object", "model");
      model.put("created", served.created());
      model.put("owned_by", "synthforge");
    }
    return Json.bytes(body);
  }

  static int completionTokens(List<SamplingResult> results) {
    return results.stream().mapToInt(SamplingResult::completionTokens).sum();
  }

  static ObjectNode usage(int promptTokens, int completionTokens) {
    ObjectNode usage = Json.object();
    usage.put("prompt_tokens", promptTokens);
    usage.put("completion_tokens", completionTokens);
    usage.put("total_tokens", promptTokens + completionTokens);
    return usage;
  }

  private static ObjectNode envelope(String id, String object, ServedModel served) {
    ObjectNode body = Json.object();
    body.put("id", id);
    body.put("object", object);
    body.put("created", Instant.now().getEpochSecond());
    body.put("model", served.name());
    body.put("system_fingerprint", served.systemFingerprint());
    return body;
  }
}
