package dev.synthforge.core.lm;

/**
 * The unigram distribution raised to an inverse temperature, as cumulative weights over the
 * root's followers (most frequent first), for sampling the unigram tail of a tempered distribution.
 */
final class UnigramPowers {

  private final double inverseTemperature;
  private final double maxCount;
  private final double[] weights;
  private final double[] cumulative;

  UnigramPowers(NgramTables tables, double inverseTemperature) {
    this.inverseTemperature = inverseTemperature;
    int start = tables.offsets[0];
    int size = tables.offsets[1] - start;
    this.maxCount = tables.followerCounts[start];
    this.weights = new double[size];
    this.cumulative = new double[size];
    double sum = 0;
    for (int position = 0; position < size; position++) {
      weights[position] = weightOfCount(tables.followerCounts[start + position]);
      sum += weights[position];
      cumulative[position] = sum;
    }
  }

  /** {@code (count / maxCount) ^ inverseTemperature}. */
  double weightOfCount(int count) {
    double ratio = count / maxCount;
    return inverseTemperature == 1.0 ? ratio : Math.pow(ratio, inverseTemperature);
  }

  double maxCount() {
    return maxCount;
  }

  int size() {
    return weights.length;
  }

  double weight(int position) {
    return weights[position];
  }

  /** Sum of the weights of positions [0, end). */
  double total(int end) {
    return end == 0 ? 0 : cumulative[end - 1];
  }

  /** The first position whose cumulative weight exceeds {@code target}. */
  int positionOf(double target) {
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (cumulative[middle] > target) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }
}
