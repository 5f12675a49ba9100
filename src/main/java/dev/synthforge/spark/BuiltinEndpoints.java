package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;

import dev.synthforge.config.EndpointConfig;
import dev.synthforge.config.EndpointType;
import dev.synthforge.config.JobConfig;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.lm.NgramModel;
import dev.synthforge.endpoint.builtin.BuiltinModels;
import dev.synthforge.endpoint.builtin.BuiltinServer;
import dev.synthforge.endpoint.builtin.BuiltinServerOptions;
import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.sql.Encoders;

/**
 * Starts the built-in endpoints a job config names, on the driver's loopback address, fitted on
 * the configured corpus or on the job's seed texts. In local mode the executors share the
 * driver's JVM and reach them; on a cluster, start one with {@code serve} and use type openai.
 */
final class BuiltinEndpoints implements AutoCloseable {
  private final Map<String, BuiltinServer> servers;

  private BuiltinEndpoints(Map<String, BuiltinServer> servers) {
    this.servers = servers;
  }

  static BuiltinEndpoints start(JobConfig config, SeedReader.Seeds seeds) {
    Map<String, BuiltinServer> servers = new HashMap<>();
    NgramModel seedModel = null;
    try {
      for (EndpointConfig endpoint : config.endpoints()) {
        if (endpoint.type() != EndpointType.BUILTIN) {
          continue;
        }
        NgramModel model;
        if (endpoint.corpus().isPresent()) {
          model = BuiltinModels.fromFile(endpoint.corpus().get());
        } else {
          if (seedModel == null) {
            seedModel = BuiltinModels.fromTexts(seedTexts(seeds, config.seeds().textColumn()));
          }
          model = seedModel;
        }
        BuiltinServerOptions options = BuiltinServerOptions.of(model)
            .withServedModelName(endpoint.model())
            .withEmulation(endpoint.emulation());
        servers.put(endpoint.name(), BuiltinServer.start(options));
      }
    } catch (RuntimeException e) {
      servers.values().forEach(BuiltinServer::close);
      throw e instanceof dev.synthforge.core.errors.SynthforgeException known ? known
          : Errors.external("start the built-in endpoint", Errors.rootMessage(e), e);
    }
    return new BuiltinEndpoints(servers);
  }

  /** The seed texts, streamed to the driver one partition at a time to fit the model. */
  private static Iterable<String> seedTexts(SeedReader.Seeds seeds, String textColumn) {
    return () -> {
      Iterator<String> texts = seeds.rows().select(col(textColumn).cast("string"))
          .filter(col(textColumn).isNotNull()).as(Encoders.STRING()).toLocalIterator();
      return texts;
    };
  }

  /** The OpenAI base URL ({@code .../v1}) of the built-in endpoint named {@code name}. */
  URI baseUrl(String name) {
    BuiltinServer server = servers.get(name);
    if (server == null) {
      throw new IllegalStateException("no built-in endpoint named " + name);
    }
    return URI.create(server.baseUrl() + "/v1");
  }

  @Override
  public void close() {
    servers.values().forEach(BuiltinServer::close);
  }
}
