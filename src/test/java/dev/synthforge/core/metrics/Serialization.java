package dev.synthforge.core.metrics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/** Java serialization round trips, as Spark does with accumulators it ships between JVMs. */
public final class Serialization {

  private Serialization() {}

  /** {@code value} written and read back. */
  @SuppressWarnings("unchecked")
  public static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream output = new ObjectOutputStream(bytes)) {
        output.writeObject(value);
      }
      try (ObjectInputStream input =
          new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) input.readObject();
      }
    } catch (IOException error) {
      throw new UncheckedIOException(error);
    } catch (ClassNotFoundException error) {
      throw new IllegalStateException(error);
    }
  }
}
