package dev.synthforge.endpoint.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthforge.core.endpoint.Emulation;
import dev.synthforge.core.endpoint.Emulation.LatencyDistribution;
import dev.synthforge.core.endpoint.FaultRates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmulationGateTest {

  @Test
  void serviceTimeFollowsTheDistribution() {
    assertThat(EmulationGate.serviceNanos(emulation(LatencyDistribution.FIXED, 0, 0), 0.9, 1, 0))
        .isEqualTo(100_000_000L);
    assertThat(EmulationGate.serviceNanos(emulation(LatencyDistribution.UNIFORM, 0, 0), 0.25, 1, 0))
        .isEqualTo(50_000_000L);
    assertThat(EmulationGate.serviceNanos(emulation(LatencyDistribution.EXPONENTIAL, 0, 0), 1 - Math.exp(-2), 1, 0))
        .isBetween(199_999_000L, 200_001_000L);
  }

  @Test
  void serviceTimeGrowsPastTheKneeAndWithTokens() {
    Emulation knee = emulation(LatencyDistribution.FIXED, 4, 0);
    assertThat(EmulationGate.serviceNanos(knee, 0, 2, 0)).isEqualTo(100_000_000L);
    assertThat(EmulationGate.serviceNanos(knee, 0, 8, 0)).isEqualTo(200_000_000L);

    Emulation decode = emulation(LatencyDistribution.FIXED, 0, 50);
    assertThat(EmulationGate.serviceNanos(decode, 0, 1, 25)).isEqualTo(600_000_000L);
  }

  @Test
  void faultsAreDrawnRepeatablyFromTheSeed() {
    Emulation emulation =
        new Emulation(
            Duration.ZERO,
            LatencyDistribution.FIXED,
            0,
            0,
            0,
            new FaultRates(0.2, Duration.ofSeconds(1), 0.2, 0, Duration.ZERO, 0.2, 0.2, 0.1),
            9);
    EmulationGate gate = new EmulationGate(emulation);
    List<Fault> first = new ArrayList<>();
    for (int index = 0; index < 200; index++) {
      first.add(gate.drawFault());
    }
    gate.set(emulation);
    List<Fault> second = new ArrayList<>();
    for (int index = 0; index < 200; index++) {
      second.add(gate.drawFault());
    }

    assertThat(second).isEqualTo(first);
    assertThat(first).contains(Fault.NONE, Fault.RATE_LIMITED, Fault.SERVER_ERROR, Fault.RESET, Fault.MALFORMED, Fault.TRUNCATED);
    assertThat(first).doesNotContain(Fault.TIMEOUT);
  }

  private static Emulation emulation(LatencyDistribution distribution, int knee, double tokensPerSecond) {
    return new Emulation(Duration.ofMillis(100), distribution, 0, knee, tokensPerSecond, FaultRates.none(), 1);
  }
}
