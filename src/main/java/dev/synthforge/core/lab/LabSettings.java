package dev.synthforge.core.lab;

import java.util.HashSet;
import java.util.List;

/**
 * One collapse lab run: how many recursive generations, under which policies.
 *
 * @param generations generations per policy, at least 1
 * @param policies the pool rules run side by side, names unique
 */
public record LabSettings(int generations, List<LabPolicy> policies) {

  public LabSettings {
    policies = List.copyOf(policies);
    if (generations < 1) {
      throw new IllegalArgumentException("Cannot run the lab: generations " + generations + " must be >= 1");
    }
    if (policies.isEmpty()) {
      throw new IllegalArgumentException("Cannot run the lab: no policy");
    }
    if (new HashSet<>(policies.stream().map(LabPolicy::name).toList()).size() != policies.size()) {
      throw new IllegalArgumentException("Cannot run the lab: policy names repeat in " + policies);
    }
  }
}
