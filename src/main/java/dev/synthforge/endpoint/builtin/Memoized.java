package dev.synthforge.endpoint.builtin;

import java.util.Objects;
import java.util.function.Supplier;

/** A supplier that asks its source once, on first use, and keeps the answer. */
final class Memoized<T> implements Supplier<T> {

  private final Supplier<? extends T> source;
  private volatile T value;

  Memoized(Supplier<? extends T> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public T get() {
    T current = value;
    if (current == null) {
      synchronized (this) {
        current = value;
        if (current == null) {
          current = Objects.requireNonNull(source.get(), "supplied value");
          value = current;
        }
      }
    }
    return current;
  }
}
