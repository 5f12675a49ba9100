package dev.synthforge.core.lab;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the collapse lab builds the training pool of generation k from the real data and the
 * generations before it.
 *
 * @param kind replace, accumulate or a fixed share of fresh real data
 * @param freshFraction the real share of each pool under {@link Kind#FRESH}; 0 otherwise
 */
public record LabPolicy(Kind kind, double freshFraction) {

  /** The three pool rules of the model-collapse literature. */
  public enum Kind {
    /** Only the last generation's data: generation k is fitted on generation k-1 alone. */
    REPLACE,
    /** All real data plus every generation so far. */
    ACCUMULATE,
    /** The last generation's data, with a fixed share replaced by real rows drawn anew each time. */
    FRESH
  }

  public LabPolicy {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.FRESH ? !(freshFraction > 0 && freshFraction < 1) : freshFraction != 0) {
      throw new IllegalArgumentException("Cannot define a lab policy " + kind
          + ": fresh fraction " + freshFraction + " must be within (0, 1) for FRESH and 0 otherwise");
    }
  }

  public static final LabPolicy REPLACE = new LabPolicy(Kind.REPLACE, 0);
  public static final LabPolicy ACCUMULATE = new LabPolicy(Kind.ACCUMULATE, 0);

  public static LabPolicy fresh(double fraction) {
    return new LabPolicy(Kind.FRESH, fraction);
  }

  /** Replace, accumulate and fresh real data at {@code freshFraction}, in that order. */
  public static List<LabPolicy> standard(double freshFraction) {
    return List.of(REPLACE, ACCUMULATE, fresh(freshFraction));
  }

  /** {@code replace}, {@code accumulate}, or {@code fresh-10} for a 10% fresh share. */
  public String name() {
    return kind == Kind.FRESH
        ? "fresh-" + Math.round(freshFraction * 100)
        : kind.name().toLowerCase(Locale.ROOT);
  }

  /** The task name its rows and metrics are kept under: {@code lab-replace}. */
  public String taskName() {
    return "lab-" + name();
  }
}
