package dev.synthforge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The x axis of a {@link LineChart}: either labels at equal spacing (run dates, policy names) or
 * numbers at their own positions (generation depths).
 *
 * @param scale how positions are spaced and ticked
 * @param labels the label of each position
 * @param positions each position, strictly increasing
 */
public record XAxis(Scale scale, List<String> labels, List<Double> positions) {

  /** How an x axis spaces and ticks its positions. */
  public enum Scale {
    /** One tick per label, at equal spacing. */
    LABELS,
    /** Ticks at round numbers; positions where their values say. */
    NUMBERS
  }

  public XAxis {
    String doing = "create x axis";
    Objects.requireNonNull(scale, "scale");
    labels = Checks.copy(doing, "labels", labels);
    positions = Checks.copy(doing, "positions", positions);
    if (labels.size() != positions.size()) {
      throw new IllegalArgumentException("Cannot " + doing + ": " + labels.size()
          + " labels but " + positions.size() + " positions");
    }
    for (int index = 0; index < positions.size(); index++) {
      Checks.finite(doing, "position [" + index + "]", positions.get(index));
      if (index > 0 && !(positions.get(index) > positions.get(index - 1))) {
        throw new IllegalArgumentException("Cannot " + doing + ": positions must increase, but "
            + positions.get(index) + " follows " + positions.get(index - 1));
      }
    }
  }

  /** Labels at equal spacing. */
  public static XAxis labels(List<String> labels) {
    List<Double> positions = new ArrayList<>();
    for (int index = 0; index < labels.size(); index++) {
      positions.add((double) index);
    }
    return new XAxis(Scale.LABELS, labels, positions);
  }

  /** Numbers at their own positions, labelled with their values. */
  public static XAxis numbers(List<Double> positions) {
    List<String> labels = new ArrayList<>();
    for (Double position : positions) {
      labels.add(position == null ? "null" : NumberFormats.value(position));
    }
    return new XAxis(Scale.NUMBERS, labels, positions);
  }

  public int size() {
    return positions.size();
  }
}
