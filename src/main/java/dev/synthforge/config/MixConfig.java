package dev.synthforge.config;

import dev.synthforge.core.mix.ExportFormat;
import dev.synthforge.core.mix.ExportShape;
import dev.synthforge.core.mix.MixSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the mix job builds the training mix.
 *
 * @param spec the policy, caps, size, seed and strata
 * @param table the training mix table ({@code output.training-mix-table})
 * @param manifestDir folder of manifests and dataset cards; absent: beside the table
 * @param export files for trainers; absent: none are written
 */
public record MixConfig(MixSpec spec, String table, Optional<String> manifestDir, Optional<Export> export) {
  public MixConfig {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(manifestDir, "manifestDir");
    Objects.requireNonNull(export, "export");
  }

  /**
   * Where and how the mix is exported.
   *
   * @param dir folder written: parquet/, jsonl/ and README.md (the dataset card)
   * @param formats file formats, at least one
   * @param shape JSONL line shape
   * @param shards files per format
   */
  public record Export(String dir, List<ExportFormat> formats, ExportShape shape, int shards) {
    public Export {
      Objects.requireNonNull(dir, "dir");
      formats = List.copyOf(formats);
      Objects.requireNonNull(shape, "shape");
    }
  }
}
