package dev.synthforge.spark;

import dev.synthforge.config.JobConfig;
import dev.synthforge.core.metrics.DistributionSummary;
import dev.synthforge.core.metrics.Gate;
import dev.synthforge.core.metrics.GateBreach;
import dev.synthforge.core.metrics.Histogram;
import dev.synthforge.core.metrics.MetricNames;
import dev.synthforge.core.metrics.MetricValue;
import dev.synthforge.core.metrics.representation.GroupFlag;
import dev.synthforge.core.metrics.representation.GroupRepresentation;
import dev.synthforge.core.metrics.representation.RepresentationReport;
import dev.synthforge.report.Band;
import dev.synthforge.report.Bar;
import dev.synthforge.report.BarChart;
import dev.synthforge.report.Bin;
import dev.synthforge.report.Block;
import dev.synthforge.report.GateResult;
import dev.synthforge.report.HistogramChart;
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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/** Turns a monitor run's findings into its one-file HTML report. */
final class MonitorReport {
  private MonitorReport() {}

  private static final List<String> DIVERSITY_TABLE = List.of(MetricNames.ROWS, MetricNames.distinct(1),
      MetricNames.distinct(2), MetricNames.distinct(3), MetricNames.entropy(2), MetricNames.jensenShannon(2),
      MetricNames.tailRecall(1), MetricNames.tailRecall(2), MetricNames.VOCABULARY_SUPPORT,
      MetricNames.SINGLETON_RATIO, MetricNames.COMPRESSION_RATIO, MetricNames.SELF_BLEU,
      MetricNames.EMBEDDING_DISPERSION, MetricNames.VENDI_SCORE, MetricNames.LENGTH_MEAN,
      MetricNames.JUDGE_SCORE_MEAN, MetricNames.REJECTION_RATE, MetricNames.FAILURE_RATE, MetricNames.COST_USD);

  static Path write(MonitorFindings findings, JobConfig config, RunIdentity run, List<Gate> gates, Path file) {
    return new HtmlReportWriter().write(build(findings, config, run, gates), file);
  }

  static Report build(MonitorFindings findings, JobConfig config, RunIdentity run, List<Gate> gates) {
    Map<Integer, Map<String, Double>> overall = new TreeMap<>();
    for (MetricValue value : findings.values()) {
      if (!value.hasGroup()) {
        overall.computeIfAbsent(value.depth(), d -> new TreeMap<>()).put(value.metric(), value.value());
      }
    }
    List<Integer> depths = List.copyOf(overall.keySet());
    Report report = Report.titled("Monitor report: " + config.task().name(),
            "Quality, diversity and representation of the generated rows by generation depth,"
                + " against the real seed data (depth 0)")
        .withFact("Run", run.runId())
        .withFact("Run date", run.runDate().toString())
        .withFact("Rows", rowsFact(overall))
        .withFact("Equal token budget", String.format(Locale.ROOT, "%,d tokens per depth", findings.tokenBudget()))
        .withFact("Config hash", run.configHash().substring(0, Math.min(12, run.configHash().length())));
    for (Gate gate : gates) {
      report = report.withGate(gateResult(gate, findings));
    }
    return report
        .withSection(diversity(overall, depths))
        .withSection(representation(findings, config))
        .withSection(lengthsAndScores(findings))
        .withSection(curationAndCalls(findings))
        .withSection(trends(findings.history(), depths));
  }

  private static String rowsFact(Map<Integer, Map<String, Double>> overall) {
    List<String> parts = new ArrayList<>();
    overall.forEach((depth, metrics) -> parts.add(String.format(Locale.ROOT, "%s %,d",
        depth == 0 ? "real" : "depth " + depth, metrics.getOrDefault(MetricNames.ROWS, 0.0).longValue())));
    return String.join(" · ", parts);
  }

