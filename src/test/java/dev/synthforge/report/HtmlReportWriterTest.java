package dev.synthforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.errors.ErrorCategory;
import dev.synthforge.core.errors.SynthforgeException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportWriterTest {
  private static final String SCRIPT = "<script>alert('x')</script>";
  private final HtmlReportWriter writer = new HtmlReportWriter();

  @Test
  void everyTextFromDataIsEscaped() throws Exception {
    Chart chart = BarChart.of(SCRIPT, SCRIPT, List.of(new Bar(SCRIPT, 1, SCRIPT)));
    Table table = new Table(SCRIPT, List.of(SCRIPT, "n"),
        List.of(Table.Row.smallSample(SCRIPT, "3")), SCRIPT);
    Report report = Report.titled(SCRIPT, SCRIPT)
        .withFact(SCRIPT, SCRIPT)
        .withGate(GateResult.breached(SCRIPT, 1, 2, SCRIPT))
        .withSection(Section.of(SCRIPT, SCRIPT, chart, table, new Paragraph(SCRIPT)))
        .withSection(Section.of("\"quoted\" & 'apostrophes'", "a & b < c"));

    String html = writer.html(report);

    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("<script").doesNotContain("alert('x')");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&quot;quoted&quot; &amp; &#39;apostrophes&#39;")
        .contains("a &amp; b &lt; c");
    Document document = parse(html);
    assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(SCRIPT);
    Element image = (Element) document.getElementsByTagName("img").item(0);
    assertThat(image.getAttribute("alt")).startsWith(SCRIPT + ". Bar chart of " + SCRIPT);
  }

  @Test
  void theSampleIsWellFormedSelfContainedAndEmbedsEveryImage() throws Exception {
    String html = writer.html(SampleReports.demo());

    Document document = parse(html);
    NodeList images = document.getElementsByTagName("img");
    assertThat(images.getLength()).isEqualTo(9);
    for (int index = 0; index < images.getLength(); index++) {
      Element image = (Element) images.item(index);
      String source = image.getAttribute("src");
      assertThat(source).startsWith("data:image/png;base64,");
      BufferedImage decoded =
          ChartRendererTest.decode(Base64.getDecoder().decode(source.substring(22)));
      assertThat(decoded.getWidth()).isEqualTo(2 * Integer.parseInt(image.getAttribute("width")));
      assertThat(decoded.getHeight())
          .isEqualTo(2 * Integer.parseInt(image.getAttribute("height")));
      assertThat(image.getAttribute("alt")).isNotBlank();
    }
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("http:").doesNotContain("https:").doesNotContain("url(")
        .doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("<iframe").doesNotContain("src=\"/").doesNotContain("href=\"/");
    NodeList links = document.getElementsByTagName("a");
    for (int index = 0; index < links.getLength(); index++) {
      assertThat(((Element) links.item(index)).getAttribute("href")).startsWith("#");
    }
  }

  @Test
  void breachedGatesLeadTheHeadlineWithValueAndThreshold() {
    Report report = Report.titled("Monitor", "")
        .withGate(GateResult.passed("self-BLEU <= 0.5", 0.384, 0.5, ""))
        .withGate(GateResult.breached("distinct-2 >= 0.8 x real", 0.412, 0.552, "depth 3"))
        .withGate(GateResult.breached("tail recall >= 0.3", Double.NaN, 0.3, "no value"));

    String html = writer.html(report);

    assertThat(html).contains("✗ 2 of 3 quality gates breached")
        .contains("<span class=\"gate-value\">0.412</span> <span class=\"gate-threshold\">vs"
            + " threshold 0.552</span>")
        .contains("<span class=\"gate-value\">n/a</span>");
    assertThat(html.indexOf("distinct-2 &gt;= 0.8 x real"))
        .isLessThan(html.indexOf("tail recall &gt;= 0.3"))
        .isLessThan(html.indexOf("self-BLEU &lt;= 0.5"));
  }

  @Test
  void headlineWhenEveryGatePassedOrNoneWasSet() {
    assertThat(writer.html(Report.titled("r", "").withGate(GateResult.passed("g", 1, 0.5, ""))))
        .contains("class=\"verdict passed\"").contains("✓ All 1 quality gate passed");
    assertThat(writer.html(Report.titled("r", "")))
        .contains("class=\"verdict none\"")
        .contains("No quality gates were configured for this run.");
  }

  @Test
  void markedRowsAndNumericColumns() throws Exception {
    Table table = Table.of("Shares", List.of("group", "ratio", "rows"), List.of(
        Table.Row.of("en", "1.21", "5,120"), Table.Row.breached("fr", "0.5", "390"),
        Table.Row.smallSample("sw", "0.31", "14")));

    String html = writer.html(Report.titled("r", "").withSection(Section.of("Groups", "", table)));

    assertThat(html).contains("<tr class=\"mark-small\"><td>sw<span class=\"badge small\">small"
            + " n</span></td><td class=\"num\">0.31</td><td class=\"num\">14</td></tr>")
        .contains("<tr class=\"mark-breached\"><td>fr<span class=\"badge breached\">")
        .contains("<th scope=\"col\">group</th><th scope=\"col\" class=\"num\">ratio</th>")
        .contains("Small n: measured on few rows");
    parse(html);
  }

  @Test
  void emptyTablesAndDuplicateHeadings() throws Exception {
    Report report = Report.titled("r", "")
        .withSection(Section.of("Representation", "", Table.of("Shares", List.of("a", "b"),
            List.of())))
        .withSection(Section.of("Representation", ""))
        .withSection(Section.of("!!!", ""));

    String html = writer.html(report);

    assertThat(html).contains("<td class=\"empty\" colspan=\"2\">No rows.</td>")
        .contains("id=\"representation\"").contains("id=\"representation-2\"")
        .contains("id=\"section\"").contains("href=\"#representation-2\"");
    parse(html);
  }

  @Test
  void writeCreatesFoldersAndReplacesTheFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("runs/run-1/report.html");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old");
    Report report = Report.titled("Monitor", "run-1");

    Path written = writer.write(report, file);

    assertThat(written).isEqualTo(file.toAbsolutePath());
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(writer.html(report));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(written);
    }
    assertThat(writer.write(report, folder.resolve("new/deeper/report.html"))).exists();
  }

  @Test
  void writeFailsAsAnExternalError(@TempDir Path folder) throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("file"), "x");
    Path file = notAFolder.resolve("report.html");

    assertThatThrownBy(() -> writer.write(Report.titled("r", ""), file))
        .isInstanceOfSatisfying(SynthforgeException.class,
            error -> assertThat(error.category()).isEqualTo(ErrorCategory.EXTERNAL))
        .hasMessageStartingWith("Cannot write report to " + file.toAbsolutePath() + ": ");
  }

  /** Parses the document as XML: it must be well-formed, with no external entity loaded. */
  static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(
        new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }
}
