package dev.synthforge.core.lineage;

import dev.synthforge.core.Hashes;
import dev.synthforge.core.generation.ErrorClass;
import dev.synthforge.core.generation.RequestIds;
import dev.synthforge.core.prompt.PromptRendering;
import dev.synthforge.core.prompt.PromptTemplate;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans the samples of one seed row: ids, rendered prompt, lineage, and the seed's problems.
 *
 * <p>A seed whose template fields are null, or longer than the limit, still gets its planned
 * samples, each marked with the problem, so the run ends with a recorded failure for it.
 */
public final class SamplePlanner implements Serializable {
  private static final long serialVersionUID = 1L;

  private final PromptTemplate template;
  private final String taskFingerprint;
  private final List<String> hashedFields;
  private final List<String> attributes;
  private final int samplesPerSeed;
  private final int maxTextChars;

  /**
   * @param template the task's template
   * @param taskFingerprint see {@code RequestIds.taskFingerprint}
   * @param textColumn the seed's main text column
   * @param attributes seed attribute columns carried into lineage
   * @param samplesPerSeed samples to plan per seed
   * @param maxTextChars longest accepted value of a template field
   */
  public SamplePlanner(
      PromptTemplate template,
      String taskFingerprint,
      String textColumn,
      List<String> attributes,
      int samplesPerSeed,
      int maxTextChars) {
    this.template = Objects.requireNonNull(template, "template");
    this.taskFingerprint = Objects.requireNonNull(taskFingerprint, "taskFingerprint");
    TreeSet<String> fields = new TreeSet<>(template.fields());
    fields.add(textColumn);
    this.hashedFields = List.copyOf(fields);
    this.attributes = List.copyOf(attributes);
    this.samplesPerSeed = samplesPerSeed;
    this.maxTextChars = maxTextChars;
  }

  /** The seed columns a plan reads: template fields, the text column and the attributes. */
  public List<String> columns() {
    TreeSet<String> columns = new TreeSet<>(hashedFields);
    columns.addAll(attributes);
    return List.copyOf(columns);
  }

  /**
   * Plans one seed.
   *
   * @param explicitId the seed's id column value, or null to derive the id from content
   * @param values seed column values as text (null for SQL NULL)
   * @param seedDepth the seed's generation depth (0 for real data)
   */
  public List<PlannedSample> plan(String explicitId, Map<String, String> values, int seedDepth) {
    return plan(explicitId, values, seedDepth, samplesPerSeed);
  }

  /**
   * Plans one seed with its own number of samples, indexes 0 to {@code samples - 1}, as
   * stratified generation allots them.
   */
  public List<PlannedSample> plan(
      String explicitId, Map<String, String> values, int seedDepth, int samples) {
    if (samples < 0) {
      throw new IllegalArgumentException("Cannot plan " + samples + " samples of a seed");
    }
    String contentHash = contentHash(values);
    String seedId = seedId(explicitId, contentHash);
    PromptRendering rendering = template.render(values::get);
    ErrorClass problem = null;
    String message = null;
    if (!rendering.complete()) {
      problem = ErrorClass.MISSING_TEMPLATE_FIELD;
      message = "seed " + seedId + ": template field(s) " + rendering.missingFields() + " are null";
    } else {
      for (String field : template.fields()) {
        String value = values.get(field);
        if (value.length() > maxTextChars) {
          problem = ErrorClass.SEED_TOO_LARGE;
          message = "seed " + seedId + ": field '" + field + "' has " + value.length()
              + " characters, above the limit of " + maxTextChars + " (seeds.max-text-chars)";
          break;
        }
      }
    }
    Map<String, String> attributeValues = new TreeMap<>();
    for (String attribute : attributes) {
      String value = values.get(attribute);
      if (value != null) {
        attributeValues.put(attribute, value);
      }
    }
    List<PlannedSample> planned = new ArrayList<>(samples);
    for (int index = 0; index < samples; index++) {
      planned.add(new PlannedSample(
          RequestIds.requestId(seedId, contentHash, taskFingerprint, index), seedId, contentHash,
          index, problem == null ? rendering.text() : "", attributeValues, seedDepth + 1,
          List.of(seedId), problem, message));
    }
    return planned;
  }

  /** The seed's id: the id column's value, or else one derived from its content hash. */
  public static String seedId(String explicitId, String contentHash) {
    return explicitId != null ? explicitId : "h" + contentHash.substring(0, 24);
  }

  /** The hash of the seed fields a request uses: the template fields and the text column. */
  public String contentHash(Map<String, String> values) {
    String[] fields = new String[hashedFields.size() * 2];
    for (int i = 0; i < hashedFields.size(); i++) {
      fields[2 * i] = hashedFields.get(i);
      fields[2 * i + 1] = values.get(hashedFields.get(i));
    }
    return Hashes.sha256OfFields(fields);
  }
}
