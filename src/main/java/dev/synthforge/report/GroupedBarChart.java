package dev.synthforge.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Horizontal bars in groups: for each category (a rule, an endpoint), one bar per series (a run,
 * an error class), so series compare within each category.
 *
 * @param title the chart's title
 * @param valueAxisLabel what the bar lengths measure, with the unit
 * @param categories the groups of bars, top to bottom
 * @param series the bars of each group, in legend order; each has one value per category
 * @param references lines across the value axis
 */
public record GroupedBarChart(
    String title, String valueAxisLabel, List<String> categories, List<Series> series,
    List<ReferenceLine> references) implements Chart {

  public GroupedBarChart {
    Checks.text("create grouped bar chart", "title", title);
    String doing = Checks.chart("grouped bar chart", title);
    Checks.text(doing, "value axis label", valueAxisLabel);
    categories = Checks.copy(doing, "categories", categories);
    series = Checks.copy(doing, "series", series);
    references = Checks.copy(doing, "references", references);
    for (int index = 0; index < categories.size(); index++) {
      Checks.text(doing, "categories[" + index + "]", categories.get(index));
    }
    Set<String> names = new HashSet<>();
    for (Series one : series) {
      one.requireLength(doing, categories.size(), "categories");
      if (!names.add(one.name())) {
        throw new IllegalArgumentException(
            "Cannot " + doing + ": two series are named '" + one.name() + "'");
      }
    }
  }

  /** A chart with no reference lines. */
  public static GroupedBarChart of(
      String title, String valueAxisLabel, List<String> categories, List<Series> series) {
    return new GroupedBarChart(title, valueAxisLabel, categories, series, List.of());
  }

  @Override
  public boolean isEmpty() {
    return categories.isEmpty() || series.isEmpty();
  }
}
