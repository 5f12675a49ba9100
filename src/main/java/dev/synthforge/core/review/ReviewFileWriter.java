package dev.synthforge.core.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.synthforge.core.curate.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a review export: the {@link ReviewColumns#all} columns, the review columns empty for
 * people to fill in. CSV gets a header and the verdicts as {@code rule:outcome(reason)} joined by
 * "; "; JSON Lines gets one object per row, the verdicts as an array of objects.
 */
public final class ReviewFileWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewFileWriter() {}

  public static void write(ReviewFormat format, List<SampledRow> rows, Writer out) {
    try {
      if (format == ReviewFormat.CSV) {
        out.write(Csv.line(ReviewColumns.all()));
        for (SampledRow row : rows) {
          List<String> fields = new ArrayList<>(context(row));
          fields.add(verdictsText(row.verdicts()));
          ReviewColumns.REVIEW.forEach(column -> fields.add(""));
          out.write(Csv.line(fields));
        }
      } else {
        for (SampledRow row : rows) {
          out.write(json(row));
          out.write('\n');
        }
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The context columns before verdicts, as text. */
  private static List<String> context(SampledRow row) {
    return java.util.Arrays.asList(row.rowId(), row.task(), row.group(), row.curation(), row.judgeBand(),
        Boolean.toString(row.borderline()), row.seedId(), row.seedText(), row.text(), Boolean.toString(row.kept()),
        row.rejectedBy(), row.rejectReason(), row.judgeScore() == null ? null : row.judgeScore().toString());
  }

  static String verdictsText(List<Verdict> verdicts) {
    List<String> parts = new ArrayList<>();
    for (Verdict verdict : verdicts) {
      String outcome = verdict.outcome().name().toLowerCase(Locale.ROOT);
      parts.add(verdict.rule() + ":" + outcome + (verdict.rejected() ? "(" + verdict.reason() + ")" : ""));
    }
    return String.join("; ", parts);
  }

  private static String json(SampledRow row) throws JsonProcessingException {
    ObjectNode node = JSON.createObjectNode();
    List<String> context = context(row);
    for (int i = 0; i < context.size(); i++) {
      String column = ReviewColumns.CONTEXT.get(i);
      switch (column) {
        case "borderline" -> node.put(column, row.borderline());
        case "kept" -> node.put(column, row.kept());
        case "judge_score" -> node.put(column, row.judgeScore());
        default -> node.put(column, context.get(i));
      }
    }
    ArrayNode verdicts = node.putArray("verdicts");
    for (Verdict verdict : row.verdicts()) {
      ObjectNode item = verdicts.addObject();
      item.put("rule", verdict.rule());
      item.put("outcome", verdict.outcome().name().toLowerCase(Locale.ROOT));
      item.put("reason", verdict.reason().isEmpty() ? null : verdict.reason());
      if (!Double.isNaN(verdict.score())) {
        item.put("score", verdict.score());
      }
      item.put("detail", verdict.detail());
    }
    ReviewColumns.REVIEW.forEach(column -> node.putNull(column));
    return JSON.writeValueAsString(node);
  }
}
