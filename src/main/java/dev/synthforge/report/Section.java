package dev.synthforge.report;

import java.util.Arrays;
import java.util.List;

/**
 * A part of a report under one heading: a short text saying what to look for, then charts,
 * tables and paragraphs.
 *
 * @param heading the heading, also listed in the report's contents
 * @param text what the section shows and how to read it; empty for none
 * @param blocks the content, top to bottom
 */
public record Section(String heading, String text, List<Block> blocks) {

  public Section {
    Checks.text("create section", "heading", heading);
    text = Checks.optionalText(text);
    blocks = Checks.copy("create section '" + heading + "'", "blocks", blocks);
  }

  /** A section of the given blocks. */
  public static Section of(String heading, String text, Block... blocks) {
    return new Section(heading, text, Arrays.asList(blocks));
  }
}
