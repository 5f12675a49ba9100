package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Set;

/**
 * A curation rule that judges one row on its own. Implementations are immutable, thread-safe and
 * serializable, so one instance can be shipped to every executor; {@link #evaluate} never throws
 * for any text, and a rejection's reason is always one of {@link #reasonCodes()}.
 */
public interface RowRule extends Serializable {

  /** The rule's name in the {@link RuleCatalog}, recorded in each of its verdicts. */
  String name();

  /** Every reason code this rule may give a rejection; stable across versions. */
  Set<String> reasonCodes();

  /** Judges one row. */
  Verdict evaluate(CurationInput input);
}
