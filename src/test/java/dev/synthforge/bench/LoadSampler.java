package dev.synthforge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Samples the requests in service and queued on built-in endpoints, to show idle slots over time. */
final class LoadSampler implements AutoCloseable {
  private static final long PERIOD_MILLIS = 500;
  private final List<String> baseUrls;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();
  private final List<Integer> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  LoadSampler(List<String> baseUrls) {
    this.baseUrls = baseUrls;
    this.thread = new Thread(this::loop, "load-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      int load = 0;
      for (String url : baseUrls) {
        try {
          HttpResponse<String> response = http.send(
              HttpRequest.newBuilder(URI.create(url + "/stats")).GET().build(), HttpResponse.BodyHandlers.ofString());
          JsonNode stats = json.readTree(response.body());
          load += stats.path("in_flight").asInt() + stats.path("queued").asInt();
        } catch (Exception e) {
          load = -1;
        }
      }
      synchronized (samples) {
        samples.add(load);
      }
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The samples as one line: requests at the servers every half second. */
  String timeline() {
    StringBuilder line = new StringBuilder("   requests at the servers every 0.5 s:");
    synchronized (samples) {
      for (int sample : samples) {
        line.append(String.format(Locale.ROOT, " %d", sample));
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join();
  }
}
