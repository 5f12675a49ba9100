package dev.synthforge.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void whatItWritesItReadsBack() {
    List<String> fields = Arrays.asList("plain", "with, comma", "with \"quotes\"", "two\nlines", "", "crlf\r\nend");

    List<Csv.Record> records = Csv.parse(Csv.line(fields) + Csv.line(List.of("next")));

    assertThat(records).hasSize(2);
    assertThat(records.get(0).fields()).containsExactlyElementsOf(fields);
    assertThat(records.get(0).error()).isNull();
    assertThat(records.get(1).line()).isEqualTo(4);
    assertThat(records.get(1).fields()).containsExactly("next");
  }

  @Test
  void skipsBlankLinesAndABomAndNamesBrokenRecords() {
    List<Csv.Record> records = Csv.parse("\uFEFFa,b\n\n\"open,c\n");

    assertThat(records).extracting(Csv.Record::line).containsExactly(1, 3);
    assertThat(records.get(0).fields()).containsExactly("a", "b");
    assertThat(records.get(1).error()).isEqualTo("a quoted field is not closed");
    assertThat(Csv.parse("\"a\"b,c\n").get(0).error()).isEqualTo("text after a closing quote");
    assertThat(Csv.line(Arrays.asList("x", null))).isEqualTo("x,\r\n");
  }
}
