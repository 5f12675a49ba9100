package dev.synthforge.endpoint.builtin;

import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.core.lm.SamplingRequest;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How to start a {@link BuiltinServer}.
 *
 * @param host address to listen on; the loopback address by default
 * @param port port to listen on; 0 picks a free one
 * @param servedModelName the model name requests must give, and responses report
 * @param model the fitted language model that writes completions
 * @param emulation latency, capacity and faults to emulate
 * @param threads request threads; an emulated service time holds one, so this bounds how many
 *     requests can be in service or queued for a slot at once
 * @param embeddings where to get the embedding model; asked on the first embeddings or
 *     structured-output request, never before
 * @param promptWeight share of each next-token distribution given to the prompt's own words; 0
 *     samples the fitted model alone, as a model trained on its corpus and asked to write freely
 */
public record BuiltinServerOptions(
    String host,
    int port,
    String servedModelName,
    NgramModel model,
    Emulation emulation,
    int threads,
    Supplier<? extends Embeddings> embeddings,
    double promptWeight) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final String DEFAULT_MODEL_NAME = "synthforge-builtin";
  public static final int DEFAULT_THREADS = 1024;

  public BuiltinServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(servedModelName, "servedModelName");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(emulation, "emulation");
    Objects.requireNonNull(embeddings, "embeddings");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be within [0, 65535]: " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    if (!(promptWeight >= 0 && promptWeight < 1)) {
      throw new IllegalArgumentException("promptWeight must be within [0, 1): " + promptWeight);
    }
    if (servedModelName.isBlank()) {
      throw new IllegalArgumentException("servedModelName must not be blank");
    }
  }

  /** Loopback, a free port, the default model name, no emulation, the shared MiniLM model. */
  public static BuiltinServerOptions of(NgramModel model) {
    return new BuiltinServerOptions(
        DEFAULT_HOST, 0, DEFAULT_MODEL_NAME, model, Emulation.none(), DEFAULT_THREADS, MiniLmEmbeddings::shared,
        SamplingRequest.DEFAULT_PROMPT_WEIGHT);
  }

  public BuiltinServerOptions withHost(String value) {
    return new BuiltinServerOptions(value, port, servedModelName, model, emulation, threads, embeddings, promptWeight);
  }

  public BuiltinServerOptions withPort(int value) {
    return new BuiltinServerOptions(host, value, servedModelName, model, emulation, threads, embeddings, promptWeight);
  }

  public BuiltinServerOptions withServedModelName(String value) {
    return new BuiltinServerOptions(host, port, value, model, emulation, threads, embeddings, promptWeight);
  }

  public BuiltinServerOptions withEmulation(Emulation value) {
    return new BuiltinServerOptions(host, port, servedModelName, model, value, threads, embeddings, promptWeight);
  }

  public BuiltinServerOptions withThreads(int value) {
    return new BuiltinServerOptions(host, port, servedModelName, model, emulation, value, embeddings, promptWeight);
  }

  public BuiltinServerOptions withEmbeddings(Supplier<? extends Embeddings> value) {
    return new BuiltinServerOptions(host, port, servedModelName, model, emulation, threads, value, promptWeight);
  }

  public BuiltinServerOptions withPromptWeight(double value) {
    return new BuiltinServerOptions(host, port, servedModelName, model, emulation, threads, embeddings, value);
  }
}
