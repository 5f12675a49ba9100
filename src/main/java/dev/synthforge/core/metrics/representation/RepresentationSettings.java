package dev.synthforge.core.metrics.representation;

/**
 * How representation is judged.
 *
 * @param smoothing alpha of add-alpha smoothing for the divergences (0.5 to 1 is usual)
 * @param coverageMinimum m of coverage@m: a real group is covered with at least m synthetic rows
 * @param smallCountThreshold real groups with fewer rows than this are marked as small samples
 */
public record RepresentationSettings(
    double smoothing, long coverageMinimum, long smallCountThreshold) {

  /** alpha 0.5, coverage@1, groups under 10 real rows marked small. */
  public static final RepresentationSettings DEFAULTS = new RepresentationSettings(0.5, 1, 10);

  public RepresentationSettings {
    if (!(smoothing > 0) || !Double.isFinite(smoothing) || coverageMinimum < 1
        || smallCountThreshold < 0) {
      throw new IllegalArgumentException("Cannot judge representation: smoothing " + smoothing
          + " must be positive, coverage minimum " + coverageMinimum
          + " >= 1 and small-count threshold " + smallCountThreshold + " >= 0");
    }
  }

  public RepresentationSettings withSmoothing(double alpha) {
    return new RepresentationSettings(alpha, coverageMinimum, smallCountThreshold);
  }

  public RepresentationSettings withCoverageMinimum(long minimum) {
    return new RepresentationSettings(smoothing, minimum, smallCountThreshold);
  }

  public RepresentationSettings withSmallCountThreshold(long threshold) {
    return new RepresentationSettings(smoothing, coverageMinimum, threshold);
  }
}
