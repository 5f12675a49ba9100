package dev.synthforge.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo-like monitor report with every chart kind, for tests and for looking at: run {@code main}
 * with an output path to write it.
 */
final class SampleReports {
  static final String DISTINCT_TITLE = "Distinct-2 by generation depth";
  static final List<String> GROUPS = List.of("en", "de", "es", "fr", "it", "pt", "nl", "sw");

  private SampleReports() {}

  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "target/report-sample/report.html");
    System.out.println(new HtmlReportWriter().write(demo(), file));
  }

  static Report demo() {
    return Report.titled("Monitor report: reviews-paraphrase",
            "Quality, diversity and representation of generations 1 to 5 against the real seeds")
        .withFact("Run", "monitor-20261125-101500-3f2a")
        .withFact("Run date", "2026-11-25")
        .withFact("Rows measured", "12,480 synthetic + 320 real")
        .withFact("Depths", "0 (real) to 5")
        .withFact("Config", "conf/lab.yaml · 9c1e07d2")
        .withGate(GateResult.passed("self-BLEU <= 0.5", 0.384, 0.5, "worst at depth 5"))
        .withGate(GateResult.breached("distinct-2 >= 0.8 x real", 0.412, 0.552,
            "Breached at depth 3 under policy replace: real = 0.690"))
        .withGate(GateResult.passed("tail recall >= 0.3", 0.46, 0.3, "worst at depth 5"))
        .withGate(GateResult.breached("every group >= 4/5", 0.5, 0.8,
            "Groups fr (0.500) and sw (0.310) are under-represented at depth 1"))
        .withGate(GateResult.passed("failed calls <= 2%", 0.006, 0.02, "74 of 12,554 calls"))
        .withGate(GateResult.passed("judge score mean >= 3.5", 3.91, 3.5, ""))
        .withSection(diversity())
        .withSection(representation())
        .withSection(lengthsAndScores())
        .withSection(curation())
        .withSection(endpoints())
        .withSection(trends());
  }

  static LineChart distinctByDepth() {
    return LineChart.overNumbers(DISTINCT_TITLE, "generation depth", "distinct-2",
            List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0))
        .withSeries(Series.of("replace", 0.690, 0.601, 0.522, 0.412, 0.341, 0.287))
        .withSeries(Series.of("accumulate", 0.690, 0.662, 0.648, 0.641, 0.637, 0.634))
        .withSeries(Series.of("mixed-real 50%", 0.690, 0.640, 0.611, 0.590, 0.577, 0.570))
        .withReferenceSeries(Series.of("real data", 0.690, 0.690, 0.690, 0.690, 0.690, 0.690))
        .withReferenceLine(new ReferenceLine(0.552, "gate: 0.8 x real"));
  }

  static Section diversity() {
    LineChart recall = LineChart.overNumbers("Tail recall of rare real bigrams by depth",
            "generation depth", "tail recall", List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0))
        .withSeries(Series.of("replace", 1.0, 0.71, 0.52, 0.38, 0.29, 0.22))
        .withSeries(Series.of("accumulate", 1.0, 0.83, 0.74, 0.69, 0.66, 0.64))
        .withSeries(Series.of("mixed-real 50%", 1.0, 0.79, 0.66, 0.58, 0.53, 0.49))
        .withReferenceLine(new ReferenceLine(0.3, "gate: 0.3"));
    Table table = Table.of("Diversity at the deepest generation (depth 5)",
        List.of("policy", "distinct-2", "entropy-2 (nats)", "JSD to real", "Vendi score",
            "self-BLEU"),
        List.of(
            Table.Row.breached("replace", "0.287", "7.12", "0.214", "41.3", "0.384"),
            Table.Row.of("accumulate", "0.634", "9.02", "0.061", "88.9", "0.211"),
            Table.Row.of("mixed-real 50%", "0.570", "8.71", "0.093", "76.0", "0.246"),
            Table.Row.of("real data", "0.690", "9.31", "0", "97.4", "0.189")));
    return Section.of("Diversity by generation depth",
        "Collapse shows first as lost diversity: under the replace policy, distinct bigrams and"
            + " the rare bigrams of the real data fall with every generation; keeping the real"
            + " data in the mix (accumulate) holds them near the real level.",
        distinctByDepth(), recall, table);
  }

  static BarChart representationBars() {
    List<Bar> bars = List.of(new Bar("en", 1.21, "n=5,120"), new Bar("de", 1.04, "n=1,980"),
        new Bar("es", 0.93, "n=1,410"), new Bar("fr", 0.50, "n=390"),
        new Bar("it", 0.88, "n=610"), new Bar("pt", 0.81, "n=402"),
        new Bar("nl", 0.84, "n=211"), new Bar("sw", 0.31, "n=14, small"));
    return BarChart.of("Representation ratio by language (depth 1)",
            "synthetic share ÷ real share", bars)
        .withBand(new Band(0, 0.8, "under 4/5 of the real share"))
        .withReference(new ReferenceLine(1.0, "parity with the real data"));
  }

  static Section representation() {
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.of("en", "32.1%", "38.8%", "1.21", "5,120"));
    rows.add(Table.Row.of("de", "14.4%", "15.0%", "1.04", "1,980"));
    rows.add(Table.Row.of("es", "11.5%", "10.7%", "0.93", "1,410"));
    rows.add(Table.Row.breached("fr", "5.9%", "2.95%", "0.500", "390"));
    rows.add(Table.Row.of("it", "5.2%", "4.6%", "0.88", "610"));
    rows.add(Table.Row.of("pt", "3.8%", "3.05%", "0.81", "402"));
    rows.add(Table.Row.of("nl", "1.9%", "1.6%", "0.84", "211"));
    rows.add(Table.Row.smallSample("sw", "0.34%", "0.11%", "0.31", "14"));
    Table table = new Table("Shares by language at depth 1",
        List.of("group", "real share", "synthetic share", "ratio", "synthetic rows"), rows,
        "Ratio = synthetic share ÷ real share; the gate wants every group at 0.8 or more.");
    return Section.of("Representation",
        "Groups that are rare in the seeds tend to become rarer. Bars left of the band's edge are"
            + " under-represented; the dashed line is parity with the real data.",
        representationBars(), table);
  }

  static HistogramChart lengths() {
    double[] counts = {12, 88, 301, 702, 1204, 1650, 1788, 1602, 1311, 987, 702, 488, 301, 187,
        102, 61, 30, 14, 6, 2};
    List<Bin> bins = new ArrayList<>();
    for (int index = 0; index < counts.length; index++) {
      bins.add(new Bin(index * 8, (index + 1) * 8, counts[index]));
    }
    return HistogramChart.of("Length of generated texts", "length (tokens)", "texts", bins)
        .withReference(new ReferenceLine(52, "median, synthetic"))
        .withReference(new ReferenceLine(61, "median, real data"));
  }

  static Section lengthsAndScores() {
    double[] scores = {38, 61, 204, 390, 1120, 2410, 3650, 3102, 1505};
    List<Bin> bins = new ArrayList<>();
    for (int index = 0; index < scores.length; index++) {
      bins.add(new Bin(1 + index * 0.5, 1.5 + index * 0.5, scores[index]));
    }
    HistogramChart judge = HistogramChart.of("Judge scores", "score (1 to 5, step 0.5)", "texts",
        bins).withReference(new ReferenceLine(3.5, "gate: mean >= 3.5"));
    return Section.of("Lengths and judge scores",
        "Synthetic texts run shorter than the real ones and their long tail thins out; judge"
            + " scores cluster at 4.", lengths(), judge);
  }

  static Section curation() {
    List<Bar> rules = List.of(Bar.of("near-duplicate (MinHash LSH)", 1830),
        Bar.of("exact duplicate", 912), Bar.of("refusal or boilerplate", 402),
        Bar.of("quality: repeated n-grams", 377), Bar.of("truncated (finish_reason=length)", 120),
        Bar.of("PII or secret", 41), Bar.of("copy of a seed", 33),
        Bar.of("evaluation set overlap", 9));
    BarChart rejections = BarChart.of("Rejections per rule", "rows rejected", rules);
    return Section.of("Curation", "Rows each rule rejected in this run (a row can fail several"
        + " rules); rejected rows stay in the curated table with their verdicts.", rejections);
  }

  static GroupedBarChart failures() {
    return GroupedBarChart.of("Failed calls per endpoint", "failed calls",
        List.of("vllm-a100-1", "vllm-a100-2", "tgi-l4", "builtin"),
        List.of(Series.of("429 rate limited", 0, 0, 31, 0),
            Series.of("5xx server error", 12, 3, 4, 0),
            Series.of("timeout", 9, 2, 11, 0),
            Series.of("malformed output", 1, 0, 1, 0)));
  }

  static Section endpoints() {
    BarChart embeddings = BarChart.of("Failed embedding calls per endpoint", "failed calls",
        List.of());
    return Section.of("Endpoints", "Failures by endpoint and error class, after retries.",
        failures(), embeddings);
  }

  static LineChart trendOverRuns() {
    return LineChart.overLabels("Distinct-2 at depth 1, last 8 runs", "run date", "distinct-2",
            List.of("2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22",
                "2026-11-23", "2026-11-24", "2026-11-25"))
        .withSeries(Series.of("replace", 0.63, 0.62, 0.625, 0.61, 0.615, 0.60, 0.605, 0.601))
        .withSeries(Series.of("accumulate", 0.67, 0.668, 0.665, 0.67, 0.664, 0.663, 0.66, 0.662))
        .withReferenceSeries(Series.of("real data", 0.69, 0.69, 0.69, 0.69, 0.69, 0.69, 0.69,
            0.69));
  }

  static Section trends() {
    return Section.of("Trends over runs", "The same metric, run after run: a slow slide is"
        + " easier to see here than in any single run.", trendOverRuns());
  }
}
