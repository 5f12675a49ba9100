package dev.synthforge.report;

/** Plain text shown as one paragraph; it is escaped, never read as markup. */
public record Paragraph(String text) implements Block {

  public Paragraph {
    Checks.text("create paragraph", "text", text);
  }
}
