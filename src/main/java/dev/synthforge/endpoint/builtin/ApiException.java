package dev.synthforge.endpoint.builtin;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A request the endpoint refuses, answered with an OpenAI-shaped error body. */
final class ApiException extends Exception {

  private final int status;
  private final String type;
  private final String param;
  private final String code;

  private ApiException(int status, String message, String type, String param, String code) {
    super(message);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
  }

  /** 400: the request is malformed or a field has a bad value. */
  static ApiException invalid(String param, String message) {
    return new ApiException(400, message, "invalid_request_error", param, null);
  }

  static ApiException modelNotFound(String model) {
    return new ApiException(
        404,
        "The model `" + model + "` does not exist or you do not have access to it.",
        "invalid_request_error",
        "model",
        "model_not_found");
  }

  static ApiException unknownRoute(String method, String path) {
    return new ApiException(
        404, "Invalid URL (" + method + " " + path + ")", "invalid_request_error", null, "unknown_url");
  }

  static ApiException methodNotAllowed(String method, String path) {
    return new ApiException(
        405,
        "Cannot " + method + " " + path + ": method not allowed",
        "invalid_request_error",
        null,
        "method_not_allowed");
  }

  static ApiException internal(String message) {
    return new ApiException(500, message, "server_error", null, null);
  }

  int status() {
    return status;
  }

  byte[] body() {
    ObjectNode error = Json.object();
    error.put("message", getMessage());
    error.put("type", type);
    error.put("param", param);
    error.put("code", code);
    ObjectNode body = Json.object();
    body.set("error", error);
    return Json.bytes(body);
  }
}
