package dev.synthforge.endpoint.builtin;

import java.util.List;

/** Turns texts into unit-length vectors of one dimension, one vector per text, in order. */
public interface Embeddings {

  /** The vectors of {@code texts}, none of which may be blank. */
  List<float[]> embed(List<String> texts);

  int dimension();
}
