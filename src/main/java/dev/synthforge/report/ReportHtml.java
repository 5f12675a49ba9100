package dev.synthforge.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays a {@link Report} out as one HTML document. The markup is also well-formed XML (void
 * elements self-closed, only numeric character references), so tests can parse it strictly.
 */
final class ReportHtml {
  private static final Pattern NUMBER =
      Pattern.compile("[-+−]?[$€£]?\\d[\\d,]*(\\.\\d+)?([eE][-+]?\\d+)?\\s*[%x×]?|n/a|[-+]?∞");

  private final ChartRenderer charts;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  ReportHtml(ChartRenderer charts) {
    this.charts = charts;
  }

  String render(Report report) {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
        .append("<title>").append(Html.escape(report.title())).append("</title>\n")
        .append("<style>\n").append(ReportStyle.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header(report);
    gates(report);
    List<String> ids = sectionIds(report.sections());
    contents(report.sections(), ids);
    for (int index = 0; index < report.sections().size(); index++) {
      section(report.sections().get(index), ids.get(index));
    }
    out.append("<footer>One self-contained file: charts are embedded images; it loads nothing"
        + " else and runs no scripts.</footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header(Report report) {
    out.append("<header>\n<p class=\"kicker\">synthforge report</p>\n<h1>")
        .append(Html.escape(report.title())).append("</h1>\n");
    if (!report.subtitle().isEmpty()) {
      out.append("<p class=\"subtitle\">").append(Html.escape(report.subtitle())).append("</p>\n");
    }
    if (!report.facts().isEmpty()) {
      out.append("<dl class=\"facts\">\n");
      for (Fact fact : report.facts()) {
        out.append("<div><dt>").append(Html.escape(fact.label())).append("</dt><dd>")
            .append(Html.escape(fact.value())).append("</dd></div>\n");
      }
      out.append("</dl>\n");
    }
    out.append("</header>\n");
  }

  private void gates(Report report) {
    List<GateResult> gates = new ArrayList<>(report.gates());
    // Breached first, each group in the report's order.
    gates.sort((first, second) -> Boolean.compare(second.isBreached(), first.isBreached()));
    long breached = report.breachedGates();
    String state = gates.isEmpty() ? "none" : breached > 0 ? "breached" : "passed";
    out.append("<section class=\"verdict ").append(state)
        .append("\" aria-label=\"Quality gates\">\n<p class=\"verdict-line\">");
    if (gates.isEmpty()) {
      out.append("No quality gates were configured for this run.</p>\n</section>\n");
      return;
    }
    if (breached > 0) {
      out.append("✗ ").append(breached).append(" of ").append(gates.size())
          .append(gates.size() == 1 ? " quality gate" : " quality gates").append(" breached");
    } else {
      out.append("✓ All ").append(gates.size())
          .append(gates.size() == 1 ? " quality gate" : " quality gates").append(" passed");
    }
    out.append("</p>\n<ul class=\"gates\">\n");
    for (GateResult gate : gates) {
      String status = gate.isBreached() ? "breached" : "passed";
      out.append("<li class=\"gate is-").append(status).append("\"><span class=\"pill ")
          .append(status).append("\">").append(gate.isBreached() ? "✗ breached" : "✓ passed")
          .append("</span>\n<p class=\"gate-name\">").append(Html.escape(gate.name()))
          .append("</p>\n<p class=\"gate-numbers\"><span class=\"gate-value\">")
          .append(Html.escape(NumberFormats.value(gate.value())))
          .append("</span> <span class=\"gate-threshold\">vs threshold ")
          .append(Html.escape(NumberFormats.value(gate.threshold()))).append("</span></p>\n");
      if (!gate.detail().isEmpty()) {
        out.append("<p class=\"gate-detail\">").append(Html.escape(gate.detail())).append("</p>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n</section>\n");
  }

  private void contents(List<Section> sections, List<String> ids) {
    if (sections.size() < 2) {
      return;
    }
    out.append("<nav class=\"contents\" aria-label=\"Contents\">Contents: <ol>");
    for (int index = 0; index < sections.size(); index++) {
      out.append("<li><a href=\"#").append(ids.get(index)).append("\">")
          .append(Html.escape(sections.get(index).heading())).append("</a></li>");
    }
    out.append("</ol></nav>\n");
  }

  private void section(Section section, String id) {
    out.append("<section class=\"part\" id=\"").append(id).append("\">\n<h2>")
        .append(Html.escape(section.heading())).append("</h2>\n");
    if (!section.text().isEmpty()) {
      out.append("<p class=\"lead\">").append(Html.escape(section.text())).append("</p>\n");
    }
    for (Block block : section.blocks()) {
      if (block instanceof Chart chart) {
        chart(chart);
      } else if (block instanceof Table table) {
        table(table);
      } else if (block instanceof Paragraph paragraph) {
        out.append("<p>").append(Html.escape(paragraph.text())).append("</p>\n");
      }
    }
    out.append("</section>\n");
  }

  private void chart(Chart chart) {
    RenderedChart image = charts.render(chart);
    out.append("<figure class=\"chart\"><img src=\"").append(image.dataUri())
        .append("\" width=\"").append(image.width()).append("\" height=\"")
        .append(image.height()).append("\" alt=\"").append(Html.escape(image.altText()))
        .append("\" /></figure>\n");
  }

  private void table(Table table) {
    out.append("<figure class=\"table\">\n<table class=\"data\">\n<caption>")
        .append(Html.escape(table.caption())).append("</caption>\n<thead><tr>");
    List<Boolean> numeric = numericColumns(table);
    for (int index = 0; index < table.headers().size(); index++) {
      out.append(numeric.get(index) ? "<th scope=\"col\" class=\"num\">"
              : "<th scope=\"col\">")
          .append(Html.escape(table.headers().get(index))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    if (table.rows().isEmpty()) {
      out.append("<tr><td class=\"empty\" colspan=\"").append(table.headers().size())
          .append("\">No rows.</td></tr>\n");
    }
    for (Table.Row row : table.rows()) {
      out.append(switch (row.mark()) {
        case NONE -> "<tr>";
        case SMALL_SAMPLE -> "<tr class=\"mark-small\">";
        case BREACHED -> "<tr class=\"mark-breached\">";
      });
      for (int index = 0; index < row.cells().size(); index++) {
        String cell = row.cells().get(index);
        out.append(numeric.get(index) ? "<td class=\"num\">" : "<td>")
            .append(Html.escape(cell));
        if (index == 0) {
          out.append(switch (row.mark()) {
            case NONE -> "";
            case SMALL_SAMPLE -> "<span class=\"badge small\">small n</span>";
            case BREACHED -> "<span class=\"badge breached\">breached</span>";
          });
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    List<String> notes = new ArrayList<>();
    if (table.hasMark(Table.Mark.SMALL_SAMPLE)) {
      notes.add("Small n: measured on few rows, so the value is noisy; read it with care.");
    }
    if (!table.footnote().isEmpty()) {
      notes.add(table.footnote());
    }
    for (String note : notes) {
      out.append("<p class=\"footnote\">").append(Html.escape(note)).append("</p>\n");
    }
    out.append("</figure>\n");
  }

  /** Columns whose cells all read as numbers (blank cells aside): they are right-aligned. */
  private static List<Boolean> numericColumns(Table table) {
    List<Boolean> numeric = new ArrayList<>();
    for (int column = 0; column < table.headers().size(); column++) {
      boolean any = false;
      boolean all = true;
      for (Table.Row row : table.rows()) {
        String cell = row.cells().get(column).trim();
        if (!cell.isEmpty()) {
          any = true;
          all &= NUMBER.matcher(cell).matches();
        }
      }
      numeric.add(any && all);
    }
    return numeric;
  }

  private static List<String> sectionIds(List<Section> sections) {
    Set<String> used = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (Section section : sections) {
      String base = Html.slug(section.heading());
      String id = base;
      for (int suffix = 2; !used.add(id); suffix++) {
        id = base + "-" + suffix;
      }
      ids.add(id);
    }
    return ids;
  }
}
