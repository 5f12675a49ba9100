package dev.synthforge.endpoint.builtin;

import com.sun.net.httpserver.HttpExchange;
import dev.synthforge.core.endpoint.FaultRates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A route that runs a model (completions, embeddings), the way a GPU model server would: the
 * request is validated, meets its injected fault if any, waits for a slot, is computed, held for
 * its emulated service time, then answered.
 *
 * <p>Validation comes first, so a bad request gets its 400 whatever the fault rates. A "timeout"
 * is held before the request queues, so that it does not take a slot from others while stuck.
 */
final class ModelRoute implements RouteHandler {

  private static final byte[] MALFORMED_BODY =
      "upstream model worker crashed while writing the response".getBytes(StandardCharsets.UTF_8);

  private final ModelCallParser parser;
  private final EmulationGate gate;
  private final ServerCounters counters;

  ModelRoute(ModelCallParser parser, EmulationGate gate, ServerCounters counters) {
    this.parser = parser;
    this.gate = gate;
    this.counters = counters;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException, ApiException {
    ModelCall call = parser.parse(Json.parseObject(HttpExchanges.readBody(exchange)));
    Fault fault = gate.drawFault();
    counters.fault(fault);
    FaultRates rates = gate.emulation().faults();
    try {
      switch (fault) {
        case RESET -> {
          HttpExchanges.closeWithoutAnswer(exchange);
          return;
        }
        case RATE_LIMITED -> {
          sendRateLimited(exchange, rates.retryAfter());
          return;
        }
        case SERVER_ERROR -> {
          sendServerError(exchange);
          return;
        }
        case TIMEOUT -> Thread.sleep(rates.timeoutHold().toMillis());
        default -> {}
      }
      ModelAnswer answer;
      try (EmulationGate.Slot slot = gate.enter()) {
        answer = call.answer();
        slot.holdFor(answer.completionTokens());
      }
      if (fault == Fault.MALFORMED) {
        HttpExchanges.sendJson(exchange, 200, MALFORMED_BODY);
      } else if (fault == Fault.TRUNCATED) {
        HttpExchanges.sendJson(exchange, 200, Arrays.copyOf(answer.body(), answer.body().length / 2));
      } else {
        HttpExchanges.sendJson(exchange, 200, answer.body());
        counters.served(answer);
      }
    } catch (InterruptedException e) {
      // The server is closing: leave without an answer.
      Thread.currentThread().interrupt();
      HttpExchanges.closeWithoutAnswer(exchange);
    }
  }

  /** 429 the way hosted APIs send it: whole seconds in Retry-After, milliseconds in retry-after-ms. */
  private static void sendRateLimited(HttpExchange exchange, Duration retryAfter) throws IOException {
    long millis = retryAfter.toMillis();
    exchange.getResponseHeaders().set("Retry-After", Long.toString((millis + 999) / 1000));
    exchange.getResponseHeaders().set("retry-after-ms", Long.toString(millis));
    var error = Json.object();
    error.put("message", "Rate limit reached");
    error.put("type", "requests");
    error.putNull("param");
    error.put("code", "rate_limit_exceeded");
    var body = Json.object();
    body.set("error", error);
    HttpExchanges.sendJson(exchange, 429, Json.bytes(body));
  }

  /** 503 with vLLM's flat error body, whose code is the status as a number. */
  private static void sendServerError(HttpExchange exchange) throws IOException {
    var body = Json.object();
    body.put("object", "error");
    body.put("message", "The model server is overloaded, try again later (injected fault)");
    body.put("type", "ServiceUnavailableError");
    body.putNull("param");
    body.put("code", 503);
    HttpExchanges.sendJson(exchange, 503, Json.bytes(body));
  }
}
