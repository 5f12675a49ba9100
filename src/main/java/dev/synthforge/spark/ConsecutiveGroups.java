package dev.synthforge.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * The runs of consecutive rows with equal keys, from a partition sorted by that key: how a set
 * rule walks its groups (a seed's samples, a cluster's members) without holding the partition.
 */
final class ConsecutiveGroups implements Iterator<List<Row>> {

  /** The grouping key of a row. */
  interface Key extends Serializable {
    Object of(Row row);
  }

  private final Iterator<Row> rows;
  private final Key key;
  private Row lookahead;

  ConsecutiveGroups(Iterator<Row> rows, Key key) {
    this.rows = rows;
    this.key = key;
  }

  @Override
  public boolean hasNext() {
    return lookahead != null || rows.hasNext();
  }

  @Override
  public List<Row> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row first = lookahead != null ? lookahead : rows.next();
    lookahead = null;
    Object groupKey = key.of(first);
    List<Row> group = new ArrayList<>();
    group.add(first);
    while (rows.hasNext()) {
      Row candidate = rows.next();
      if (Objects.equals(key.of(candidate), groupKey)) {
        group.add(candidate);
      } else {
        lookahead = candidate;
        break;
      }
    }
    return group;
  }
}
