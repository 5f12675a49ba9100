package dev.synthforge.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import dev.synthforge.core.errors.Errors;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connected components of a graph with {@code long} vertices, by alternating the large-star and
 * small-star operations of Kiveris et al., "Connected Components in MapReduce and Beyond" (SoCC
 * 2014): at most O(log² n) rounds, each a few shuffles of the edges and nothing kept per vertex,
 * so long chains converge as fast as small clusters and work is linear in the edges. A fixpoint
 * of both operations is a forest of stars, each edge pointing from a vertex to the smallest
 * vertex of its component.
 *
 * <p>Every round's edges are checkpointed, which cuts the lineage (plans and recomputation stay
 * one round deep). The checkpoint is reliable, in the SparkContext's checkpoint directory
 * ({@code spark.checkpoint.dir}), so a lost executor costs a recomputation of one round, not a
 * failed job; only a local master may go without that directory, and then the checkpoint is
 * local (cached blocks), as executors there cannot be lost without the driver. Rounds stop when
 * one changes no edge, which is a count over the checkpoint, not a collect. Spark deletes the
 * files of rounds no longer referenced only with {@code
 * spark.cleaner.referenceTracking.cleanCheckpoints=true}; otherwise they stay until the checkpoint
 * directory is cleared.
 */
final class GraphComponents {
  private static final Logger LOG = LoggerFactory.getLogger(GraphComponents.class);

  private GraphComponents() {}

  /** Far above O(log² n) for any n that fits a long. */
  static final int MAX_ROUNDS = 200;

  /**
   * The component of every vertex that has an edge, as {@code (vertex, component)} rows; the
   * component is its smallest vertex, which gets no row of its own. Vertices without edges are
   * components of their own and are not listed either.
   *
   * @param edges {@code (src, dst)} rows of {@code long} vertices with {@code dst < src}
   */
  static Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> current = checkpoint(edges.select(col("src"), col("dst"), lit(true).as("changed"))
        .groupBy("src", "dst").agg(max("changed").as("changed")));
    for (int round = 1; round <= MAX_ROUNDS; round++) {
      Dataset<Row> next = checkpoint(smallStar(largeStar(current))
          .groupBy("src", "dst").agg(max("changed").as("changed")));
      long changed = next.filter(col("changed")).count();
      LOG.info("Connected components: round {} changed {} edges", round, changed);
      current = next;
      if (changed == 0) {
        return current.select(col("src").as("vertex"), col("dst").as("component"));
      }
    }
    throw new IllegalStateException("Cannot find connected components: no fixpoint after "
        + MAX_ROUNDS + " rounds of large-star and small-star");
  }

  /**
   * Links every larger neighbour of a vertex to the smallest vertex of its closed neighbourhood.
   * Each edge {a, b} with a < b becomes one edge (b, m(a)); it changed when m(a) != a.
   */
  private static Dataset<Row> largeStar(Dataset<Row> edges) {
    Dataset<Row> neighbours = edges.select(col("dst").as("node"), col("src").as("neighbour"))
        .union(edges.select(col("src").as("node"), col("dst").as("neighbour")));
    Column smallest = least(col("node"), min("neighbour").over(Window.partitionBy("node")));
    return neighbours.withColumn("smallest", smallest)
        .filter(col("neighbour").gt(col("node")))
        .select(col("neighbour").as("src"), col("smallest").as("dst"),
            col("smallest").notEqual(col("node")).as("changed"));
  }

  /**
   * Links a vertex and its smaller neighbours to the smallest of them. An edge (src, dst) keeps
   * its place when dst is that smallest one; its other edges move to it and count as changes.
   */
  private static Dataset<Row> smallStar(Dataset<Row> edges) {
    Column smallest = min("dst").over(Window.partitionBy("src"));
    Column moved = col("dst").notEqual(col("smallest"));
    Dataset<Row> linked = edges.withColumn("smallest", smallest).select(explode(array(
        struct(col("src"), col("smallest").as("dst"), col("changed").or(moved).as("changed")),
        struct(col("dst").as("src"), col("smallest").as("dst"), lit(true).as("changed"))))
        .as("edge"));
    return linked.select("edge.*").filter(col("src").notEqual(col("dst")));
  }

  /** {@code data}, computed now and with its lineage cut (see the class comment). */
  static Dataset<Row> checkpoint(Dataset<Row> data) {
    SparkContext context = data.sparkSession().sparkContext();
    if (context.getCheckpointDir().isDefined()) {
      return data.checkpoint(true);
    }
    if (context.isLocal()) {
      return data.localCheckpoint(true);
    }
    throw Errors.userError("cluster near duplicates", "no checkpoint directory is set; set"
        + " spark.checkpoint.dir to storage that every executor reaches (HDFS, S3, a shared"
        + " volume), so that the rounds of connected components survive a lost executor");
  }
}
