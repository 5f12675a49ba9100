package dev.synthforge.core.mix;

import java.util.Objects;

/** A Delta table at one version, read again by time travel. */
public record TablePin(String table, long version) {
  public TablePin {
    Objects.requireNonNull(table, "table");
  }
}
