package dev.synthforge.endpoint.builtin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reading requests and writing answers on the JDK server's exchanges. */
final class HttpExchanges {

  private HttpExchanges() {}

  static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return in.readAllBytes();
    }
  }

  static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    send(exchange, status, body);
  }

  /** Sends {@code body} with a Content-Length, which keeps the connection alive for the next request. */
  static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /**
   * Closes the connection without sending anything: the JDK server drops the connection of an
   * exchange that is closed before its response headers are sent.
   */
  static void closeWithoutAnswer(HttpExchange exchange) {
    exchange.close();
  }
}
