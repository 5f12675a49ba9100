package dev.synthforge.config;

import dev.synthforge.core.curate.RuleCatalog;
import java.util.List;

/** Defaults of the curate section that are more than one value. */
final class CurateDefaults {

  /**
   * The rules run when a config names none: every rule that needs nothing beyond the rows and the
   * seeds. Cheap per-row checks come first so that dedup keeps a clean copy, and the first
   * rejection names the plainest reason.
   */
  static final List<String> RULES = List.of(
      RuleCatalog.TRUNCATION, RuleCatalog.SCHEMA, RuleCatalog.QUALITY, RuleCatalog.REFUSAL,
      RuleCatalog.PII, RuleCatalog.SEED_DEDUP, RuleCatalog.EXACT_DEDUP, RuleCatalog.NEAR_DUP,
      RuleCatalog.SEMANTIC_DEDUP, RuleCatalog.NOVELTY);

  private CurateDefaults() {}
}
