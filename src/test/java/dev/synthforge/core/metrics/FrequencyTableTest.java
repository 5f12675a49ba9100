package dev.synthforge.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrequencyTableTest {

  @Test
  void countsKeys() {
    FrequencyTable table = new FrequencyTable();
    List.of("a", "b", "a", "c", "a").forEach(table::add);
    table.add("d", 0);

    assertThat(table.total()).isEqualTo(5);
    assertThat(table.distinct()).isEqualTo(3);
    assertThat(table.count("a")).isEqualTo(3);
    assertThat(table.count("d")).isZero();
    assertThat(table.asMap())
        .containsOnly(Map.entry("a", 3L), Map.entry("b", 1L), Map.entry("c", 1L));
  }

  @Test
  void mergingPartsEqualsCountingAllAtOnce() {
    List<String> keys = List.of("x", "y", "x", "z", "y", "x", "w");
    FrequencyTable all = new FrequencyTable();
    keys.forEach(all::add);
    FrequencyTable first = new FrequencyTable();
    FrequencyTable second = new FrequencyTable();
    keys.subList(0, 3).forEach(first::add);
    keys.subList(3, keys.size()).forEach(second::add);

    FrequencyTable merged = new FrequencyTable();
    merged.merge(second);
    merged.merge(first);
    assertThat(merged).isEqualTo(all);
    assertThat(merged.total()).isEqualTo(all.total());
  }

  @Test
  void survivesJavaSerialization() {
    FrequencyTable table = FrequencyTable.of(Map.of("a", 2, "b", 1));
    assertThat(Serialization.roundTrip(table)).isEqualTo(table);
  }

  @Test
  void copiesAreIndependent() {
    FrequencyTable table = FrequencyTable.of(Map.of("a", 2));
    FrequencyTable copy = table.copy();
    copy.add("a");
    assertThat(table.count("a")).isEqualTo(2);
    assertThat(copy.count("a")).isEqualTo(3);
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> new FrequencyTable().add("a", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot count key 'a': count -1 is negative");
  }
}
