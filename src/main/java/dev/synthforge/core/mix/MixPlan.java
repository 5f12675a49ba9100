package dev.synthforge.core.mix;

import java.util.List;

/** Rows to take per stratum, in {@link Stratum#ORDER}. */
public record MixPlan(List<StratumTake> takes) {
  public MixPlan {
    takes = List.copyOf(takes);
  }

  public long realRows() {
    return takes.stream().filter(t -> t.stratum().real()).mapToLong(StratumTake::take).sum();
  }

  public long syntheticRows() {
    return takes.stream().filter(t -> !t.stratum().real()).mapToLong(StratumTake::take).sum();
  }

  public long rows() {
    return realRows() + syntheticRows();
  }
}
