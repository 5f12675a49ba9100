package dev.synthforge.endpoint.builtin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes every request of the server to its handler, counts it, and turns refusals into
 * OpenAI-shaped error answers. While the server is unavailable, it drops every connection.
 */
final class RequestRouter implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(RequestRouter.class.getName());

  /** A route: the method it accepts, and its handler. */
  record Route(String method, RouteHandler handler) {}

  private final Map<String, Route> routes;
  private final ServerCounters counters;
  private volatile boolean available = true;

  RequestRouter(Map<String, Route> routes, ServerCounters counters) {
    this.routes = Map.copyOf(routes);
    this.counters = counters;
  }

  void setAvailable(boolean available) {
    this.available = available;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      if (!available) {
        counters.dropped();
        HttpExchanges.closeWithoutAnswer(exchange);
        return;
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      Route route = routes.get(path);
      counters.request(route == null ? "unknown" : path);
      try {
        if (route == null) {
          throw ApiException.unknownRoute(method, path);
        }
        if (!route.method().equals(method)) {
          exchange.getResponseHeaders().set("Allow", route.method());
          throw ApiException.methodNotAllowed(method, path);
        }
        route.handler().handle(exchange);
      } catch (ApiException e) {
        HttpExchanges.sendJson(exchange, e.status(), e.body());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Cannot answer " + method + " " + path, e);
        ApiException internal = ApiException.internal("Cannot answer the request: " + e);
        HttpExchanges.sendJson(exchange, internal.status(), internal.body());
      }
    } catch (IOException e) {
      // The client went away; there is nobody left to answer.
      LOG.log(Level.FINE, "Cannot answer a request: connection lost", e);
    } finally {
      exchange.close();
    }
  }
}
