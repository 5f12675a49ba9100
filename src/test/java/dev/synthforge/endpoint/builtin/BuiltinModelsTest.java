package dev.synthforge.endpoint.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthforge.core.lm.NgramModel;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltinModelsTest {

  @Test
  void fitsAFileOfOneDocumentPerLine(@TempDir Path folder) throws Exception {
    Path corpus = folder.resolve("corpus.txt");
    Files.write(corpus, List.of("The café was lovely.", "", "The tea was cold."), StandardCharsets.UTF_8);

    NgramModel model = BuiltinModels.fromFile(corpus);

    assertThat(model.textCount()).isEqualTo(2);
    assertThat(model.count("café")).isEqualTo(1);
    assertThat(model.fingerprint()).isEqualTo(BuiltinModels.fromTexts(List.of("The café was lovely.", "The tea was cold.")).fingerprint());
    assertThat(BuiltinModels.fromFile(corpus, 2).order()).isEqualTo(2);
  }

  @Test
  void namesAMissingFile(@TempDir Path folder) {
    Path missing = folder.resolve("missing.txt");

    assertThatThrownBy(() -> BuiltinModels.fromFile(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("Cannot read the corpus " + missing + ": ");
  }
}
