package dev.synthforge.spark;

import dev.synthforge.endpoint.EndpointClient;
import dev.synthforge.endpoint.EndpointPool;
import dev.synthforge.endpoint.EndpointSpec;
import dev.synthforge.endpoint.http.OpenAiHttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One endpoint pool per executor JVM and job configuration, shared by all its tasks, so the
 * JVM's share of each endpoint's concurrency budget holds across tasks and connections are reused.
 */
final class ExecutorEndpoints {
  private static final Map<List<Object>, EndpointPool> POOLS = new ConcurrentHashMap<>();

  private ExecutorEndpoints() {}

  static EndpointPool pool(List<EndpointSpec> specs, List<Integer> slotsPerJvm) {
    List<Object> key = List.of(specs, slotsPerJvm);
    return POOLS.computeIfAbsent(key, unused -> {
      List<EndpointClient> clients = new ArrayList<>();
      for (EndpointSpec spec : specs) {
        clients.add(new OpenAiHttpClient(spec));
      }
      return new EndpointPool(clients, slotsPerJvm);
    });
  }
}
