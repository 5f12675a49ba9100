package dev.synthforge.endpoint.builtin;

import java.util.Map;
import java.util.Objects;

/**
 * A snapshot of what a {@link BuiltinServer} has served since it started.
 *
 * @param requestsByRoute requests received per route path ("/v1/chat/completions"); paths the
 *     server does not serve count under "unknown"
 * @param completionsServed chat and text completion responses answered in full
 * @param choicesServed choices in those responses (a request with {@code n = 3} serves 3)
 * @param embeddingsServed embedding vectors answered
 * @param faultsByKind injected faults per kind: rate_limited, server_error, timeout, reset,
 *     malformed, truncated
 * @param droppedWhileUnavailable requests whose connection was closed while the server was set
 *     unavailable
 * @param inFlight model requests in service now (holding a slot, when capacity is limited)
 * @param maxInFlight most model requests ever in service at once
 * @param queued model requests waiting for a slot now
 */
public record BuiltinServerStats(
    Map<String, Long> requestsByRoute,
    long completionsServed,
    long choicesServed,
    long embeddingsServed,
    Map<String, Long> faultsByKind,
    long droppedWhileUnavailable,
    int inFlight,
    int maxInFlight,
    int queued) {

  public BuiltinServerStats {
    requestsByRoute = Map.copyOf(Objects.requireNonNull(requestsByRoute, "requestsByRoute"));
    faultsByKind = Map.copyOf(Objects.requireNonNull(faultsByKind, "faultsByKind"));
  }

  /** Requests received on {@code route}, 0 if none. */
  public long requests(String route) {
    return requestsByRoute.getOrDefault(route, 0L);
  }

  /** Faults of {@code kind} injected, 0 if none. */
  public long faults(String kind) {
    return faultsByKind.getOrDefault(kind, 0L);
  }
}