  private static GateResult gateResult(Gate gate, MonitorFindings findings) {
    List<GateBreach> breaches = findings.breaches().stream().filter(b -> b.gate().equals(gate)).toList();
    if (!breaches.isEmpty()) {
      GateBreach first = breaches.get(0);
      String more = breaches.size() > 1 ? " (and " + (breaches.size() - 1) + " more)" : "";
      return GateResult.breached(gate.name(), first.value(), first.threshold(), first.message() + more);
    }
    // The value nearest to breaching at the deepest depth: the lowest for a lower bound.
    boolean lowerBound = gate.comparison().key().contains("below");
    java.util.Comparator<MetricValue> nearest = (a, b) -> a.depth() != b.depth()
        ? Integer.compare(a.depth(), b.depth())
        : lowerBound ? Double.compare(b.value(), a.value()) : Double.compare(a.value(), b.value());
    Optional<MetricValue> deepest = findings.values().stream()
        .filter(v -> v.metric().equals(gate.metric()) && v.depth() >= 1
            && (gate.comparison().appliesToEveryGroup() ? v.hasGroup() : v.group().equals(gate.group())))
        .max(nearest);
    double threshold = gate.threshold();
    if (gate.comparison().relativeToReal() && deepest.isPresent()) {
      threshold *= findings.values().stream().filter(v -> v.depth() == 0 && v.metric().equals(gate.metric())
          && v.group().equals(deepest.get().group())).mapToDouble(MetricValue::value).findFirst().orElse(Double.NaN);
    }
    return GateResult.passed(gate.name(), deepest.map(MetricValue::value).orElse(Double.NaN), threshold,
        deepest.map(v -> "at depth " + v.depth() + (v.hasGroup() ? ", group " + v.group() : "")).orElse(""));
  }

  private static Section diversity(Map<Integer, Map<String, Double>> overall, List<Integer> depths) {
    List<Double> x = depths.stream().map(Integer::doubleValue).toList();
    LineChart distinct = LineChart.overNumbers("Distinct n-grams by generation depth", "generation depth",
        "distinct-n (equal token budget)", x);
    for (int order = 1; order <= 3; order++) {
      distinct = distinct.withSeries(series("distinct-" + order, MetricNames.distinct(order), overall, depths));
    }
    distinct = distinct.withReferenceSeries(constant("real distinct-2", overall.get(0).getOrDefault(MetricNames.distinct(2), Double.NaN), depths));
    LineChart tail = LineChart.overNumbers("Tail recall and vocabulary by depth", "generation depth",
        "share of the real data's rare n-grams present", x)
        .withSeries(series("tail recall, words", MetricNames.tailRecall(1), overall, depths))
        .withSeries(series("tail recall, bigrams", MetricNames.tailRecall(2), overall, depths))
        .withReferenceLine(new ReferenceLine(1.0, "the real data"));
    List<String> headers = new ArrayList<>();
    headers.add("metric");
    depths.forEach(depth -> headers.add(depth == 0 ? "real (0)" : "depth " + depth));
    List<Table.Row> rows = new ArrayList<>();
    for (String metric : DIVERSITY_TABLE) {
      List<String> cells = new ArrayList<>();
      cells.add(metric);
      boolean any = false;
      for (int depth : depths) {
        Double value = overall.get(depth).get(metric);
        any |= value != null;
        cells.add(value == null ? "" : format(value));
      }
      if (any) {
        rows.add(Table.Row.of(cells.toArray(String[]::new)));
      }
    }
    Table table = new Table("Every overall metric by depth", headers, rows,
        "n-gram metrics, Self-BLEU, compression and embedding metrics are measured on equal-sized samples;"
            + " the rest on every row.");
    return Section.of("Diversity by generation depth",
        "Collapse shows first as lost diversity: fewer distinct n-grams and fewer of the real data's rare"
            + " words and bigrams at each depth. Values at depth 0 are the real seeds measured the same way.",
        distinct, tail, table);
  }

  private static Series series(String name, String metric, Map<Integer, Map<String, Double>> overall, List<Integer> depths) {
    double[] values = new double[depths.size()];
    for (int i = 0; i < values.length; i++) {
      Double value = overall.get(depths.get(i)).get(metric);
      values[i] = value == null || !Double.isFinite(value) ? 0 : value;
    }
    return Series.of(name, values);
  }

  private static Series constant(String name, double value, List<Integer> depths) {
    double[] values = new double[depths.size()];
    java.util.Arrays.fill(values, Double.isFinite(value) ? value : 0);
    return Series.of(name, values);
  }

