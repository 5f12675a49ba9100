package dev.synthforge.endpoint.http;

import static dev.synthforge.endpoint.EndpointFixtures.FAST_RETRY;
import static dev.synthforge.endpoint.EndpointFixtures.chat;
import static dev.synthforge.endpoint.EndpointFixtures.chatAnswer;
import static dev.synthforge.endpoint.EndpointFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.CircuitBreakerPolicy;
import dev.synthforge.core.endpoint.ConcurrencyMode;
import dev.synthforge.core.endpoint.RateBudget;
import dev.synthforge.core.endpoint.RetryPolicy;
import dev.synthforge.core.generation.CallOutcome;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.endpoint.AttemptObserver;
import dev.synthforge.endpoint.AttemptSignal;
import dev.synthforge.endpoint.EndpointPool;
import dev.synthforge.endpoint.EndpointSpec;
import dev.synthforge.endpoint.ScriptedServer;
import dev.synthforge.endpoint.ScriptedServer.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the client tells an {@link AttemptObserver}, and how the observer stops its retries. */
class OpenAiHttpClientObserverTest {
  private static final String OK = chatAnswer("fine");

  private final ScriptedServer server = ScriptedServer.start();

  @AfterEach
  void stopServer() {
    server.close();
  }

  /** Records every attempt; allows retries until it has seen {@code allowedFailures} failures. */
  private static final class RecordingObserver implements AttemptObserver {
    private final int allowedFailures;
    private final List<AttemptSignal> signals = new ArrayList<>();
    private final List<Long> latencies = new ArrayList<>();

    RecordingObserver(int allowedFailures) {
      this.allowedFailures = allowedFailures;
    }

    @Override
    public synchronized void attempted(AttemptSignal signal, long latencyNanos) {
      signals.add(signal);
      latencies.add(latencyNanos);
    }

    @Override
    public synchronized boolean retryAllowed() {
      return signals.stream().filter(signal -> signal != AttemptSignal.SUCCESS).count() < allowedFailures;
    }

    synchronized List<AttemptSignal> signals() {
      return List.copyOf(signals);
    }

    synchronized List<Long> latencies() {
      return List.copyOf(latencies);
    }
  }

  private CallOutcome call(RetryPolicy retry, AttemptObserver observer) {
    return call(spec(server.baseUrl(), retry), observer);
  }

  private static CallOutcome call(EndpointSpec spec, AttemptObserver observer) {
    try {
      // A guard against a hang, not a timing assertion.
      return new OpenAiHttpClient(spec).call(chat("x"), observer).get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the call did not complete normally", e);
    }
  }

  @Test
  void reportsEveryAttemptBeforeTheOutcome() {
    server.enqueue(Response.status(503), Response.status(503), Response.json(200, OK));
    RecordingObserver observer = new RecordingObserver(Integer.MAX_VALUE);

    CallOutcome outcome = call(FAST_RETRY, observer);

    assertThat(outcome).isInstanceOf(CallOutcome.Completed.class);
    assertThat(outcome.attempts()).isEqualTo(3);
    assertThat(observer.signals()).containsExactly(
        AttemptSignal.SERVER_FAILURE, AttemptSignal.SERVER_FAILURE, AttemptSignal.SUCCESS);
    assertThat(observer.latencies()).hasSize(3).allSatisfy(latency -> assertThat(latency).isPositive());
  }

  @Test
  void reportsARateLimitAsSuch() {
    server.enqueue(Response.status(429).header("retry-after-ms", "1"), Response.json(200, OK));
    RecordingObserver observer = new RecordingObserver(Integer.MAX_VALUE);

    CallOutcome outcome = call(FAST_RETRY, observer);

    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(observer.signals()).containsExactly(AttemptSignal.RATE_LIMITED, AttemptSignal.SUCCESS);
  }

  @Test
  void reportsAnExhaustedQuotaAsARateLimit() {
    server.enqueue(Response.json(429, "{\"error\":{\"message\":\"quota\",\"code\":\"insufficient_quota\"}}"));
    RecordingObserver observer = new RecordingObserver(Integer.MAX_VALUE);

    CallOutcome outcome = call(FAST_RETRY, observer);

    assertThat(((CallOutcome.Failed) outcome).errorClass()).isEqualTo(ErrorClass.QUOTA_EXHAUSTED);
    assertThat(observer.signals()).containsExactly(AttemptSignal.RATE_LIMITED);
  }

