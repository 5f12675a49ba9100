package dev.synthforge.core.curate;

import dev.synthforge.core.NameSuggestions;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The curation rules that job configs can name, and lookup by name with a suggestion. */
public final class RuleCatalog {

  public static final String EXACT_DEDUP = "exact-dedup";
  public static final String NEAR_DUP = "near-dup";
  public static final String SEMANTIC_DEDUP = "semantic-dedup";
  public static final String SEED_DEDUP = "seed-dedup";
  public static final String QUALITY = "quality";
  public static final String REFUSAL = "refusal";
  public static final String TRUNCATION = "truncation";
  public static final String SCHEMA = "schema";
  public static final String PII = "pii";
  public static final String DECONTAMINATION = "decontamination";
  public static final String NOVELTY = "novelty";
  public static final String JUDGE = "judge";

  private static final List<CatalogRule> RULES =
      List.of(
          new CatalogRule(EXACT_DEDUP, RuleScope.SET,
              "Keeps one row per normalised text (TextNormalizer.exactKey)."),
          new CatalogRule(NEAR_DUP, RuleScope.SET,
              "Keeps one row per cluster of near duplicates: MinHash, banded LSH, connected"
                  + " components."),
          new CatalogRule(SEMANTIC_DEDUP, RuleScope.SET,
              "Drops rows whose embedding is within cosine 1 - epsilon of a kept row of its"
                  + " cluster (SemDeDup)."),
          new CatalogRule(SEED_DEDUP, RuleScope.REFERENCE,
              "Rejects rows that copy a seed: same exact key, or a shared MinHash band key."),
          new CatalogRule(QUALITY, RuleScope.ROW,
              "Gopher and C4 heuristics adapted to short generations."),
          new CatalogRule(REFUSAL, RuleScope.ROW,
              "Rejects refusals and boilerplate: AI self-references, apologies, placeholders."),
          new CatalogRule(TRUNCATION, RuleScope.ROW,
              "Rejects outputs that hit the token limit (finish_reason 'length')."),
          new CatalogRule(SCHEMA, RuleScope.ROW,
              "Rejects structured outputs that are not JSON or break the task's schema."),
          new CatalogRule(PII, RuleScope.ROW,
              "Flags or masks e-mail addresses, phone numbers, card numbers, secrets and IPs."),
          new CatalogRule(DECONTAMINATION, RuleScope.REFERENCE,
              "Rejects rows sharing a word 13-gram with an evaluation set."),
          new CatalogRule(NOVELTY, RuleScope.SET,
              "Keeps a row only if its ROUGE-L to every row kept before it is below 0.7."),
          new CatalogRule(JUDGE, RuleScope.MODEL,
              "Scores rows with a judge model against a rubric; keeps those scoring high"
                  + " enough."));

  private RuleCatalog() {}

  /** Every rule, in catalog order. */
  public static List<CatalogRule> rules() {
    return RULES;
  }

  /** The names of every rule, in catalog order. */
  public static List<String> names() {
    return RULES.stream().map(CatalogRule::name).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The rule named {@code name}, exactly as written in the catalog.
   *
   * @throws IllegalArgumentException for an unknown name, suggesting the closest known one
   */
  public static CatalogRule lookup(String name) {
    Objects.requireNonNull(name, "name");
    for (CatalogRule rule : RULES) {
      if (rule.name().equals(name)) {
        return rule;
      }
    }
    String hint =
        suggest(name)
            .map(known -> "did you mean '" + known + "'?")
            .orElseGet(() -> "expected one of: " + String.join(", ", names()));
    throw new IllegalArgumentException("Unknown curation rule '" + name + "'; " + hint);
  }

  /** The known name closest to {@code unknownName}, if one is close enough to be a typo. */
  public static Optional<String> suggest(String unknownName) {
    return NameSuggestions.closest(names(), unknownName);
  }
}
