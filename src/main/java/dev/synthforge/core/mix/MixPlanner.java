package dev.synthforge.core.mix;

import dev.synthforge.core.errors.Errors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The arithmetic of a mix: how many rows of each stratum a policy takes.
 *
 * <p>Synthetic rows are capped first (per source, then per depth, then per group; a bucket over its
 * cap is cut proportionally), then the policy sets the real and synthetic totals, and each total
 * is split over its strata in proportion to their rows (largest remainder, ties in stratum order),
 * so every group keeps its share. A mix the rows cannot give is an error naming what was available.
 */
public final class MixPlanner {
  private static final String DO = "build the training mix";

  private MixPlanner() {}

  public static MixPlan plan(MixSpec spec, List<Stratum> strata) {
    List<Stratum> sorted = new ArrayList<>(strata);
    sorted.sort(Stratum.ORDER);
    List<Stratum> real = sorted.stream().filter(Stratum::real).toList();
    List<Stratum> synthetic = sorted.stream().filter(s -> !s.real()).toList();
    long realAvailable = real.stream().mapToLong(Stratum::available).sum();
    long syntheticAvailable = synthetic.stream().mapToLong(Stratum::available).sum();
    long[] capped = synthetic.stream().mapToLong(Stratum::available).toArray();
    cap(synthetic, capped, spec.caps().perSource(), Stratum::source);
    cap(synthetic, capped, spec.caps().perDepth(), Stratum::depth);
    cap(synthetic, capped, spec.caps().perGroup(), Stratum::group);
    long syntheticCapped = sum(capped);
    String pool = String.format(Locale.ROOT, "%d real rows and %d synthetic rows are available (%d before caps)",
        realAvailable, syntheticCapped, syntheticAvailable);

    long realTake;
    long syntheticTake;
    if (spec.policy() == MixPolicy.ACCUMULATE) {
      realTake = realAvailable;
      syntheticTake = syntheticCapped;
      if (spec.size().isPresent()) {
        long size = spec.size().getAsLong();
        if (size < realAvailable) {
          throw Errors.userError(DO, "accumulate keeps every real row, and mix.size " + size
              + " is below the " + realAvailable + " real rows; raise mix.size or use target-real-share");
        }
        syntheticTake = size - realAvailable;
        if (syntheticTake > syntheticCapped) {
          throw Errors.userError(DO, "mix.size " + size + " needs " + syntheticTake
              + " synthetic rows on top of every real row, but " + pool);
        }
      }
    } else {
      BigDecimal share = new BigDecimal(Double.toString(spec.realShare()));
      if (spec.size().isPresent()) {
        long size = spec.size().getAsLong();
        realTake = share.multiply(BigDecimal.valueOf(size)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        syntheticTake = size - realTake;
        if (realTake > realAvailable || syntheticTake > syntheticCapped) {
          throw Errors.userError(DO, String.format(Locale.ROOT,
              "mix.size %d at real share %s needs %d real and %d synthetic rows, but %s",
              size, spec.realShare(), realTake, syntheticTake, pool));
        }
      } else if (share.compareTo(BigDecimal.ONE) == 0) {
        realTake = realAvailable;
        syntheticTake = 0;
      } else if (share.signum() == 0) {
        realTake = 0;
        syntheticTake = syntheticCapped;
      } else {
        BigDecimal rest = BigDecimal.ONE.subtract(share);
        long wanted = BigDecimal.valueOf(realAvailable).multiply(rest).divide(share, 0, RoundingMode.FLOOR)
            .longValueExact();
        if (syntheticCapped >= wanted) {
          realTake = realAvailable;
          syntheticTake = wanted;
        } else {
          syntheticTake = syntheticCapped;
          realTake = BigDecimal.valueOf(syntheticCapped).multiply(share).divide(rest, 0, RoundingMode.FLOOR)
              .longValueExact();
        }
      }
    }
    if (realTake + syntheticTake == 0) {
      throw Errors.userError(DO, "the mix would be empty: " + pool
          + (spec.policy() == MixPolicy.TARGET_REAL_SHARE ? " at real share " + spec.realShare() : ""));
    }
    List<StratumTake> takes = new ArrayList<>();
    long[] realShares = Allocation.proportional(realTake, real.stream().mapToLong(Stratum::available).toArray());
    for (int i = 0; i < real.size(); i++) {
      takes.add(new StratumTake(real.get(i), realShares[i]));
    }
    long[] syntheticShares = Allocation.proportional(syntheticTake, capped);
    for (int i = 0; i < synthetic.size(); i++) {
      takes.add(new StratumTake(synthetic.get(i), syntheticShares[i]));
    }
    takes.sort((a, b) -> Stratum.ORDER.compare(a.stratum(), b.stratum()));
    return new MixPlan(takes);
  }

  /** Cuts every bucket of strata (same key) over the cap down to it, proportionally. */
  private static void cap(List<Stratum> strata, long[] rows, OptionalLong cap, Function<Stratum, Object> key) {
    if (cap.isEmpty()) {
      return;
    }
    Map<Object, List<Integer>> buckets = new LinkedHashMap<>();
    for (int i = 0; i < strata.size(); i++) {
      buckets.computeIfAbsent(key.apply(strata.get(i)), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> members : buckets.values()) {
      long[] weights = members.stream().mapToLong(i -> rows[i]).toArray();
      if (sum(weights) <= cap.getAsLong()) {
        continue;
      }
      long[] shares = Allocation.proportional(cap.getAsLong(), weights);
      for (int k = 0; k < members.size(); k++) {
        rows[members.get(k)] = shares[k];
      }
    }
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long value : values) {
      total += value;
    }
    return total;
  }
}
