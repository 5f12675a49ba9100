package dev.synthforge.spark;

import dev.synthforge.core.lineage.PlannedSample;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * Groups plan rows into calls: each sample alone, or, when the task uses n, the consecutive
 * samples of one seed (the plan is sorted by seed for that).
 */
final class SampleGroups implements Iterator<List<PlannedSample>> {
  private final Iterator<Row> rows;
  private final boolean bySeed;
  private PlannedSample lookahead;

  SampleGroups(Iterator<Row> rows, boolean bySeed) {
    this.rows = rows;
    this.bySeed = bySeed;
  }

  @Override
  public boolean hasNext() {
    return lookahead != null || rows.hasNext();
  }

  @Override
  public List<PlannedSample> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    PlannedSample first = lookahead != null ? lookahead : PlanRows.fromRow(rows.next());
    lookahead = null;
    List<PlannedSample> group = new ArrayList<>();
    group.add(first);
    while (bySeed && rows.hasNext()) {
      PlannedSample candidate = PlanRows.fromRow(rows.next());
      if (candidate.seedContentHash().equals(first.seedContentHash())
          && candidate.seedId().equals(first.seedId())) {
        group.add(candidate);
      } else {
        lookahead = candidate;
        break;
      }
    }
    return group;
  }
}
