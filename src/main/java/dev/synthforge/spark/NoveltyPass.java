package dev.synthforge.spark;

import static org.apache.spark.sql.functions.col;

import dev.synthforge.core.curate.ClusterMember;
import dev.synthforge.core.curate.Novelty;
import dev.synthforge.core.curate.RepresentativeOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Self-Instruct novelty in Spark, within groups (the samples of one seed, where a model repeats
 * itself): each group's rows in {@link RepresentativeOrder}, a row kept only when its ROUGE-L to
 * every row kept before it is below the threshold. Quadratic in a group's size, which
 * samples-per-seed bounds.
 *
 * <p>Input: {@link DuplicateClusters#INPUT} columns, with the group as group_key. Output, one row
 * per input row: row_id, novelty_score (highest ROUGE-L to a row kept before it; 0 for the first),
 * novelty_similar_to (that row) and novel.
 */
final class NoveltyPass {
  private NoveltyPass() {}

  static final StructType OUTPUT = new StructType()
      .add("row_id", DataTypes.StringType, false)
      .add("novelty_score", DataTypes.DoubleType, false)
      .add("novelty_similar_to", DataTypes.StringType, true)
      .add("novel", DataTypes.BooleanType, false);

  static Dataset<Row> find(Dataset<Row> rows, double threshold) {
    return rows.select("group_key", "row_id", "text", "rejections")
        .repartition(col("group_key"))
        .sortWithinPartitions("group_key")
        .mapPartitions(pass(threshold), Encoders.row(OUTPUT));
  }

  private static MapPartitionsFunction<Row, Row> pass(double threshold) {
    return rows -> {
      List<Row> out = new ArrayList<>();
      ConsecutiveGroups groups = new ConsecutiveGroups(rows, row -> row.getString(0));
      RepresentativeOrder order = RepresentativeOrder.instance();
      while (groups.hasNext()) {
        List<Row> members = new ArrayList<>(groups.next());
        members.sort((a, b) -> order.compare(member(a), member(b)));
        List<String> kept = new ArrayList<>();
        List<String> keptIds = new ArrayList<>();
        for (Row row : members) {
          String text = text(row);
          double best = 0;
          String similarTo = null;
          for (int k = 0; k < kept.size(); k++) {
            double similarity = Novelty.rougeL(text, kept.get(k));
            if (similarity > best) {
              best = similarity;
              similarTo = keptIds.get(k);
            }
          }
          boolean novel = best < threshold;
          if (novel) {
            kept.add(text);
            keptIds.add(row.getString(1));
          }
          out.add(RowFactory.create(row.getString(1), best, similarTo, novel));
        }
      }
      return out.iterator();
    };
  }

  private static String text(Row row) {
    return row.isNullAt(2) ? "" : row.getString(2);
  }

  private static ClusterMember member(Row row) {
    return ClusterMember.of(row.getString(1), row.getInt(3), text(row));
  }
}
