package dev.synthforge.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.lineage.PlannedSample;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** Maps planned samples to and from the rows of the (internal) plan dataset. */
public final class PlanRows {
  private PlanRows() {}

  public static final StructType SCHEMA = new StructType()
      .add("request_id", StringType, false)
      .add("seed_id", StringType, false)
      .add("seed_content_hash", StringType, false)
      .add("sample_index", IntegerType, false)
      .add("prompt", StringType, false)
      .add("seed_attributes", DataTypes.createMapType(StringType, StringType, true), false)
      .add("generation_depth", IntegerType, false)
      .add("parent_ids", DataTypes.createArrayType(StringType, true), false)
      .add("seed_problem", StringType, true)
      .add("seed_problem_message", StringType, true);

  public static Row toRow(PlannedSample sample) {
    return RowFactory.create(
        sample.requestId(), sample.seedId(), sample.seedContentHash(), sample.sampleIndex(),
        sample.prompt(), CollectionConverters.asScala(sample.seedAttributes()),
        sample.generationDepth(), CollectionConverters.asScala(sample.parentIds()).toSeq(),
        sample.seedProblem() == null ? null : sample.seedProblem().name(),
        sample.seedProblemMessage());
  }

  public static PlannedSample fromRow(Row row) {
    Map<String, String> attributes = row.getJavaMap(5);
    List<String> parents = row.getList(7);
    String problem = row.getString(8);
    return new PlannedSample(
        row.getString(0), row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
        attributes, row.getInt(6), parents, problem == null ? null : ErrorClass.valueOf(problem),
        row.getString(9));
  }
}
