package dev.synthforge.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Opens a sample report with every chart kind in headless Chromium through
 * {@code jobs/check-report.sh} and checks the screenshot. Skipped where {@code /usr/bin/chromium}
 * is missing (Debian package {@code chromium}). The report and screenshot stay under
 * {@code target/report-it/} to look at.
 */
class ReportRenderIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCRIPT = Path.of("jobs/check-report.sh");
  private static final Path OUTPUT = Path.of("target/report-it");

  @Test
  void sampleReportRendersInHeadlessChromium() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
    Path report = new HtmlReportWriter().write(SampleReports.demo(), OUTPUT.resolve("report.html"));
    Path screenshot = OUTPUT.resolve("screenshot.png").toAbsolutePath();

    Result result = run(List.of("bash", SCRIPT.toString(), report.toString(),
        screenshot.toString()), "");

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("check-report: rendered");
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image).as("screenshot decodes as PNG").isNotNull();
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(image.getHeight()).isEqualTo(2400);
    assertThat(nonWhiteShare(image)).as("share of non-white pixels").isGreaterThan(0.05);
    // The breached-gates banner, in the warning colour: the report itself, not an error page.
    assertThat(pixelsNear(image, 0xd55e00)).as("warning-coloured pixels").isGreaterThan(2000);
  }

  @Test
  void scriptFailsClearlyWithoutChromium() throws Exception {
    Path report = new HtmlReportWriter().write(
        Report.titled("Empty", ""), OUTPUT.resolve("empty.html"));

    Result result = run(List.of("bash", SCRIPT.toString(), report.toString(),
        OUTPUT.resolve("never.png").toString()), "/nonexistent/chromium");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.output()).contains("'/nonexistent/chromium' is not installed")
        .contains("apt-get install -y chromium");
  }

  @Test
  void scriptRejectsAMissingReport() throws Exception {
    Result result = run(List.of("bash", SCRIPT.toString(), "target/no-such-report.html",
        OUTPUT.resolve("never.png").toString()), "");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("no such file");
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command, String chromium)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (!chromium.isEmpty()) {
      builder.environment().put("CHROMIUM", chromium);
    }
    Process process = builder.start();
    // Read before waiting: a full pipe would block the script.
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("check-report.sh did not finish in 180 s: " + output);
    }
    return new Result(process.exitValue(), output);
  }

  private static long pixelsNear(BufferedImage image, int rgb) {
    long count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int pixel = image.getRGB(x, y);
        int distance = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
          distance = Math.max(distance,
              Math.abs(((pixel >> shift) & 0xff) - ((rgb >> shift) & 0xff)));
        }
        count += distance <= 16 ? 1 : 0;
      }
    }
    return count;
  }

  private static double nonWhiteShare(BufferedImage image) {
    long nonWhite = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        nonWhite += (image.getRGB(x, y) & 0xffffff) == 0xffffff ? 0 : 1;
      }
    }
    return (double) nonWhite / ((long) image.getWidth() * image.getHeight());
  }
}
