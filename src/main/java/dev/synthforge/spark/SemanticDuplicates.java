package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.synthforge.core.curate.ClusterMember;
import dev.synthforge.core.curate.RepresentativeOrder;
import dev.synthforge.core.curate.SemanticDedup;
import dev.synthforge.endpoint.builtin.MiniLmEmbeddings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.DenseVector;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * SemDeDup in Spark: all-MiniLM-L6-v2 embeddings computed on the executors, k-means over the
 * unit vectors (Spark ML, k = rows / cluster size), and within each cluster the greedy pass of
 * {@link SemanticDedup} in {@link RepresentativeOrder}, so the copy kept is the one near-dup
 * would keep. The pass is quadratic in a cluster's size, which k bounds on average.
 *
 * <p>Input: {@link DuplicateClusters#INPUT} columns. Output, one row per input row: row_id,
 * semantic_cluster, semantic_duplicate_of (the kept row it is a duplicate of, or null) and
 * semantic_similarity (cosine to that row, or null). The result is persisted; the caller
 * unpersists it when done.
 */
final class SemanticDuplicates {
  private SemanticDuplicates() {}

  private static final int BATCH = 64;

  static final StructType EMBEDDED = new StructType()
      .add("group_key", DataTypes.StringType, false)
      .add("row_id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true)
      .add("rejections", DataTypes.IntegerType, false)
      .add("features", SQLDataTypes.VectorType(), false);

  static final StructType OUTPUT = new StructType()
      .add("row_id", DataTypes.StringType, false)
      .add("semantic_cluster", DataTypes.IntegerType, false)
      .add("semantic_duplicate_of", DataTypes.StringType, true)
      .add("semantic_similarity", DataTypes.DoubleType, true);

  static Dataset<Row> find(Dataset<Row> rows, double epsilon, int clusterSize, long seed) {
    Dataset<Row> embedded = rows.select("group_key", "row_id", "text", "rejections")
        .mapPartitions(embed(), Encoders.row(EMBEDDED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long count = embedded.count();
      int k = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (count + clusterSize - 1) / clusterSize));
      Dataset<Row> clustered;
      if (k < 2) {
        clustered = embedded.withColumn("semantic_cluster", lit(0));
      } else {
        KMeansModel model = new KMeans().setK(k).setSeed(seed).setMaxIter(20)
            .setFeaturesCol("features").setPredictionCol("semantic_cluster").fit(embedded);
        clustered = model.transform(embedded);
      }
      Dataset<Row> result = clustered
          .repartition(col("group_key"), col("semantic_cluster"))
          .sortWithinPartitions("group_key", "semantic_cluster")
          .mapPartitions(dedup(epsilon), Encoders.row(OUTPUT))
          .persist(StorageLevel.MEMORY_AND_DISK());
      result.count();
      return result;
    } finally {
      embedded.unpersist();
    }
  }

  private static MapPartitionsFunction<Row, Row> embed() {
    return rows -> new Iterator<>() {
      private Iterator<Row> batch = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        return batch.hasNext() || rows.hasNext();
      }

      @Override
      public Row next() {
        if (!batch.hasNext()) {
          List<Row> inputs = new ArrayList<>();
          List<String> texts = new ArrayList<>();
          while (rows.hasNext() && inputs.size() < BATCH) {
            Row row = rows.next();
            inputs.add(row);
            texts.add(row.isNullAt(2) ? "" : row.getString(2));
          }
          List<float[]> vectors = MiniLmEmbeddings.shared().embed(texts);
          List<Row> out = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            Row row = inputs.get(i);
            float[] unit = SemanticDedup.unit(vectors.get(i));
            double[] values = new double[unit.length];
            for (int d = 0; d < unit.length; d++) {
              values[d] = unit[d];
            }
            out.add(RowFactory.create(row.get(0), row.get(1), row.get(2), row.get(3), Vectors.dense(values)));
          }
          batch = out.iterator();
        }
        return batch.next();
      }
    };
  }

  private static MapPartitionsFunction<Row, Row> dedup(double epsilon) {
    return rows -> {
      SemanticDedup semantic = new SemanticDedup(epsilon);
      List<Row> out = new ArrayList<>();
      ConsecutiveGroups groups = new ConsecutiveGroups(rows,
          row -> row.getString(row.fieldIndex("group_key")) + "\u0000" + row.getInt(row.fieldIndex("semantic_cluster")));
      Comparator<ClusterMember> order = RepresentativeOrder.instance();
      while (groups.hasNext()) {
        List<Row> members = new ArrayList<>(groups.next());
        members.sort((a, b) -> order.compare(member(a), member(b)));
        List<float[]> vectors = new ArrayList<>();
        for (Row member : members) {
          vectors.add(floats(member.getAs("features")));
        }
        int[] duplicateOf = semantic.duplicateOf(vectors);
        for (int i = 0; i < members.size(); i++) {
          Row member = members.get(i);
          int cluster = member.getInt(member.fieldIndex("semantic_cluster"));
          if (duplicateOf[i] == SemanticDedup.KEPT) {
            out.add(RowFactory.create(member.getAs("row_id"), cluster, null, null));
          } else {
            Row kept = members.get(duplicateOf[i]);
            out.add(RowFactory.create(member.getAs("row_id"), cluster, kept.getAs("row_id"),
                SemanticDedup.cosine(vectors.get(i), vectors.get(duplicateOf[i]))));
          }
        }
      }
      return out.iterator();
    };
  }

  private static ClusterMember member(Row row) {
    String text = row.getAs("text");
    return ClusterMember.of(row.getAs("row_id"), row.<Integer>getAs("rejections"), text == null ? "" : text);
  }

  private static float[] floats(DenseVector vector) {
    double[] values = vector.values();
    float[] floats = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      floats[i] = (float) values[i];
    }
    return floats;
  }
}
