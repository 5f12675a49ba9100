package dev.synthforge.core.curate;

import java.util.Objects;

/**
 * One curation rule that job configs can name.
 *
 * @param name the name configs use, such as {@code near-dup}
 * @param scope what the rule needs besides the row
 * @param description one line on what the rule rejects
 */
public record CatalogRule(String name, RuleScope scope, String description) {

  public CatalogRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(description, "description");
  }
}
