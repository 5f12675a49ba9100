package dev.synthforge.config;

import dev.synthforge.core.metrics.representation.QuotaPolicy;
import dev.synthforge.core.metrics.representation.SamplesPerSeed;
import java.util.Objects;
import java.util.Optional;

/**
 * Stratified generation: per-group sample quotas over one seed attribute, so that a group rare in
 * the seeds is not left rare in the generations. The run still asks for seeds x samples-per-seed
 * samples; the quotas only move them between groups.
 *
 * @param attribute the seed column whose values are the groups; one of {@code seeds.attributes}
 * @param policy how a group's target share follows its share of the seeds
 * @param minSamplesPerSeed fewest samples of a seed with a value, at most samples-per-seed
 * @param maxSamplesPerSeed most samples of a seed, at least samples-per-seed; empty for no limit
 */
public record StratifyConfig(
    String attribute, QuotaPolicy policy, int minSamplesPerSeed, Optional<Integer> maxSamplesPerSeed) {

  public StratifyConfig {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(maxSamplesPerSeed, "maxSamplesPerSeed");
  }

  /** The bounds on one seed's samples around a mean of {@code samplesPerSeed}. */
  public SamplesPerSeed samplesPerSeed(int samplesPerSeed) {
    return new SamplesPerSeed(
        samplesPerSeed, minSamplesPerSeed, maxSamplesPerSeed.orElse(Integer.MAX_VALUE));
  }

  /** The policy in words, as {@code tempered, temperature 0.5} or {@code floor 1/(2K)}. */
  public String describePolicy() {
    if (policy instanceof QuotaPolicy.Tempered tempered) {
      return "tempered, temperature " + tempered.temperature();
    }
    QuotaPolicy.Floor floor = (QuotaPolicy.Floor) policy;
    return floor.share().isPresent() ? "floor " + floor.share().getAsDouble() : "floor 1/(2K)";
  }
}
