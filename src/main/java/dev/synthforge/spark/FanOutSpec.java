package dev.synthforge.spark;

import dev.synthforge.core.lineage.OutputCheck;
import dev.synthforge.core.lineage.RunBudget;
import dev.synthforge.core.lineage.RunContext;
import dev.synthforge.endpoint.EndpointSpec;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an executor needs to send a partition's requests: small, serializable, resolved on
 * the driver. It holds no API key; executors read keys from their environment or files.
 *
 * @param run lineage shared by every row
 * @param endpoints the endpoint pool
 * @param slotsPerJvm each endpoint's slots in one executor JVM (its budget over executors)
 * @param systemPrompt the system prompt, or null
 * @param jsonSchema the structured-output schema, or null
 * @param check validates each output (schema), or accepts all
 * @param useN whether a seed's samples go in one call with n
 * @param deadlineEpochMillis wall-clock time after which no call is sent; Long.MAX_VALUE for none
 * @param endpointWaitMillis how long a call waits while every endpoint's circuit is open
 * @param journalRoot where tasks journal their responses (see {@link ResponseJournal})
 * @param budget this executor's share of the run's token and cost budget
 * @param pricesPerMillion per endpoint name: USD per million prompt and completion tokens
 */
record FanOutSpec(
    RunContext run,
    List<EndpointSpec> endpoints,
    List<Integer> slotsPerJvm,
    String systemPrompt,
    String jsonSchema,
    OutputCheck check,
    boolean useN,
    long deadlineEpochMillis,
    long endpointWaitMillis,
    String journalRoot,
    RunBudget budget,
    Map<String, double[]> pricesPerMillion)
    implements Serializable {

  FanOutSpec {
    Objects.requireNonNull(run, "run");
    endpoints = List.copyOf(endpoints);
    slotsPerJvm = List.copyOf(slotsPerJvm);
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(budget, "budget");
    pricesPerMillion = Map.copyOf(pricesPerMillion);
  }
}
