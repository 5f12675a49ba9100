package dev.synthforge.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import dev.synthforge.core.curate.ClusterMember;
import dev.synthforge.core.curate.MinHasher;
import dev.synthforge.core.curate.TextNormalizer;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The executor side of {@link DuplicateClusters}: maps rows of {@link DuplicateClusters#INPUT}
 * (in that column order) to cluster members with an exact key or MinHash band keys. The text
 * length is {@link ClusterMember}'s, so Spark and the core reference rank members alike.
 */
final class DuplicateRows {
  private DuplicateRows() {}

  private static final StructType MEMBER = new StructType()
      .add("group_key", StringType, false)
      .add("row_id", StringType, false)
      .add("rejections", IntegerType, false)
      .add("text_length", IntegerType, false);

  /** A member and the exact key of its text. */
  static final StructType KEYED = MEMBER.add("exact_key", StringType, false);

  /** A member and its LSH band keys, one per band. */
  static final StructType BANDED =
      MEMBER.add("band_keys", DataTypes.createArrayType(LongType, false), false);

  /** Rows of {@link #KEYED}. */
  static final class ExactKeys implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return map(rows, TextNormalizer::exactKey);
    }
  }

  /** Rows of {@link #BANDED}. */
  static final class BandKeys implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final MinHasher hasher;

    BandKeys(MinHasher hasher) {
      this.hasher = Objects.requireNonNull(hasher, "hasher");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return map(rows, text -> hasher.bandKeys(hasher.signature(text)));
    }
  }

  /** The columns that must not be null: group_key, row_id and rejections. */
  private static final int[] REQUIRED = {0, 1, 3};

  /** The last column of a member row, from its text. */
  private interface Keys {
    Object of(String text);
  }

  private static Iterator<Row> map(Iterator<Row> rows, Keys keys) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        for (int index : REQUIRED) {
          if (row.isNullAt(index)) {
            throw new IllegalArgumentException("Cannot cluster duplicates: a row has a null "
                + DuplicateClusters.INPUT.fields()[index].name());
          }
        }
        String rowId = row.getString(1);
        String text = row.isNullAt(2) ? "" : row.getString(2);
        ClusterMember member = ClusterMember.of(rowId, row.getInt(3), text);
        return RowFactory.create(row.getString(0), rowId, member.rejections(),
            member.textLength(), keys.of(text));
      }
    };
  }
}
