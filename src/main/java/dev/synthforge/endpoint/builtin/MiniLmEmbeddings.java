package dev.synthforge.endpoint.builtin;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The all-MiniLM-L6-v2 sentence embedding model (quantized, 384 dimensions), run in-process with
 * ONNX Runtime. The model loads on first use (about a second), once per JVM when shared.
 */
public final class MiniLmEmbeddings implements Embeddings {

  public static final String MODEL_NAME = "all-MiniLM-L6-v2";
  public static final int DIMENSION = 384;

  private static final MiniLmEmbeddings SHARED = new MiniLmEmbeddings();

  private volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

  private MiniLmEmbeddings() {}

  /** The JVM's one instance, so that servers and tests load the model once. */
  public static MiniLmEmbeddings shared() {
    return SHARED;
  }

  @Override
  public List<float[]> embed(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      if (Objects.requireNonNull(text, "text").isBlank()) {
        throw new IllegalArgumentException("Cannot embed a blank text");
      }
      segments.add(TextSegment.from(text));
    }
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (Embedding embedding : model().embedAll(segments).content()) {
      vectors.add(unitLength(embedding.vector()));
    }
    return vectors;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  private AllMiniLmL6V2QuantizedEmbeddingModel model() {
    AllMiniLmL6V2QuantizedEmbeddingModel loaded = model;
    if (loaded == null) {
      synchronized (this) {
        loaded = model;
        if (loaded == null) {
          // Embedding in the calling thread: the server's threads are the parallelism.
          loaded = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
          model = loaded;
        }
      }
    }
    return loaded;
  }

  private static float[] unitLength(float[] vector) {
    double sum = 0;
    for (float value : vector) {
      sum += value * value;
    }
    float norm = (float) Math.sqrt(sum);
    float[] unit = new float[vector.length];
    for (int index = 0; index < vector.length; index++) {
      unit[index] = norm == 0 ? 0 : vector[index] / norm;
    }
    return unit;
  }
}