  private static Section representation(MonitorFindings findings, JobConfig config) {
    List<Block> blocks = new ArrayList<>();
    Optional<dev.synthforge.config.StratifyConfig> stratify = config.task().stratify();
    for (Map.Entry<String, RepresentationReport> entry : findings.representation().entrySet()) {
      String attribute = entry.getKey();
      RepresentationReport report = entry.getValue();
      Map<String, Double> targets = stratify.filter(s -> s.attribute().equals(attribute))
          .map(s -> targetShares(report, s)).orElse(Map.of());
      List<Bar> bars = new ArrayList<>();
      List<Table.Row> rows = new ArrayList<>();
      for (GroupRepresentation group : report.groups()) {
        if (group.realCount() == 0) {
          continue;
        }
        boolean small = group.has(GroupFlag.SMALL_REAL_COUNT);
        bars.add(new Bar(group.group(), group.ratio(), String.format(Locale.ROOT, "n=%,d%s", group.realCount(),
            small ? ", small" : "")));
        List<String> row = new ArrayList<>(List.of(group.group(), percent(group.realShare())));
        if (!targets.isEmpty()) {
          row.add(percent(targets.getOrDefault(group.group(), 0.0)));
        }
        row.addAll(List.of(percent(group.syntheticShare()), format(group.ratio()),
            String.format(Locale.ROOT, "%,d", group.realCount()), String.format(Locale.ROOT, "%,d", group.syntheticCount())));
        String[] cells = row.toArray(String[]::new);
        rows.add(small ? Table.Row.smallSample(cells)
            : group.has(GroupFlag.BELOW_FOUR_FIFTHS) ? Table.Row.breached(cells) : Table.Row.of(cells));
      }
      blocks.add(BarChart.of("Representation ratio by " + attribute + " (depth " + findings.representationDepth() + ")",
              "synthetic share ÷ real share", bars)
          .withBand(new Band(0, 0.8, "under 4/5 of the real share"))
          .withReference(new ReferenceLine(1.0, "parity with the real data")));
      List<String> headers = new ArrayList<>(List.of("group", "real share"));
      if (!targets.isEmpty()) {
        headers.add("quota share");
      }
      headers.addAll(List.of("synthetic share", "ratio", "real rows", "synthetic rows"));
      String quota = targets.isEmpty() ? "" : " Generation is stratified by " + attribute + " ("
          + stratify.get().describePolicy() + "): the quota share is each group's planned share of the"
          + " samples, so a rare group's ratio above 1 is the quota at work.";
      blocks.add(new Table("Shares by " + attribute, headers, rows, String.format(Locale.ROOT,
          "Coverage %.3f, smoothed KL %.4f, JSD %.4f nats. Groups with few real rows are marked small: their ratio is noisy.",
          report.coverage(), report.kullbackLeibler(), report.jensenShannon()) + quota));
    }
    String text = findings.groupsFromEmbeddings()
        ? "The seeds have no attributes, so the groups are k-means clusters of seed embeddings (on samples)."
        : "Groups that are rare in the seeds tend to become rarer; stratified quotas in generate counter that.";
    if (blocks.isEmpty()) {
      blocks.add(new Paragraph("No generated rows to compare yet."));
    }
    return new Section("Representation", text, blocks);
  }

  /** Each real group's target share under the stratify policy, from its real share. */
  private static Map<String, Double> targetShares(RepresentationReport report, dev.synthforge.config.StratifyConfig stratify) {
    List<GroupRepresentation> real = report.groups().stream().filter(g -> g.realCount() > 0).toList();
    double[] shares = real.stream().mapToDouble(GroupRepresentation::realShare).toArray();
    double[] targets = stratify.policy().targetShares(shares);
    Map<String, Double> byGroup = new TreeMap<>();
    for (int i = 0; i < real.size(); i++) {
      byGroup.put(real.get(i).group(), targets[i]);
    }
    return byGroup;
  }

  private static Section lengthsAndScores(MonitorFindings findings) {
    List<Block> blocks = new ArrayList<>();
    int deepest = findings.lengths().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    Histogram synthetic = findings.lengths().get(deepest);
    Histogram real = findings.lengths().get(0);
    if (synthetic != null) {
      HistogramChart chart = HistogramChart.of("Length in tokens" + (deepest == 0 ? " (real)" : " at depth " + deepest),
          "length (tokens)", "texts", bins(synthetic.summary(), 30));
      if (real != null && deepest != 0) {
        chart = chart.withReference(new ReferenceLine(real.quantile(0.5), "median, real data"));
      }
      blocks.add(chart.withReference(new ReferenceLine(synthetic.quantile(0.5), "median")));
    }
    findings.judgeScores().entrySet().stream().reduce((a, b) -> b).ifPresent(entry -> blocks.add(
        HistogramChart.of("Judge scores at depth " + entry.getKey(), "score", "rows", bins(entry.getValue().summary(), 0))));
    if (findings.judgeScores().isEmpty()) {
      blocks.add(new Paragraph("No judge scores: the curate job has no judge rule, or has not run."));
    }
    return new Section("Lengths and judge scores", "Synthetic texts that drift shorter or longer than the real ones, and"
        + " judge scores piling up at one end, are the first things to look at.", blocks);
  }

