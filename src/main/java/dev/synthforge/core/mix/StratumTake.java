package dev.synthforge.core.mix;

import java.util.Objects;

/** How many rows of a stratum go into the mix. */
public record StratumTake(Stratum stratum, long take) {
  public StratumTake {
    Objects.requireNonNull(stratum, "stratum");
    if (take < 0 || take > stratum.available()) {
      throw new IllegalArgumentException("Cannot take " + take + " of " + stratum.available() + " rows");
    }
  }
}
