package dev.synthforge.job;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Quiet logs by default (warnings and errors only); {@code --verbose} brings Spark's INFO back. */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    Configurator.setRootLevel(verbose ? Level.INFO : Level.WARN);
    Configurator.setLevel("dev.synthforge", Level.INFO);
    if (!verbose) {
      // These log expected conditions at WARN on every local run.
      Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR);
      Configurator.setLevel("org.apache.spark.util.Utils", Level.ERROR);
      Configurator.setLevel("org.apache.hadoop.hive", Level.ERROR);
      Configurator.setLevel("org.apache.hadoop.hive.metastore", Level.ERROR);
      Configurator.setLevel("org.apache.spark.sql.hive", Level.ERROR);
      Configurator.setLevel("DataNucleus", Level.ERROR);
      Configurator.setLevel("org.apache.spark.util.SparkStringUtils", Level.ERROR);
      Configurator.setLevel("org.apache.spark.rdd.MapPartitionsRDD", Level.ERROR);
      Configurator.setLevel("org.apache.spark.sql.delta.commands.DeleteCommand", Level.ERROR);
      Configurator.setLevel("org.datanucleus", Level.ERROR);
      // The embedding model probes for a GPU, and Spark ML for native BLAS, then fall back to the CPU.
      Configurator.setLevel("ai.djl.util.cuda", Level.ERROR);
      Configurator.setLevel("dev.ludovic.netlib", Level.ERROR);
    }
  }
}
