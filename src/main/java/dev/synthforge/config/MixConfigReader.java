package dev.synthforge.config;

import dev.synthforge.core.mix.ExportFormat;
import dev.synthforge.core.mix.ExportShape;
import dev.synthforge.core.mix.MixCaps;
import dev.synthforge.core.mix.MixPolicy;
import dev.synthforge.core.mix.MixSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Reads the {@code mix} section and {@code output.training-mix-table}. */
final class MixConfigReader {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ConfigFiles files;

  MixConfigReader(ConfigFiles files) {
    this.files = files;
  }

  MixConfig read(ConfigNode node, ConfigNode output, SeedsConfig seeds) {
    String table = output.text("training-mix-table");
    if (!IDENTIFIER.matcher(table).matches()) {
      output.invalid("training-mix-table", table, "must match [A-Za-z_][A-Za-z0-9_]*");
    }
    MixPolicy policy = node.choice("policy", MixPolicy.class);
    Optional<Double> share = node.optionalDecimal("real-share", v -> v >= 0 && v <= 1, "must be within [0, 1]");
    if (policy == MixPolicy.TARGET_REAL_SHARE && !node.has("real-share")) {
      node.missing("real-share", "policy target-real-share needs the share of real rows, within [0, 1]");
    }
    if (policy == MixPolicy.ACCUMULATE && node.has("real-share")) {
      node.invalid("real-share", share.map(String::valueOf).orElse(""),
          "applies to policy target-real-share only; accumulate keeps every real row");
    }
    OptionalLong size = atLeast(node, "size", 1);
    long seed = node.longInteger("seed", v -> true, "");
    List<String> stratifyBy = node.has("stratify-by") ? node.textList("stratify-by", 16) : seeds.attributes();
    for (String attribute : stratifyBy) {
      if (!seeds.attributes().contains(attribute)) {
        node.invalid("stratify-by", attribute, "is not among seeds.attributes " + seeds.attributes()
            + "; only those are carried into the synthetic rows' lineage");
      }
    }
    ConfigNode caps = node.section("caps");
    MixCaps mixCaps = new MixCaps(atLeast(caps, "per-source", 0), atLeast(caps, "per-depth", 0),
        atLeast(caps, "per-group", 0));
    Optional<String> manifestDir = node.optionalText("manifest-dir")
        .flatMap(written -> files.location(node, "manifest-dir", written));
    Optional<MixConfig.Export> export = export(node.section("export"));
    double realShare = policy == MixPolicy.TARGET_REAL_SHARE ? share.filter(v -> v >= 0 && v <= 1).orElse(0.0) : 1.0;
    MixSpec spec = new MixSpec(policy, realShare, size, mixCaps, seed, stratifyBy);
    return new MixConfig(spec, table, manifestDir, export);
  }

  private Optional<MixConfig.Export> export(ConfigNode node) {
    Optional<String> dir = node.optionalText("dir").flatMap(written -> files.location(node, "dir", written));
    List<ExportFormat> formats = new ArrayList<>();
    if (node.has("formats")) {
      List<String> written = node.textList("formats", 4);
      for (String name : written) {
        Optional<ExportFormat> format = Arrays.stream(ExportFormat.values())
            .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
        if (format.isEmpty()) {
          node.invalid("formats", name, "must be one of parquet, jsonl");
        } else if (formats.contains(format.get())) {
          node.invalid("formats", name, "is listed twice");
        } else {
          formats.add(format.get());
        }
      }
      if (written.isEmpty()) {
        node.invalid("formats", "[]", "must list at least one of parquet, jsonl");
      }
    } else {
      formats.addAll(List.of(ExportFormat.PARQUET, ExportFormat.JSONL));
    }
    ExportShape shape = node.choice("shape", ExportShape.class);
    int shards = node.integer("shards", v -> v >= 1 && v <= 10_000, "must be within [1, 10000]");
    return dir.map(d -> new MixConfig.Export(d, formats, shape, shards));
  }

  private static OptionalLong atLeast(ConfigNode node, String name, long min) {
    Optional<Long> value = node.optionalLong(name);
    if (value.isPresent() && value.get() < min) {
      node.invalid(name, Long.toString(value.get()), "must be >= " + min);
      return OptionalLong.empty();
    }
    return value.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}
