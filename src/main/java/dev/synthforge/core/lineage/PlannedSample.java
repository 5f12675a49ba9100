package dev.synthforge.core.lineage;

import dev.synthforge.core.generation.ErrorClass;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One (seed, sample) the run must end with a row for: its id, its rendered prompt, where it came
 * from, and, when the seed itself is unusable, why it will fail without a call.
 *
 * @param requestId deterministic id, the row key
 * @param seedId the seed's id
 * @param seedContentHash hash of the seed fields the request uses
 * @param sampleIndex which sample of the seed
 * @param prompt the rendered user prompt; empty when the seed is unusable
 * @param seedAttributes configured seed attributes (groups), as text
 * @param generationDepth 1 + the seed's depth (real seeds have depth 0)
 * @param parentIds ids of the rows this sample is made from
 * @param seedProblem why the seed cannot be sent, or null
 * @param seedProblemMessage a message naming the row and field, or null
 */
public record PlannedSample(
    String requestId,
    String seedId,
    String seedContentHash,
    int sampleIndex,
    String prompt,
    Map<String, String> seedAttributes,
    int generationDepth,
    List<String> parentIds,
    ErrorClass seedProblem,
    String seedProblemMessage) implements java.io.Serializable {

  public PlannedSample {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(seedId, "seedId");
    Objects.requireNonNull(seedContentHash, "seedContentHash");
    Objects.requireNonNull(prompt, "prompt");
    seedAttributes = Map.copyOf(seedAttributes);
    parentIds = List.copyOf(parentIds);
  }

  /** Whether the seed can be sent. */
  public boolean sendable() {
    return seedProblem == null;
  }
}
