package dev.synthforge.endpoint.builtin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** Answers the requests of one route. */
interface RouteHandler {

  void handle(HttpExchange exchange) throws IOException, ApiException;
}
