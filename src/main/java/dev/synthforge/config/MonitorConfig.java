package dev.synthforge.config;

import dev.synthforge.core.metrics.Gate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the monitor job measures, on how large samples, and which quality gates fail the run.
 *
 * @param tokenBudget tokens per data set for the n-gram metrics, lowered to the smallest data
 *     set's tokens so every depth is compared with the real data at an equal budget
 * @param selfBleuSample texts per depth for Self-BLEU
 * @param embeddingSample texts per depth embedded for dispersion, the Vendi score and embedding
 *     groups
 * @param embeddingGroups clusters of seed embeddings used as representation groups when the
 *     seeds have no attributes
 * @param smallGroup real groups with fewer rows are marked as small samples
 * @param reportDir folder of the HTML reports, as written; absent: {@code reports} in the local
 *     warehouse
 * @param gates quality gates, checked at every generation depth
 */
public record MonitorConfig(
    long tokenBudget,
    int selfBleuSample,
    int embeddingSample,
    int embeddingGroups,
    int smallGroup,
    Optional<String> reportDir,
    List<Gate> gates) {

  public MonitorConfig {
    Objects.requireNonNull(reportDir, "reportDir");
    gates = List.copyOf(gates);
  }
}
