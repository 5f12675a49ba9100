package dev.synthforge.core.mix;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The dataset card of a mix, in Markdown: counts, models, templates, curation, review, manifest. */
public final class DatasetCard {
  private DatasetCard() {}

  public static String render(MixManifest manifest, String manifestJson, CardFacts facts) {
    MixPlan plan = manifest.plan();
    StringBuilder out = new StringBuilder();
    out.append("# Training mix ").append(manifest.runId()).append("\n\n");
    out.append(String.format(Locale.ROOT, "%d rows: %d real (%s), %d synthetic (%s). Built %s by synthforge %s.%n%n",
        plan.rows(), plan.realRows(), percent(plan.realRows(), plan.rows()), plan.syntheticRows(),
        percent(plan.syntheticRows(), plan.rows()), manifest.createdAt(), manifest.codeVersion()));
    MixSpec spec = manifest.spec();
    out.append("## Policy\n\n");
    out.append("- policy: ").append(spec.policy().key());
    if (spec.policy() == MixPolicy.TARGET_REAL_SHARE) {
      out.append(", real share ").append(spec.realShare());
    }
    out.append('\n');
    out.append("- size: ").append(spec.size().isPresent() ? Long.toString(spec.size().getAsLong()) : "as the policy and caps allow").append('\n');
    out.append("- caps on synthetic rows: per source ").append(cap(spec.caps().perSource()))
        .append(", per depth ").append(cap(spec.caps().perDepth()))
        .append(", per group ").append(cap(spec.caps().perGroup())).append('\n');
    out.append("- strata: source, depth and ").append(spec.stratifyBy().isEmpty() ? "no attribute" : String.join(", ", spec.stratifyBy()))
        .append("; sampling seed ").append(spec.seed()).append("\n\n");

    out.append("## Inputs\n\n");
    out.append("- real pool: ").append(manifest.seeds().describe()).append('\n');
    out.append("- curated: ").append(manifest.curated().table()).append(" version ").append(manifest.curated().version()).append('\n');
    out.append("- generations: ").append(manifest.generations().table()).append(" version ").append(manifest.generations().version()).append('\n');
    out.append("- written to: ").append(manifest.output().table()).append(" version ").append(manifest.output().version()).append("\n\n");

    out.append("## Rows by source, depth and group\n\n");
    out.append("| source | depth | group | available | in the mix |\n|---|---:|---|---:|---:|\n");
    for (StratumTake take : manifest.takes()) {
      Stratum s = take.stratum();
      out.append("| ").append(s.source()).append(" | ").append(s.depth()).append(" | ")
          .append(s.group().isEmpty() ? "(all)" : s.group()).append(" | ").append(s.available()).append(" | ")
          .append(take.take()).append(" |\n");
    }
    out.append('\n');
    table(out, "By source", "source", sum(manifest, t -> t.stratum().source()));
    table(out, "By depth", "depth", sum(manifest, t -> Integer.toString(t.stratum().depth())));
    table(out, "By group", "group", sum(manifest, t -> t.stratum().group().isEmpty() ? "(all)" : t.stratum().group()));

    table(out, "Models", "model", facts.models());
    table(out, "Prompt templates", "template", facts.templates());

    out.append("## Curation\n\n");
    out.append(String.format(Locale.ROOT, "%d of %d curated rows were kept (%s); the mix draws its synthetic rows from them.%n%n",
        facts.curatedKept(), facts.curatedRows(), percent(facts.curatedKept(), facts.curatedRows())));
    if (!facts.rejections().isEmpty()) {
      table(out, "Not kept, by first rule", "rule:reason", facts.rejections());
    }
    out.append("## Review\n\n").append(facts.review()).append("\n\n");
    if (!facts.exports().isEmpty()) {
      out.append("## Files\n\n");
      facts.exports().forEach(line -> out.append("- ").append(line).append('\n'));
      out.append('\n');
    }
    out.append("## Manifest\n\n");
    out.append("Rebuild this exact set with `synthforge mix --config <file> --manifest <this manifest>`.\n\n");
    out.append("```json\n").append(manifestJson.strip()).append("\n```\n");
    return out.toString();
  }

  private static Map<String, Long> sum(MixManifest manifest, Function<StratumTake, String> key) {
    Map<String, Long> sums = new TreeMap<>();
    manifest.takes().forEach(t -> sums.merge(key.apply(t), t.take(), Long::sum));
    return sums;
  }

  private static void table(StringBuilder out, String title, String column, Map<String, Long> rows) {
    out.append("### ").append(title).append("\n\n");
    if (rows.isEmpty()) {
      out.append("None.\n\n");
      return;
    }
    out.append("| ").append(column).append(" | rows |\n|---|---:|\n");
    rows.forEach((key, count) -> out.append("| ").append(key).append(" | ").append(count).append(" |\n"));
    out.append('\n');
  }

  private static String cap(java.util.OptionalLong cap) {
    return cap.isPresent() ? Long.toString(cap.getAsLong()) : "none";
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
