package dev.synthforge.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/** Turns one journal chunk file into generations rows, on the executors. */
final class JournalRows implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  private static final long serialVersionUID = 1L;

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
    ResponseJournal.Chunk chunk = read(file);
    List<Row> rows = new ArrayList<>(chunk.entries().size());
    for (ResponseJournal.Entry entry : chunk.entries()) {
      rows.add(GenerationRows.toRow(entry.sample(), entry.result(), chunk.run(), new Timestamp(entry.createdAtMillis())));
    }
    return rows.iterator();
  }

  /** The request ids a chunk records as sent. */
  static final class Dispatched implements FlatMapFunction<Tuple2<String, PortableDataStream>, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<String> call(Tuple2<String, PortableDataStream> file) throws IOException {
      return read(file).dispatched().iterator();
    }
  }

  private static ResponseJournal.Chunk read(Tuple2<String, PortableDataStream> file) throws IOException {
    try (ObjectInputStream in = new ObjectInputStream(file._2().open())) {
      return (ResponseJournal.Chunk) in.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException("Cannot read journal chunk " + file._1() + ": " + e.getMessage(), e);
    }
  }
}
