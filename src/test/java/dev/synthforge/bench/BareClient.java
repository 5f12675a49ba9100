package dev.synthforge.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: a bare asynchronous JDK client, no Spark, no lineage, no retries, keeping
 * {@code concurrency} chat requests in flight over the endpoints, round robin.
 */
final class BareClient {
  private BareClient() {}

  /** Requests per second, CPU seconds of this JVM, and failures. */
  record Measurement(long requests, double seconds, double cpuSeconds, long failures) {
    double requestsPerSecond() {
      return requests / seconds;
    }

    double cpuSecondsPerThousand() {
      return cpuSeconds / requests * 1000;
    }
  }

  static Measurement run(List<String> baseUrls, int concurrency, int requests) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    Semaphore slots = new Semaphore(concurrency);
    CountDownLatch done = new CountDownLatch(requests);
    AtomicLong failures = new AtomicLong();
    long cpuStart = cpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      slots.acquire();
      String body = "{\"model\":\"synthforge-builtin\",\"max_tokens\":16,\"seed\":" + i
          + ",\"messages\":[{\"role\":\"user\",\"content\":\"Paraphrase: the kettle boils fast " + i + "\"}]}";
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrls.get(i % baseUrls.size()) + "/v1/chat/completions"))
          .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build();
      http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, error) -> {
        if (error != null || response.statusCode() != 200) {
          failures.incrementAndGet();
        }
        slots.release();
        done.countDown();
      });
    }
    done.await();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Measurement(requests, seconds, (cpuNanos() - cpuStart) / 1e9, failures.get());
  }

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