  /** Histogram bins of a summary, merged into at most {@code maxBins} equal bins (0: as they are). */
  private static List<Bin> bins(DistributionSummary summary, int maxBins) {
    List<DistributionSummary.Bin> finite = summary.bins().stream()
        .filter(b -> Double.isFinite(b.lower()) && Double.isFinite(b.upper())).toList();
    List<Bin> bins = new ArrayList<>();
    if (finite.isEmpty()) {
      return bins;
    }
    if (maxBins <= 0) {
      finite.forEach(b -> bins.add(new Bin(b.lower(), b.upper(), b.count())));
      return bins;
    }
    double low = finite.get(0).lower();
    double high = finite.get(finite.size() - 1).upper();
    double width = Math.max(1, Math.ceil((high - low) / maxBins));
    TreeMap<Integer, Long> merged = new TreeMap<>();
    finite.forEach(b -> merged.merge((int) ((b.lower() - low) / width), b.count(), Long::sum));
    merged.forEach((index, count) -> bins.add(new Bin(low + index * width, low + (index + 1) * width, count)));
    return bins;
  }

  private static Section curationAndCalls(MonitorFindings findings) {
    List<Block> blocks = new ArrayList<>();
    List<Bar> rules = new ArrayList<>();
    findings.rejections().forEach((rule, rows) -> rules.add(Bar.of(rule, rows)));
    blocks.add(rules.isEmpty() ? new Paragraph("No curation verdicts yet: run curate to see rejections per rule.")
        : BarChart.of("Rows not kept, by first rejecting rule", "rows", rules));
    List<Bar> endpoints = new ArrayList<>();
    findings.failures().forEach((endpoint, counts) -> endpoints.add(new Bar(endpoint, (double) counts[1] / counts[0],
        String.format(Locale.ROOT, "%,d of %,d calls", counts[1], counts[0]))));
    blocks.add(BarChart.of("Failed calls per endpoint", "share of calls that failed", endpoints));
    return new Section("Curation and endpoints", "What curation removed and why, and how the endpoints behaved.", blocks);
  }

  private static Section trends(List<Row> history, List<Integer> depths) {
    int depth = depths.stream().filter(d -> d > 0).findFirst().orElse(0);
    List<String> metrics = List.of(MetricNames.distinct(2), MetricNames.tailRecall(1), MetricNames.SELF_BLEU);
    TreeMap<String, Map<String, Double>> byDate = new TreeMap<>();
    for (Row row : history) {
      if (row.getInt(1) == depth && metrics.contains(row.getString(2)) && !row.isNullAt(4)) {
        byDate.computeIfAbsent(row.getDate(0).toString(), d -> new TreeMap<>()).put(row.getString(2), row.getDouble(4));
      }
    }
    byDate.values().removeIf(values -> !values.keySet().containsAll(metrics));
    if (byDate.size() < 2) {
      return Section.of("Trends over runs", "Trends need two run dates or more; this is the first measured at depth "
          + depth + ". Query the metrics table for values as they accumulate.", new Paragraph(
          "SELECT run_date, depth, metric, value FROM metrics WHERE `group` = '' ORDER BY run_date"));
    }
    LineChart chart = LineChart.overLabels("Diversity at depth " + depth + " over run dates", "run date", "value",
        List.copyOf(byDate.keySet()));
    for (String metric : metrics) {
      chart = chart.withSeries(Series.of(metric, byDate.values().stream().mapToDouble(v -> v.get(metric)).toArray()));
    }
    return Section.of("Trends over runs", "The same metrics on every run date, from the metrics table.", chart);
  }

  private static String format(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) value);
    }
    if (Math.abs(value) >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.4g", value);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
