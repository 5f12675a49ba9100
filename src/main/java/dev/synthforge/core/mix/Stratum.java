package dev.synthforge.core.mix;

import java.util.Comparator;
import java.util.Objects;

/**
 * The rows of one source, generation depth and group, and how many there are.
 *
 * @param source {@link #REAL} for the real pool, else the synthetic rows' source (their task)
 * @param depth generation depth: 0 for real rows
 * @param group values of the stratify-by attributes, {@code a=x,b=y}; empty when there are none
 * @param available rows there are to take from
 */
public record Stratum(String source, int depth, String group, long available) {
  /** The source name of the real pool. */
  public static final String REAL = "real";

  /** The order strata are listed and ties are broken in: source, depth, group. */
  public static final Comparator<Stratum> ORDER = Comparator.comparing(Stratum::source)
      .thenComparingInt(Stratum::depth).thenComparing(Stratum::group);

  public Stratum {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(group, "group");
    if (available < 0) {
      throw new IllegalArgumentException("Cannot describe a stratum: available rows < 0");
    }
  }

  public boolean real() {
    return source.equals(REAL);
  }
}
