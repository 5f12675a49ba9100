package dev.synthforge.endpoint.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the message and code of an error answer in any of the shapes servers send: OpenAI
 * ({@code {"error":{"message","code":"string"}}}), vLLM nested or flat with an int code
 * ({@code {"object":"error","message","code":503}}), TGI ({@code {"error":"...","error_type"}}),
 * FastAPI ({@code {"detail":...}}) or plain text.
 */
public final class ErrorBodyParser {
  private static final int MAX_MESSAGE = 300;
  private final ObjectMapper mapper;

  public ErrorBodyParser(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * An error answer's content.
   *
   * @param message the server's message, shortened; empty when none
   * @param code the server's code or type as text, e.g. "insufficient_quota"; empty when none
   */
  public record ErrorBody(String message, String code) {}

  public ErrorBody parse(byte[] body) {
    if (body == null || body.length == 0) {
      return new ErrorBody("", "");
    }
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException e) {
      return new ErrorBody(shorten(new String(body, StandardCharsets.UTF_8)), "");
    }
    if (root == null || !root.isObject()) {
      return new ErrorBody(shorten(new String(body, StandardCharsets.UTF_8)), "");
    }
    JsonNode error = root.path("error");
    if (error.isObject()) {
      return new ErrorBody(shorten(error.path("message").asText("")), code(error));
    }
    if (error.isTextual()) {
      return new ErrorBody(shorten(error.asText()), root.path("error_type").asText(""));
    }
    return new ErrorBody(shorten(root.path("message").asText(detail(root.path("detail")))), code(root));
  }

  /** FastAPI's {@code detail}: a text, or a list of validation errors kept as JSON. */
  private static String detail(JsonNode detail) {
    return detail.isContainerNode() ? detail.toString() : detail.asText("");
  }

  private static String code(JsonNode node) {
    JsonNode code = node.path("code");
    if (code.isTextual() || code.isNumber()) {
      return code.asText();
    }
    return node.path("type").asText("");
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + "...";
  }
}
