package dev.synthforge.report;

import dev.synthforge.core.errors.Errors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes a {@link Report} as one self-contained HTML file: inline CSS, charts as embedded PNG data
 * URIs, no scripts and no references to anything outside the file. Every text from the report is
 * HTML-escaped. Writes to a local path only; copying the file to remote storage is the caller's
 * job.
 */
public final class HtmlReportWriter {
  private final ChartRenderer charts;

  public HtmlReportWriter() {
    this(new ChartRenderer());
  }

  public HtmlReportWriter(ChartRenderer charts) {
    this.charts = Objects.requireNonNull(charts, "charts");
  }

  /** The report as an HTML document. */
  public String html(Report report) {
    return new ReportHtml(charts).render(Objects.requireNonNull(report, "report"));
  }

  /**
   * Writes the report to {@code file} (UTF-8), creating missing parent folders and replacing an
   * existing file; readers never see a half-written file. Returns the absolute path written.
   *
   * @throws dev.synthforge.core.errors.SynthforgeException of category EXTERNAL when the file
   *     cannot be written
   */
  public Path write(Report report, Path file) {
    String html = html(report);
    Path target = file.toAbsolutePath().normalize();
    Path folder = target.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      // Not Files.createTempFile: it makes the file private to its owner, and reports are shared.
      temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      Files.writeString(temporary, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw Errors.external("write report to " + target, Errors.rootMessage(e), e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // The write already failed; that error is the one to report.
    }
  }
}
