package dev.synthforge.core.mix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits a whole number of rows over weights: largest remainder, ties to the earlier weight. */
final class Allocation {
  private Allocation() {}

  /**
   * Shares of {@code total} proportional to {@code weights}; they sum to {@code total}, and none
   * exceeds its weight when {@code total} is at most the weights' sum.
   */
  static long[] proportional(long total, long[] weights) {
    long[] shares = new long[weights.length];
    BigInteger sum = BigInteger.ZERO;
    for (long weight : weights) {
      sum = sum.add(BigInteger.valueOf(weight));
    }
    if (total == 0 || sum.signum() == 0) {
      return shares;
    }
    BigInteger whole = BigInteger.valueOf(total);
    BigInteger[] remainders = new BigInteger[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] division = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(sum);
      shares[i] = division[0].longValueExact();
      remainders[i] = division[1];
      given += shares[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; given < total; k++, given++) {
      shares[order.get(k % order.size())]++;
    }
    return shares;
  }
}
