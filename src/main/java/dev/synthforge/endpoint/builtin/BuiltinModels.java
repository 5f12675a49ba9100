package dev.synthforge.endpoint.builtin;

import dev.synthforge.core.lm.NgramModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/** Fits the built-in endpoint's language model from a corpus: a job's seed texts, or a file. */
public final class BuiltinModels {

  private BuiltinModels() {}

  /** A trigram model of {@code texts}, each text one document. */
  public static NgramModel fromTexts(Iterable<String> texts) {
    return NgramModel.fit(texts);
  }

  /** A trigram model of a UTF-8 text file holding one document per line. */
  public static NgramModel fromFile(Path file) {
    return fromFile(file, NgramModel.DEFAULT_ORDER);
  }

  /** A model of the given order of a UTF-8 text file holding one document per line. */
  public static NgramModel fromFile(Path file, int order) {
    Objects.requireNonNull(file, "file");
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return NgramModel.fit(lines::iterator, order);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the corpus " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("Cannot read the corpus " + file + ": " + e.getCause().getMessage(), e.getCause());
    }
  }
}
