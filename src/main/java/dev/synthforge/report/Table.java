package dev.synthforge.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table of text cells under a caption. Cells that read as numbers are right-aligned. Rows may
 * be marked: a small-sample group, or a value that breached a gate.
 *
 * @param caption what the table shows
 * @param headers the column names
 * @param rows the rows, each with one cell per column
 * @param footnote a remark under the table; empty for none
 */
public record Table(String caption, List<String> headers, List<Row> rows, String footnote)
    implements Block {

  /** How a row is marked. */
  public enum Mark {
    NONE,
    /** Measured on few rows: its values are noisy. */
    SMALL_SAMPLE,
    /** Its value breached a quality gate. */
    BREACHED
  }

  /**
   * One row of cells.
   *
   * @param cells the cells, left to right
   * @param mark how the row is marked
   */
  public record Row(List<String> cells, Mark mark) {

    public Row {
      cells = Checks.copy("create table row", "cells", cells);
      Objects.requireNonNull(mark, "mark");
    }

    /** An unmarked row. */
    public static Row of(String... cells) {
      return new Row(Arrays.asList(cells), Mark.NONE);
    }

    /** A row measured on few rows. */
    public static Row smallSample(String... cells) {
      return new Row(Arrays.asList(cells), Mark.SMALL_SAMPLE);
    }

    /** A row whose value breached a gate. */
    public static Row breached(String... cells) {
      return new Row(Arrays.asList(cells), Mark.BREACHED);
    }
  }

  public Table {
    Checks.text("create table", "caption", caption);
    String doing = "create table '" + caption + "'";
    headers = Checks.copy(doing, "headers", headers);
    rows = Checks.copy(doing, "rows", rows);
    footnote = Checks.optionalText(footnote);
    if (headers.isEmpty()) {
      throw new IllegalArgumentException("Cannot " + doing + ": it has no columns");
    }
    for (int index = 0; index < rows.size(); index++) {
      int cells = rows.get(index).cells().size();
      if (cells != headers.size()) {
        throw new IllegalArgumentException("Cannot " + doing + ": row " + index + " has " + cells
            + " cells but the table has " + headers.size() + " columns");
      }
    }
  }

  /** A table without a footnote. */
  public static Table of(String caption, List<String> headers, List<Row> rows) {
    return new Table(caption, headers, rows, "");
  }

  /** Whether any row has {@code mark}. */
  public boolean hasMark(Mark mark) {
    return rows.stream().anyMatch(row -> row.mark() == mark);
  }
}
