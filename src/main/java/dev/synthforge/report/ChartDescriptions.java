package dev.synthforge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The alt text of a chart: its title, its kind and its data in words, so a screen reader, a text
 * search or a person with images off learns what the image shows.
 */
final class ChartDescriptions {
  /** Lists longer than this are cut, with a count of what was left out. */
  static final int MAX_ITEMS = 40;

  private ChartDescriptions() {}

  static String describe(Chart chart) {
    if (chart.isEmpty()) {
      return chart.title() + ": no data.";
    }
    if (chart instanceof BarChart bar) {
      return bar(bar);
    }
    if (chart instanceof GroupedBarChart grouped) {
      return grouped(grouped);
    }
    if (chart instanceof LineChart line) {
      return line(line);
    }
    return histogram((HistogramChart) chart);
  }

  private static String bar(BarChart chart) {
    List<String> items = new ArrayList<>();
    for (Bar bar : chart.bars()) {
      StringBuilder item = new StringBuilder(bar.label()).append(' ')
          .append(NumberFormats.value(bar.value()));
      if (!bar.note().isEmpty()) {
        item.append(" (").append(bar.note()).append(')');
      }
      chart.bands().stream().filter(band -> band.contains(bar.value())).findFirst()
          .ifPresent(band -> item.append(", ").append(band.label()));
      items.add(item.toString());
    }
    return chart.title() + ". Bar chart of " + chart.valueAxisLabel() + ": " + join(items, "; ")
        + "." + references(chart.references());
  }

  private static String grouped(GroupedBarChart chart) {
    List<String> items = new ArrayList<>();
    for (int category = 0; category < chart.categories().size(); category++) {
      StringJoiner values = new StringJoiner(", ");
      for (Series series : chart.series()) {
        values.add(series.name() + " " + NumberFormats.value(series.values().get(category)));
      }
      items.add(chart.categories().get(category) + ": " + values);
    }
    List<String> names = chart.series().stream().map(Series::name).toList();
    return chart.title() + ". Grouped bar chart of " + chart.valueAxisLabel() + " for "
        + String.join(", ", names) + ". " + join(items, "; ") + "."
        + references(chart.references());
  }

  private static String line(LineChart chart) {
    List<String> labels = chart.xAxis().labels();
    StringBuilder text = new StringBuilder(chart.title()).append(". Line chart of ")
        .append(chart.yAxisLabel()).append(" by ").append(chart.xAxisLabel()).append(", ")
        .append(labels.get(0)).append(" to ").append(labels.get(labels.size() - 1)).append('.');
    for (Series series : chart.series()) {
      text.append(' ').append(series.name()).append(": ").append(values(series)).append('.');
    }
    for (Series series : chart.referenceSeries()) {
      text.append(" Reference ").append(series.name()).append(" (dashed): ")
          .append(values(series)).append('.');
    }
    return text + references(chart.referenceLines());
  }

  private static String histogram(HistogramChart chart) {
    List<Bin> bins = chart.bins();
    Bin tallest = bins.get(0);
    for (Bin bin : bins) {
      tallest = bin.count() > tallest.count() ? bin : tallest;
    }
    return chart.title() + ". Histogram of " + chart.xAxisLabel() + ": " + bins.size()
        + " bins from " + NumberFormats.value(bins.get(0).lower()) + " to "
        + NumberFormats.value(bins.get(bins.size() - 1).upper()) + ", "
        + NumberFormats.value(chart.total()) + " " + chart.yAxisLabel() + " in all; the tallest"
        + " bin, " + NumberFormats.value(tallest.lower()) + " to "
        + NumberFormats.value(tallest.upper()) + ", has " + NumberFormats.value(tallest.count())
        + "." + references(chart.references());
  }

  private static String values(Series series) {
    return join(series.values().stream().map(NumberFormats::value).toList(), ", ");
  }

  private static String references(List<ReferenceLine> references) {
    StringBuilder text = new StringBuilder();
    for (ReferenceLine reference : references) {
      text.append(" Reference line ").append(reference.label()).append(" at ")
          .append(NumberFormats.value(reference.value())).append('.');
    }
    return text.toString();
  }

  private static String join(List<String> items, String separator) {
    if (items.size() <= MAX_ITEMS) {
      return String.join(separator, items);
    }
    return String.join(separator, items.subList(0, MAX_ITEMS)) + separator + "and "
        + (items.size() - MAX_ITEMS) + " more";
  }
}
