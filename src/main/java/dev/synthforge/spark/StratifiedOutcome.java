package dev.synthforge.spark;

import dev.synthforge.core.metrics.representation.QuotaPlan;
import java.util.Map;
import java.util.Objects;

/**
 * What a stratified generate run planned and achieved per group of its attribute.
 *
 * @param attribute the seed attribute whose values are the groups
 * @param policy the quota policy in words
 * @param quotas per group: seeds, seed share, target share and planned samples (the target)
 * @param seedsWithoutValue seeds without a value of the attribute, outside the quotas
 * @param samplesWithoutValue samples planned for each of them
 * @param achieved succeeded samples of the plan per group, after the run, earlier runs included
 * @param achievedWithoutValue succeeded samples of the plan of seeds without a value
 */
public record StratifiedOutcome(
    String attribute,
    String policy,
    QuotaPlan quotas,
    long seedsWithoutValue,
    int samplesWithoutValue,
    Map<String, Long> achieved,
    long achievedWithoutValue) {

  public StratifiedOutcome {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(quotas, "quotas");
    achieved = Map.copyOf(achieved);
  }

  /** Succeeded samples of the plan in {@code group}; 0 when none. */
  public long achieved(String group) {
    return achieved.getOrDefault(group, 0L);
  }
}
