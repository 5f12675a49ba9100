package dev.synthforge.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.core.curate.ClusterMember;
import dev.synthforge.core.curate.ConnectedComponents;
import dev.synthforge.core.curate.MinHasher;
import dev.synthforge.core.curate.RepresentativeOrder;
import dev.synthforge.core.curate.TextNormalizer;
import dev.synthforge.core.errors.Errors;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Exact and near-duplicate clusters of rows, in Spark, with the clusters and representatives of
 * the core reference ({@link ConnectedComponents} with {@link RepresentativeOrder}).
 *
 * <p>How it scales (work and shuffles linear in the rows, nothing collected to the driver):
 *
 * <ul>
 *   <li>Exact keys, MinHash signatures and band keys are computed on the executors, in one pass
 *       over each partition ({@link DuplicateRows}). Only band keys leave it: one {@code long}
 *       per band, with a {@code long} vertex id (and the group key).
 *   <li>Rows sharing a band key in a group are linked to the smallest vertex of that bucket, not
 *       to each other, so a bucket of k rows gives k - 1 edges instead of k(k - 1)/2; the
 *       components are the same.
 *   <li>Components come from {@link GraphComponents} (large-star / small-star, O(log² n)
 *       rounds however long the chains, each round checkpointed; see there for the checkpoint
 *       directory it needs on a cluster).
 *   <li>Vertex ids are {@code monotonically_increasing_id()}, which a recomputed partition may
 *       give out differently, so the signed rows are checkpointed before edges are built: ids,
 *       edges and output then all come from the one copy.
 *   <li>The representative is the smallest member by {@code (rejections, -text_length, row_id)}:
 *       Spark compares structs field by field and strings by their UTF-8 bytes, which is the
 *       code-point order of {@link RepresentativeOrder}; text lengths are {@link
 *       ClusterMember}'s code-point counts (Spark's {@code length()}), taken on the executors.
 * </ul>
 *
 * <p>Spark ML's {@code MinHashLSH} is not used: it ORs single hashes instead of ANDing the rows of
 * a band, which makes dissimilar pairs candidates far too often.
 */
public final class DuplicateClusters {
  private DuplicateClusters() {}

  /**
   * Input columns: group_key STRING not null (rows of different groups never cluster together,
   * e.g. the task name), row_id STRING not null (unique), text STRING (null counts as the empty
   * text), rejections INT not null. Other columns are ignored.
   */
  public static final StructType INPUT = new StructType()
      .add("group_key", StringType, false, "Rows cluster only with rows of the same group, e.g. a task name")
      .add("row_id", StringType, false, "Unique id of the row")
      .add("text", StringType, true, "Text compared; null counts as the empty text")
      .add("rejections", IntegerType, false, "Per-row rules that rejected the row; fewer is kept first");

  /** Output columns: one row per input row. */
  public static final StructType OUTPUT = new StructType()
      .add("row_id", StringType, false, "The input row")
      .add("cluster_id", StringType, false, "The row_id of the cluster's representative")
      .add("cluster_size", LongType, false, "Rows in the cluster; 1 for a row without duplicates")
      .add("representative", BooleanType, false, "Whether this row is the one its cluster keeps");

  /**
   * Exact duplicates: rows of a group with equal {@link TextNormalizer#exactKey} of their text.
   *
   * @return rows of {@link #OUTPUT}, one per input row
   */
  public static Dataset<Row> exact(Dataset<Row> rows) {
    Dataset<Row> keyed = input(rows)
        .mapPartitions(new DuplicateRows.ExactKeys(), Encoders.row(DuplicateRows.KEYED));
    return clusters(keyed, Window.partitionBy("group_key", "exact_key"));
  }

  /**
   * Near duplicates: rows of a group sharing a MinHash LSH band key of {@code hasher} are
   * candidate pairs, and clusters are the connected components of those pairs. Computes the
   * components now (a few Spark jobs); the returned rows are computed when used.
   *
   * @return rows of {@link #OUTPUT}, one per input row
   */
  public static Dataset<Row> near(Dataset<Row> rows, MinHasher hasher) {
    Objects.requireNonNull(hasher, "hasher");
    Dataset<Row> vertices = GraphComponents.checkpoint(input(rows)
        .mapPartitions(new DuplicateRows.BandKeys(hasher), Encoders.row(DuplicateRows.BANDED))
        .withColumn("vertex", monotonically_increasing_id()));
    Dataset<Row> bands = vertices.select(
        col("group_key"), explode(col("band_keys")).as("band_key"), col("vertex"));
    Column bucketMinimum = min("vertex").over(Window.partitionBy("group_key", "band_key"));
    Dataset<Row> edges = bands.withColumn("dst", bucketMinimum)
        .filter(col("vertex").notEqual(col("dst")))
        .select(col("vertex").as("src"), col("dst"));
    Dataset<Row> components = GraphComponents.components(edges);
    Dataset<Row> members = vertices.drop("band_keys")
        .join(components, vertices.col("vertex").equalTo(components.col("vertex")), "left")
        .withColumn("component", coalesce(col("component"), vertices.col("vertex")));
    return clusters(members, Window.partitionBy("component"));
  }

  private static Dataset<Row> input(Dataset<Row> rows) {
    StructType schema = rows.schema();
    for (StructField expected : INPUT.fields()) {
      boolean present = Arrays.asList(schema.fieldNames()).contains(expected.name());
      if (!present || !schema.apply(expected.name()).dataType().equals(expected.dataType())) {
        throw Errors.userError("cluster duplicates", "the rows need a column " + expected.name()
            + " of type " + expected.dataType().sql() + "; they have " + schema.simpleString());
      }
    }
    return rows.select(Arrays.stream(INPUT.fieldNames()).map(name -> col(name)).toArray(Column[]::new));
  }

  /** One output row per member; {@code cluster} partitions members by cluster. */
  private static Dataset<Row> clusters(Dataset<Row> members, WindowSpec cluster) {
    Column best = min(struct(col("rejections"), negate(col("text_length")), col("row_id")))
        .over(cluster);
    return members.select(col("row_id"), best.getField("row_id").as("cluster_id"),
            count(lit(1)).over(cluster).as("cluster_size"))
        .withColumn("representative", col("row_id").equalTo(col("cluster_id")));
  }
}
