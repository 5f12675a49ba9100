package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Objects;

/**
 * Two rows that a dedup step found similar enough to belong to one duplicate cluster.
 *
 * @param first one row id
 * @param second the other row id
 */
public record CandidatePair(String first, String second) implements Serializable {

  private static final long serialVersionUID = 1L;

  public CandidatePair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
