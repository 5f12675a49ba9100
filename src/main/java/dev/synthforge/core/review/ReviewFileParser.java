package dev.synthforge.core.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an import file of reviews, CSV with a header or JSON Lines (one object per line), and
 * finds every problem in it at once: a wrong header or unknown field, unreadable lines, bad
 * values and row ids reviewed twice. Unknown row ids need the table; see
 * {@link ReviewFile#withKnownRows}.
 */
public final class ReviewFileParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KNOWN = Set.copyOf(ReviewColumns.all());

  private ReviewFileParser() {}

  /** The format of a file, from its name: {@code .csv}, or {@code .jsonl} / {@code .json}. */
  public static ReviewFormat formatOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return ReviewFormat.CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
      return ReviewFormat.JSONL;
    }
    throw new IllegalArgumentException("Cannot tell the format of review file '" + fileName
        + "': its name should end with .csv or .jsonl");
  }

  /** Parses {@code content} in {@code format}. */
  public static ReviewFile parse(ReviewFormat format, String content) {
    List<ReviewProblem> problems = new ArrayList<>();
    List<Map<String, String>> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    if (format == ReviewFormat.CSV) {
      readCsv(content, lines, numbers, problems);
    } else {
      readJsonLines(content, lines, numbers, problems);
    }
    List<Review> reviews = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int unreviewed = 0;
    for (int i = 0; i < lines.size(); i++) {
      Map<String, String> values = lines.get(i);
      int line = numbers.get(i);
      if (ReviewColumns.REVIEW.stream().allMatch(column -> values.getOrDefault(column, "").isBlank())) {
        unreviewed++;
        continue;
      }
      Review review = review(values, line, problems);
      String rowId = values.getOrDefault(ReviewColumns.ROW_ID, "").strip();
      if (!rowId.isEmpty()) {
        Integer earlier = firstLine.putIfAbsent(rowId, line);
        if (earlier != null) {
          problems.add(new ReviewProblem(line, "duplicate row id '" + rowId + "': also reviewed on line " + earlier));
          continue;
        }
      }
      if (review != null) {
        reviews.add(review);
      }
    }
    problems.sort(java.util.Comparator.comparingInt(ReviewProblem::line));
    return new ReviewFile(reviews, unreviewed, problems);
  }

  private static Review review(Map<String, String> values, int line, List<ReviewProblem> problems) {
    int before = problems.size();
    String rowId = values.getOrDefault(ReviewColumns.ROW_ID, "").strip();
    if (rowId.isEmpty()) {
      problems.add(new ReviewProblem(line, ReviewColumns.ROW_ID + " is empty"));
    }
    String verdict = values.getOrDefault(ReviewColumns.REVIEW_VERDICT, "");
    ReviewAction action = ReviewAction.parse(verdict).orElse(null);
    if (action == null) {
      problems.add(new ReviewProblem(line, ReviewColumns.REVIEW_VERDICT + " '" + verdict.strip()
          + "' is not one of accept, reject, edit"));
    }
    String reviewer = values.getOrDefault(ReviewColumns.REVIEWER, "").strip();
    if (reviewer.isEmpty()) {
      problems.add(new ReviewProblem(line, ReviewColumns.REVIEWER + " is empty"));
    }
    Instant reviewedAt = time(values.getOrDefault(ReviewColumns.REVIEWED_AT, "").strip(), line, problems);
    String edited = values.getOrDefault(ReviewColumns.EDITED_TEXT, "");
    if (action == ReviewAction.EDIT && edited.isBlank()) {
      problems.add(new ReviewProblem(line, "an edit needs the new text in " + ReviewColumns.EDITED_TEXT));
    }
    if (action != null && action != ReviewAction.EDIT && !edited.isBlank()) {
      problems.add(new ReviewProblem(line, ReviewColumns.EDITED_TEXT + " is only for an edit, not for "
          + action.code()));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Review(rowId, action, action == ReviewAction.EDIT ? edited : null, reviewer, reviewedAt, line);
  }

  private static Instant time(String value, int line, List<ReviewProblem> problems) {
    try {
      return OffsetDateTime.parse(value).toInstant().truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      problems.add(new ReviewProblem(line, ReviewColumns.REVIEWED_AT + " '" + value
          + "' is not an ISO-8601 time with a zone, such as 2026-11-25T10:15:00Z"));
      return null;
    }
  }

  private static void readCsv(String content, List<Map<String, String>> lines, List<Integer> numbers,
      List<ReviewProblem> problems) {
    List<Csv.Record> records = Csv.parse(content);
    if (records.isEmpty()) {
      problems.add(new ReviewProblem(0, "the file is empty; a CSV review file starts with a header naming "
          + ReviewColumns.REQUIRED));
      return;
    }
    Csv.Record header = records.get(0);
    List<String> columns = header.fields().stream().map(String::strip).toList();
    int problemsBefore = problems.size();
    if (header.error() != null) {
      problems.add(new ReviewProblem(header.line(), "header: " + header.error()));
    }
    Set<String> seen = new HashSet<>();
    for (String column : columns) {
      if (!KNOWN.contains(column)) {
        problems.add(new ReviewProblem(header.line(), "header: unknown column '" + column + "'; the columns are "
            + ReviewColumns.all()));
      } else if (!seen.add(column)) {
        problems.add(new ReviewProblem(header.line(), "header: column '" + column + "' appears twice"));
      }
    }
    for (String required : ReviewColumns.REQUIRED) {
      if (!columns.contains(required)) {
        problems.add(new ReviewProblem(header.line(), "header: required column '" + required + "' is missing"));
      }
    }
    if (problems.size() > problemsBefore) {
      // Without a usable header every line would be misread: its problems say nothing more.
      return;
    }
    for (Csv.Record record : records.subList(1, records.size())) {
      if (record.error() != null) {
        problems.add(new ReviewProblem(record.line(), "cannot read the line: " + record.error()));
      } else if (record.fields().size() != columns.size()) {
        problems.add(new ReviewProblem(record.line(), "has " + record.fields().size() + " fields; the header has "
            + columns.size()));
      } else {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          values.put(columns.get(i), record.fields().get(i));
        }
        lines.add(values);
        numbers.add(record.line());
      }
    }
  }

  private static void readJsonLines(String content, List<Map<String, String>> lines, List<Integer> numbers,
      List<ReviewProblem> problems) {
    String[] texts = content.split("\r?\n", -1);
    boolean any = false;
    for (int i = 0; i < texts.length; i++) {
      int line = i + 1;
      String text = texts[i].strip();
      if (text.isEmpty()) {
        continue;
      }
      any = true;
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        problems.add(new ReviewProblem(line, "not JSON: " + e.getOriginalMessage()));
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.add(new ReviewProblem(line, "not a JSON object"));
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      int before = problems.size();
      for (var field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (!KNOWN.contains(name)) {
          problems.add(new ReviewProblem(line, "unknown field '" + name + "'; the fields are " + ReviewColumns.all()));
        } else if (name.equals(ReviewColumns.ROW_ID) || ReviewColumns.REVIEW.contains(name)) {
          if (value.isNull()) {
            values.put(name, "");
          } else if (value.isTextual()) {
            values.put(name, value.textValue());
          } else {
            problems.add(new ReviewProblem(line, "field '" + name + "' must be a string, got " + value));
          }
        }
      }
      if (!node.has(ReviewColumns.ROW_ID)) {
        problems.add(new ReviewProblem(line, "field '" + ReviewColumns.ROW_ID + "' is missing"));
      }
      if (problems.size() == before) {
        lines.add(values);
        numbers.add(line);
      }
    }
    if (!any) {
      problems.add(new ReviewProblem(0, "the file is empty"));
    }
  }
}
