package dev.synthforge.core.review;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, as spreadsheets write it: comma separated, fields with commas, quotes or line
 * breaks in double quotes, a quote inside doubled. Records may span lines.
 */
public final class Csv {
  private Csv() {}

  /**
   * One parsed record.
   *
   * @param line the file line it starts on, from 1
   * @param fields its fields, unquoted
   * @param error why it could not be read (an unclosed quote, text after a closing quote); null
   *     when it was read
   */
  public record Record(int line, List<String> fields, String error) {
    public Record {
      fields = List.copyOf(fields);
    }
  }

  /** The records of {@code content}; blank lines are skipped. */
  public static List<Record> parse(String content) {
    List<Record> records = new ArrayList<>();
    int length = content.length();
    int position = content.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    while (position < length) {
      int startLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      String error = null;
      boolean quoted = false;
      boolean afterQuote = false;
      boolean blank = true;
      while (position < length) {
        char c = content.charAt(position++);
        if (quoted) {
          if (c == '"') {
            if (position < length && content.charAt(position) == '"') {
              field.append('"');
              position++;
            } else {
              quoted = false;
              afterQuote = true;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append(c);
          }
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          afterQuote = false;
          blank = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && position < length && content.charAt(position) == '\n') {
            position++;
          }
          line++;
          break;
        } else if (c == '"' && field.length() == 0 && !afterQuote) {
          quoted = true;
          blank = false;
        } else if (afterQuote) {
          if (error == null) {
            error = "text after a closing quote";
          }
        } else {
          field.append(c);
          blank = false;
        }
      }
      if (quoted) {
        error = "a quoted field is not closed";
      }
      fields.add(field.toString());
      if (!blank || error != null) {
        records.add(new Record(startLine, fields, error));
      }
    }
    return records;
  }

  /** One record as a CSV line, with its line break. */
  public static String line(List<String> fields) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      String value = fields.get(i) == null ? "" : fields.get(i);
      if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
          || value.indexOf('\r') >= 0) {
        text.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        text.append(value);
      }
    }
    return text.append("\r\n").toString();
  }
}
