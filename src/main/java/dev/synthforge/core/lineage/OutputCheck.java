package dev.synthforge.core.lineage;

import java.io.Serializable;
import java.util.Optional;

/** Checks one generated text, e.g. against the task's JSON schema. */
@FunctionalInterface
public interface OutputCheck extends Serializable {

  /** A description of what is wrong with {@code text}, or empty when it is valid. */
  Optional<String> problem(String text);

  /** A check that accepts everything: free-text tasks. */
  static OutputCheck none() {
    return text -> Optional.empty();
  }
}
