package dev.synthforge.endpoint.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Ranks the values of an enum by the cosine similarity of their embeddings to the embedding of
 * an input text. Each value is embedded as a short statement naming its field ("The sentiment is
 * positive."), which separates labels better than the bare word; statements are cached.
 */
final class LabelChooser {

  private static final int MAX_CACHED = 10_000;

  private final Supplier<Embeddings> embeddings;
  private final Map<String, float[]> statements = new ConcurrentHashMap<>();

  LabelChooser(Supplier<Embeddings> embeddings) {
    this.embeddings = embeddings;
  }

  float[] embed(String text) {
    return embeddings.get().embed(List.of(text)).get(0);
  }

  /** Indexes of {@code labels}, most similar to {@code input} first; ties keep schema order. */
  List<Integer> rank(float[] input, String field, List<String> labels) {
    List<String> texts = labels.stream().map(label -> statement(field, label)).toList();
    List<String> missing = texts.stream().filter(text -> !statements.containsKey(text)).distinct().toList();
    if (!missing.isEmpty()) {
      List<float[]> vectors = embeddings.get().embed(missing);
      for (int index = 0; index < missing.size(); index++) {
        if (statements.size() < MAX_CACHED) {
          statements.put(missing.get(index), vectors.get(index));
        }
      }
    }
    double[] scores = new double[labels.size()];
    for (int index = 0; index < labels.size(); index++) {
      float[] vector = statements.get(texts.get(index));
      scores[index] = vector == null ? cosine(input, embed(texts.get(index))) : cosine(input, vector);
    }
    List<Integer> order = new ArrayList<>(IntStream.range(0, labels.size()).boxed().toList());
    order.sort(Comparator.comparingDouble((Integer index) -> -scores[index]));
    return order;
  }

  static String statement(String field, String label) {
    if (field == null || field.isBlank()) {
      return label.isBlank() ? "none" : label;
    }
    return "The " + words(field) + " is " + label + ".";
  }

  /** "customerSentiment" and "customer_sentiment" both read "customer sentiment". */
  static String words(String field) {
    return field
        .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
        .replace('_', ' ')
        .replace('-', ' ')
        .trim()
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static double cosine(float[] left, float[] right) {
    double dot = 0;
    for (int index = 0; index < left.length; index++) {
      dot += left[index] * right[index];
    }
    return dot;
  }
}
