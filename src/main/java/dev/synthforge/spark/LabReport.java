package dev.synthforge.spark;

import dev.synthforge.core.lab.LabTable;
import dev.synthforge.report.HtmlReportWriter;
import dev.synthforge.report.LineChart;
import dev.synthforge.report.Paragraph;
import dev.synthforge.report.ReferenceLine;
import dev.synthforge.report.Report;
import dev.synthforge.report.Section;
import dev.synthforge.report.Series;
import dev.synthforge.report.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The collapse lab's HTML report: one chart per metric, a line per policy over generations (each
 * starting at the real data, generation 0), the resampled real data as a reference line, and
 * the table the lab prints.
 */
final class LabReport {
  private LabReport() {}

  static Path write(LabResult result, String corpus, Path file) {
    LabTable table = result.table();
    int generations = result.settings().generations();
    List<Double> positions = new ArrayList<>();
    for (int generation = 0; generation <= generations; generation++) {
      positions.add((double) generation);
    }
    List<String> policies = table.policies().stream()
        .filter(name -> !name.equals(LabTable.REAL) && !name.equals(LabTable.REAL_RESAMPLED)).toList();
    Report report = Report.titled("Collapse lab", corpus)
        .withFact("run", result.runId())
        .withFact("generations", Integer.toString(generations))
        .withFact("rows per generation", String.format(Locale.ROOT, "%,d", result.realRows()))
        .withFact("token budget per generation", String.format(Locale.ROOT, "%,d", result.tokenBudget()));
    List<dev.synthforge.report.Block> charts = new ArrayList<>();
    for (String metric : LabTable.METRICS) {
      LineChart chart = LineChart.overNumbers(metric + " by generation", "generation", metric, positions);
      double real = table.value(LabTable.REAL, 0, metric);
      for (String policy : policies) {
        List<Double> values = new ArrayList<>();
        values.add(real);
        values.addAll(table.series(policy, metric, generations));
        if (values.stream().allMatch(Double::isFinite)) {
          chart = chart.withSeries(new Series(policy, values));
        }
      }
      double resampled = table.value(LabTable.REAL_RESAMPLED, 1, metric);
      if (Double.isFinite(resampled)) {
        chart = chart.withReferenceLine(new ReferenceLine(resampled, "real data resampled once"));
      }
      charts.add(chart);
    }
    report = report.withSection(Section.of("Curves",
        "Generation k's model is fitted on its policy's pool for k and writes generation k; every value is"
            + " measured against the real data at the same token budget. Generation 0 is the real data.",
        charts.toArray(dev.synthforge.report.Block[]::new)));
    List<Table.Row> rows = new ArrayList<>();
    for (String line : table.format().lines().skip(1).toList()) {
      rows.add(Table.Row.of(line.trim().split("\\s+")));
    }
    List<String> headers = new ArrayList<>(List.of("generation", "policy"));
    headers.addAll(LabTable.METRICS);
    report = report.withSection(Section.of("Values", "",
        Table.of("generation x policy x metric", headers, rows),
        new Paragraph("Tail recall of the real data against itself is 1 by definition; 'real-resampled' draws"
            + " the real rows again with replacement, as many as there are: what one round of finite sampling"
            + " loses even from a model that learned the real data exactly.")));
    return new HtmlReportWriter().write(report, file);
  }
}
