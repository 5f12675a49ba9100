package dev.synthforge.spark;

import dev.synthforge.config.EndpointConfig;
import dev.synthforge.config.EndpointType;
import dev.synthforge.endpoint.EndpointSpec;

import java.net.URI;

/** Resolves an endpoint config into the spec executors receive. */
final class EndpointSpecs {
  private EndpointSpecs() {}

  static EndpointSpec from(EndpointConfig endpoint, BuiltinEndpoints builtins) {
    URI baseUrl = endpoint.type() == EndpointType.BUILTIN
        ? builtins.baseUrl(endpoint.name())
        : endpoint.baseUrl().orElseThrow();
    return new EndpointSpec(
        endpoint.name(), baseUrl, endpoint.model(), endpoint.apiKeyEnv().orElse(null),
        endpoint.apiKeyFile().map(Object::toString).orElse(null), endpoint.maxConcurrency(),
        endpoint.weight(), endpoint.connectTimeout(), endpoint.requestTimeout(),
        endpoint.retry(), endpoint.concurrency(), endpoint.rateBudget(), endpoint.circuitBreaker());
  }
}
