package dev.synthforge.spark;

/** Work that must reach storage from a thread Spark may have interrupted (a killed task). */
final class Interrupts {
  private Interrupts() {}

  /**
   * Runs {@code work} with the thread's interrupt flag cleared, since some file systems refuse
   * I/O on an interrupted thread, and sets the flag again afterwards.
   */
  static void withFlagCleared(Runnable work) {
    boolean interrupted = Thread.interrupted();
    try {
      work.run();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