  @Test
  void reportsARequestErrorAsRejected() {
    server.enqueue(Response.json(400, "{\"error\":{\"message\":\"bad\"}}"));
    RecordingObserver observer = new RecordingObserver(Integer.MAX_VALUE);

    CallOutcome outcome = call(FAST_RETRY, observer);

    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(observer.signals()).containsExactly(AttemptSignal.REJECTED);
  }

  @Test
  void reportsADroppedConnectionAndAMalformedAnswer() {
    server.enqueue(Response.disconnect(), Response.json(200, "{\"choices\":"), Response.json(200, OK));
    RecordingObserver observer = new RecordingObserver(Integer.MAX_VALUE);

    CallOutcome outcome = call(FAST_RETRY, observer);

    assertThat(outcome).isInstanceOf(CallOutcome.Completed.class);
    assertThat(observer.signals()).containsExactly(
        AttemptSignal.CONNECTION_FAILURE, AttemptSignal.SERVER_FAILURE, AttemptSignal.SUCCESS);
  }

  @Test
  void reportsATimeout() {
    server.enqueue(Response.json(200, OK).delayed(Duration.ofSeconds(5)));
    RecordingObserver observer = new RecordingObserver(Integer.MAX_VALUE);

    CallOutcome outcome = call(spec(server.baseUrl(), RetryPolicy.none(), null, Duration.ofMillis(200)), observer);

    assertThat(((CallOutcome.Failed) outcome).errorClass()).isEqualTo(ErrorClass.TIMEOUT);
    assertThat(observer.signals()).containsExactly(AttemptSignal.TIMEOUT);
  }

  @Test
  void stopsRetryingOnceTheObserverDisallowsIt() {
    server.enqueue(Response.status(503), Response.json(200, OK));
    RecordingObserver observer = new RecordingObserver(1);

    CallOutcome outcome = call(FAST_RETRY, observer);

    assertThat(outcome).isInstanceOf(CallOutcome.Failed.class);
    CallOutcome.Failed failed = (CallOutcome.Failed) outcome;
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.errorClass()).isEqualTo(ErrorClass.SERVER_ERROR);
    assertThat(failed.httpStatus()).isEqualTo(503);
    assertThat(failed.message()).contains("circuit open");
    assertThat(observer.signals()).containsExactly(AttemptSignal.SERVER_FAILURE);
    assertThat(server.requestCount()).isEqualTo(1);
  }

  @Test
  void aRateLimitAlsoStopsWhenTheObserverDisallowsRetries() {
    server.enqueue(Response.status(429).header("retry-after-ms", "1"), Response.json(200, OK));
    RecordingObserver observer = new RecordingObserver(1);

    CallOutcome.Failed failed = (CallOutcome.Failed) call(FAST_RETRY, observer);

    assertThat(failed.errorClass()).isEqualTo(ErrorClass.RATE_LIMITED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.message()).contains("circuit open");
  }

  @Test
  void aPoolLeaseEndsTheCallWhenItsCircuitOpens() {
    server.enqueue(Response.status(503), Response.json(200, OK));
    EndpointSpec spec = new EndpointSpec(
        "local", server.baseUrl(), "test-model", null, null, 4, 1.0, Duration.ofSeconds(2),
        Duration.ofSeconds(5), FAST_RETRY, ConcurrencyMode.ADAPTIVE, RateBudget.unlimited(),
        new CircuitBreakerPolicy(1, Duration.ofHours(1)));
    OpenAiHttpClient client = new OpenAiHttpClient(spec);
    EndpointPool pool = new EndpointPool(List.of(client), List.of(4));
    EndpointPool.Lease lease = pool.tryAcquire();

    CallOutcome outcome = call(spec, lease);
    lease.release();

    assertThat(outcome.attempts()).isEqualTo(1);
    assertThat(((CallOutcome.Failed) outcome).message()).contains("circuit open");
    assertThat(pool.tryAcquire()).isNull();
    assertThat(server.requestCount()).isEqualTo(1);
  }
}
