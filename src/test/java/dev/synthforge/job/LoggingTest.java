package dev.synthforge.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoggingTest {
  private final Level rootBefore = LogManager.getRootLogger().getLevel();

  @AfterEach
  void restore() {
    Configurator.setRootLevel(rootBefore);
  }

  @Test
  void quietByDefaultKeepsSynthforgeStepsAndWarningsButNotSparkInfo() {
    Logging.configure(false);

    assertThat(LogManager.getLogger("org.apache.spark.SparkContext").isInfoEnabled()).isFalse();
    assertThat(LogManager.getLogger("org.apache.spark.SparkContext").isWarnEnabled()).isTrue();
    assertThat(LogManager.getLogger("dev.synthforge.spark.GenerateJob").isInfoEnabled()).isTrue();
    // Expected fallbacks on every CPU-only run: no GPU for the embedding model, no native BLAS.
    assertThat(LogManager.getLogger("ai.djl.util.cuda.CudaUtils").isWarnEnabled()).isFalse();
    assertThat(LogManager.getLogger("dev.ludovic.netlib.blas.InstanceBuilder").isWarnEnabled()).isFalse();
  }

  @Test
  void verboseBringsSparkInfoBack() {
    Logging.configure(true);

    assertThat(LogManager.getLogger("org.apache.spark.SparkContext").isInfoEnabled()).isTrue();
    assertThat(LogManager.getLogger("dev.synthforge.spark.GenerateJob").isInfoEnabled()).isTrue();
  }
}
