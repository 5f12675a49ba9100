package dev.synthforge.core.mix;

import java.util.List;
import java.util.Objects;

/**
 * What pins a mix: the inputs at their versions, the spec and the rows taken per stratum. A
 * rebuild from it reads the same versions with the same spec and must find the same strata.
 *
 * @param runId the mix run that wrote it
 * @param createdAt ISO instant
 * @param codeVersion synthforge version
 * @param configHash config hash of the run
 * @param spec the policy and sampling settings used
 * @param seeds the real pool
 * @param curated the curated table (kept rows are the synthetic pool)
 * @param generations the generations table (lineage of the synthetic rows)
 * @param output the training mix table at the version this run wrote
 * @param takes rows available and taken per stratum
 */
public record MixManifest(String runId, String createdAt, String codeVersion, String configHash, MixSpec spec,
    SeedPin seeds, TablePin curated, TablePin generations, TablePin output, List<StratumTake> takes) {
  public static final int FORMAT_VERSION = 1;

  public MixManifest {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(codeVersion, "codeVersion");
    Objects.requireNonNull(configHash, "configHash");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(seeds, "seeds");
    Objects.requireNonNull(curated, "curated");
    Objects.requireNonNull(generations, "generations");
    Objects.requireNonNull(output, "output");
    takes = List.copyOf(takes);
  }

  public MixPlan plan() {
    return new MixPlan(takes);
  }
}
