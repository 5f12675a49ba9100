package dev.synthforge.core.mix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the dataset card tells besides the manifest, counted by the mix job.
 *
 * @param models mixed synthetic rows per generating model
 * @param templates mixed synthetic rows per prompt template id
 * @param curatedRows rows of the curated table version read
 * @param curatedKept of those, rows kept
 * @param rejections rows not kept per first rule:reason
 * @param review a line on human review of the curated rows
 * @param exports the export files written, one line each; empty when none
 */
public record CardFacts(Map<String, Long> models, Map<String, Long> templates, long curatedRows, long curatedKept,
    Map<String, Long> rejections, String review, List<String> exports) {
  public CardFacts {
    models = new LinkedHashMap<>(models);
    templates = new LinkedHashMap<>(templates);
    rejections = new LinkedHashMap<>(rejections);
    Objects.requireNonNull(review, "review");
    exports = List.copyOf(exports);
  }
}
