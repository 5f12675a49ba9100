package dev.synthforge.core.curate;

import java.io.Serializable;
import java.util.Objects;

/**
 * A row as the duplicate-cluster {@link RepresentativeOrder} sees it.
 *
 * @param rowId the row's unique id
 * @param rejections how many per-row rules rejected the row (0 for a clean row)
 * @param textLength the length of the row's text in Unicode code points, as Spark's {@code
 *     length()} counts it
 */
public record ClusterMember(String rowId, int rejections, int textLength) implements Serializable {

  private static final long serialVersionUID = 1L;

  public ClusterMember {
    Objects.requireNonNull(rowId, "rowId");
    if (rejections < 0 || textLength < 0) {
      throw new IllegalArgumentException("Cannot create cluster member '" + rowId
          + "': rejections and text length must be >= 0, got " + rejections + " and "
          + textLength);
    }
  }

  /** The member for a row with {@code text}. */
  public static ClusterMember of(String rowId, int rejections, String text) {
    return new ClusterMember(rowId, rejections, text.codePointCount(0, text.length()));
  }
}
