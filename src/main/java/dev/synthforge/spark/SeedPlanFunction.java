package dev.synthforge.spark;

import dev.synthforge.core.lineage.PlannedSample;
import dev.synthforge.core.lineage.SamplePlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/** Plans every sample of one seed row, on the executors. */
final class SeedPlanFunction implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final SamplePlanner planner;
  private final String idColumn;
  private final String depthColumn;

  /**
   * @param idColumn the seed id column, or null to derive ids from content
   * @param depthColumn the seeds' generation_depth column, or null when seeds are real data
   */
  SeedPlanFunction(SamplePlanner planner, String idColumn, String depthColumn) {
    this.planner = planner;
    this.idColumn = idColumn;
    this.depthColumn = depthColumn;
  }

  @Override
  public Iterator<Row> call(Row seed) {
    return rows(planner.plan(id(seed), values(seed), depth(seed)));
  }

  /** Plans {@code samples} samples of one seed, as stratified generation allots them. */
  Iterator<Row> call(Row seed, int samples) {
    return rows(planner.plan(id(seed), values(seed), depth(seed), samples));
  }

  /** The seed's id, as its samples will carry it. */
  String seedId(Row seed) {
    return SamplePlanner.seedId(id(seed), contentHash(seed));
  }

  /** The hash of the seed's content, as its samples will carry it. */
  String contentHash(Row seed) {
    return planner.contentHash(values(seed));
  }

  private Map<String, String> values(Row seed) {
    Map<String, String> values = new HashMap<>();
    for (String column : planner.columns()) {
      Object value = seed.getAs(column);
      values.put(column, value == null ? null : value.toString());
    }
    return values;
  }

  private String id(Row seed) {
    Object id = idColumn == null ? null : seed.getAs(idColumn);
    return id == null ? null : id.toString();
  }

  private int depth(Row seed) {
    if (depthColumn == null) {
      return 0;
    }
    Object seedDepth = seed.getAs(depthColumn);
    return seedDepth == null ? 0 : ((Number) seedDepth).intValue();
  }

  private static Iterator<Row> rows(List<PlannedSample> samples) {
    List<Row> rows = new ArrayList<>(samples.size());
    for (PlannedSample sample : samples) {
      rows.add(PlanRows.toRow(sample));
    }
    return rows.iterator();
  }
}
