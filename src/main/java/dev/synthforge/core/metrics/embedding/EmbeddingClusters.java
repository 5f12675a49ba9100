package dev.synthforge.core.metrics.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Groups for representation when the seeds carry no attribute: k-means (cosine, on unit vectors)
 * over a sample of real embeddings, seeded k-means++ start and Lloyd iterations, so equal inputs
 * give equal centroids; any text is then assigned the group of its nearest centroid.
 */
public final class EmbeddingClusters {

  private static final int ITERATIONS = 25;

  private final List<float[]> centroids;

  private EmbeddingClusters(List<float[]> centroids) {
    this.centroids = List.copyOf(centroids);
  }

  /**
   * Fits {@code k} clusters (fewer when there are fewer distinct points) on unit vectors.
   *
   * @throws IllegalArgumentException when there are no points or k is below 1
   */
  public static EmbeddingClusters fit(List<float[]> points, int k, long seed) {
    if (points.isEmpty() || k < 1) {
      throw new IllegalArgumentException("Cannot fit embedding clusters: " + points.size()
          + " points and k = " + k + "; need at least one point and k >= 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<float[]> centroids = new ArrayList<>();
    centroids.add(points.get(random.nextInt(points.size())).clone());
    double[] distance = new double[points.size()];
    while (centroids.size() < Math.min(k, points.size())) {
      double total = 0;
      for (int i = 0; i < points.size(); i++) {
        distance[i] = 1 - maxCosine(points.get(i), centroids);
        total += Math.max(0, distance[i]);
      }
      if (total <= 0) {
        break;
      }
      double target = random.nextDouble() * total;
      int chosen = points.size() - 1;
      for (int i = 0; i < points.size(); i++) {
        target -= Math.max(0, distance[i]);
        if (target <= 0) {
          chosen = i;
          break;
        }
      }
      centroids.add(points.get(chosen).clone());
    }
    int dimension = points.get(0).length;
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[][] sums = new double[centroids.size()][dimension];
      int[] sizes = new int[centroids.size()];
      for (float[] point : points) {
        int nearest = nearest(point, centroids);
        sizes[nearest]++;
        for (int d = 0; d < dimension; d++) {
          sums[nearest][d] += point[d];
        }
      }
      List<float[]> next = new ArrayList<>();
      for (int c = 0; c < centroids.size(); c++) {
        next.add(sizes[c] == 0 ? centroids.get(c) : unit(sums[c]));
      }
      centroids = next;
    }
    return new EmbeddingClusters(centroids);
  }

  /** How many clusters were fitted. */
  public int size() {
    return centroids.size();
  }

  /** The cluster of the centroid nearest (by cosine) to a unit vector. */
  public int assign(float[] point) {
    return nearest(point, centroids);
  }

  private static int nearest(float[] point, List<float[]> centroids) {
    int best = 0;
    double bestSimilarity = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < centroids.size(); c++) {
      double similarity = dot(point, centroids.get(c));
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        best = c;
      }
    }
    return best;
  }

  private static double maxCosine(float[] point, List<float[]> centroids) {
    double best = -1;
    for (float[] centroid : centroids) {
      best = Math.max(best, dot(point, centroid));
    }
    return best;
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += a[d] * b[d];
    }
    return sum;
  }

  private static float[] unit(double[] sum) {
    double norm = 0;
    for (double value : sum) {
      norm += value * value;
    }
    double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
    float[] unit = new float[sum.length];
    for (int d = 0; d < sum.length; d++) {
      unit[d] = (float) (sum[d] * scale);
    }
    return unit;
  }
}
