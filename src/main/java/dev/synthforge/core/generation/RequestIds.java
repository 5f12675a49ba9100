package dev.synthforge.core.generation;

import dev.synthforge.core.Hashes;

/**
 * Deterministic request ids: the row key of the generations table.
 *
 * <p>An id depends on what the request asks, never on when or where it runs: the seed (id and
 * content hash), the task (template hash, system prompt, schema hash, API), the model pool, the
 * sampling parameters, and the sample index. The same config run twice yields the same ids, so a
 * re-run can skip finished work; changing anything that changes the answer yields new ids.
 */
public final class RequestIds {
  private static final String VERSION = "v1";

  private RequestIds() {}

  /** The id of sample {@code sampleIndex} of a seed under a task fingerprint. */
  public static String requestId(
      String seedId, String seedContentHash, String taskFingerprint, int sampleIndex) {
    return Hashes.sha256OfFields(
            VERSION, seedId, seedContentHash, taskFingerprint, Integer.toString(sampleIndex))
        .substring(0, 32);
  }

  /**
   * Everything about a task that shapes its answers, hashed once on the driver.
   *
   * @param models the distinct models of the endpoint pool, sorted, joined by ','
   */
  public static String taskFingerprint(
      String templateHash,
      String systemPrompt,
      String schemaHash,
      TaskApi api,
      String models,
      GenerationParameters parameters) {
    return Hashes.sha256OfFields(
        templateHash, systemPrompt, schemaHash, api.name(), models, parameters.canonical());
  }
}
