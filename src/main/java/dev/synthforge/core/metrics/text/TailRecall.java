package dev.synthforge.core.metrics.text;

import dev.synthforge.core.metrics.Counts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How much of the real data's tail the synthetic data still holds: the real keys are ranked by
 * count (descending, ties by key in ascending string order, so the ranking does not depend on
 * how the counts were gathered); the head is the shortest prefix whose counts reach
 * {@code headMass} of the total (90% by default), and every key beyond it is rare. Tail recall is
 * the share of rare keys that the synthetic counts contain. Exact.
 *
 * @param rareKeys how many rare keys the real data has
 * @param recalledKeys how many of them the synthetic data contains
 */
public record TailRecall(long rareKeys, long recalledKeys) {

  /** The share of total count that the head holds. */
  public static final double DEFAULT_HEAD_MASS = 0.9;

  public TailRecall {
    if (rareKeys < 0 || recalledKeys < 0 || recalledKeys > rareKeys) {
      throw new IllegalArgumentException("Cannot report tail recall: " + recalledKeys
          + " recalled of " + rareKeys + " rare keys");
    }
  }

  /** Tail recall with the default head mass of 90%. */
  public static TailRecall of(Counts real, Counts synthetic) {
    return of(real, synthetic, DEFAULT_HEAD_MASS);
  }

  public static TailRecall of(Counts real, Counts synthetic, double headMass) {
    if (!(headMass > 0 && headMass <= 1)) {
      throw new IllegalArgumentException(
          "Cannot compute tail recall: head mass " + headMass + " must be in (0, 1]");
    }
    List<Map.Entry<String, Long>> ranked = new ArrayList<>(real.distinct());
    real.forEach((key, count) -> ranked.add(Map.entry(key, count)));
    ranked.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
        .thenComparing(Map.Entry::getKey));
    // Exact decimal arithmetic: 0.9 * 100 is 90.00000000000001 in doubles.
    long headCount = BigDecimal.valueOf(headMass).multiply(BigDecimal.valueOf(real.total()))
        .setScale(0, RoundingMode.CEILING).longValueExact();
    long cumulative = 0;
    int rank = 0;
    while (rank < ranked.size() && cumulative < headCount) {
      cumulative += ranked.get(rank).getValue();
      rank++;
    }
    long recalled = 0;
    for (Map.Entry<String, Long> entry : ranked.subList(rank, ranked.size())) {
      if (synthetic.count(entry.getKey()) > 0) {
        recalled++;
      }
    }
    return new TailRecall(ranked.size() - rank, recalled);
  }

  /** Recalled over rare keys; 1 when the real data has no rare keys (nothing could be lost). */
  public double value() {
    return rareKeys == 0 ? 1 : (double) recalledKeys / rareKeys;
  }
}
