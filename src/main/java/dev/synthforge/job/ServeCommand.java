package dev.synthforge.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.synthforge.config.Durations;
import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.FaultRates;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.endpoint.builtin.BuiltinModels;
import dev.synthforge.endpoint.builtin.BuiltinServer;
import dev.synthforge.endpoint.builtin.BuiltinServerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: run the built-in endpoint standalone, until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the built-in OpenAI-compatible endpoint (a stand-in for a GPU model server: an n-gram"
          + " language model, MiniLM embeddings, optional latency/capacity/fault emulation) until"
          + " stopped. Point a job's endpoint at http://HOST:PORT/v1 with type openai."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--corpus", required = true, paramLabel = "FILE",
      description = "Text to fit the model on: a .jsonl file (field --text-field) or plain text, one document per line.")
  Path corpus;

  @Option(names = "--text-field", defaultValue = "text", description = "Field of a .jsonl corpus holding the text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8000", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--port-file", paramLabel = "FILE", description = "Write the port to this file once listening.")
  Path portFile;

  @Option(names = "--model", defaultValue = BuiltinServerOptions.DEFAULT_MODEL_NAME, description = "Model name served (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(names = "--latency", defaultValue = "0ms", description = "Mean service time per request, e.g. 1s (default: ${DEFAULT-VALUE}).")
  String latency;

  @Option(names = "--latency-distribution", defaultValue = "fixed", description = "fixed, exponential or uniform (default: ${DEFAULT-VALUE}).")
  String distribution;

  @Option(names = "--capacity", defaultValue = "0", description = "Concurrent slots; requests beyond wait, like vLLM (0 = unbounded).")
  int capacity;

  @Option(names = "--knee", defaultValue = "0", description = "Concurrency past which service time grows in proportion (0 = none).")
  int knee;

  @Option(names = "--tokens-per-second", defaultValue = "0", description = "Decode speed per request (0 = instant).")
  double tokensPerSecond;

  @Option(names = "--threads", defaultValue = "1024", description = "Request threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--fault", paramLabel = "KIND=RATE", description = "Inject a fault: rate-limited, server-error, timeout, reset, malformed or truncated, e.g. --fault server-error=0.05.")
  List<String> faults = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "0", description = "Seed of the emulation's random choices.")
  long seed;

  @Override
  public Integer call() throws Exception {
    NgramModel ngrams = BuiltinModels.fromTexts(readCorpus());
    BuiltinServerOptions options = BuiltinServerOptions.of(ngrams)
        .withHost(host).withPort(port).withServedModelName(model).withThreads(threads)
        .withEmulation(emulation());
    try (BuiltinServer server = BuiltinServer.start(options)) {
      if (portFile != null) {
        Files.writeString(portFile, Integer.toString(server.port()));
      }
      System.out.println("synthforge built-in endpoint (a stand-in for a GPU model server) serving '"
          + model + "' at " + server.baseUrl() + "/v1 (" + ngrams.vocabularySize() + " words fitted); stop with Ctrl-C");
      System.out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }

  private Emulation emulation() {
    double rateLimited = 0, serverError = 0, timeout = 0, reset = 0, malformed = 0, truncated = 0;
    for (String fault : faults) {
      String[] parts = fault.split("=", 2);
      double rate;
      try {
        rate = Double.parseDouble(parts.length == 2 ? parts[1] : "");
      } catch (NumberFormatException e) {
        throw Errors.userError("use --fault " + fault, "expected KIND=RATE with a number, e.g. server-error=0.05");
      }
      switch (parts[0]) {
        case "rate-limited" -> rateLimited = rate;
        case "server-error" -> serverError = rate;
        case "timeout" -> timeout = rate;
        case "reset" -> reset = rate;
        case "malformed" -> malformed = rate;
        case "truncated" -> truncated = rate;
        default -> throw Errors.userError("use --fault " + fault,
            "unknown kind '" + parts[0] + "'; expected rate-limited, server-error, timeout, reset, malformed or truncated");
      }
    }
    FaultRates defaults = FaultRates.none();
    try {
      FaultRates rates = new FaultRates(rateLimited, defaults.retryAfter(), serverError, timeout,
          defaults.timeoutHold(), reset, malformed, truncated);
      return new Emulation(Durations.parse(latency), distribution(), capacity, knee, tokensPerSecond, rates, seed);
    } catch (IllegalArgumentException e) {
      throw Errors.userError("start the built-in endpoint", e.getMessage());
    }
  }

  private Emulation.LatencyDistribution distribution() {
    try {
      return Emulation.LatencyDistribution.valueOf(distribution.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Errors.userError("use --latency-distribution " + distribution, "expected fixed, exponential or uniform");
    }
  }

  private List<String> readCorpus() throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Errors.userError("read corpus " + corpus, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (!corpus.getFileName().toString().endsWith(".jsonl")) {
      return lines;
    }
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      JsonNode node = mapper.readTree(lines.get(i));
      if (node.path(textField).isTextual()) {
        texts.add(node.path(textField).asText());
      } else {
        throw Errors.userError("read corpus " + corpus, "line " + (i + 1) + " has no text field '" + textField + "'");
      }
    }
    return texts;
  }
}
