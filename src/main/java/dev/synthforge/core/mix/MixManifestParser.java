package dev.synthforge.core.mix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Writes a {@link MixManifest} as JSON and reads it back; a manifest it cannot read is an error. */
public final class MixManifestParser {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MixManifestParser() {}

  public static String toJson(MixManifest manifest) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format_version", MixManifest.FORMAT_VERSION);
    root.put("run_id", manifest.runId());
    root.put("created_at", manifest.createdAt());
    root.put("code_version", manifest.codeVersion());
    root.put("config_hash", manifest.configHash());
    ObjectNode spec = root.putObject("policy");
    spec.put("name", manifest.spec().policy().key());
    spec.put("real_share", manifest.spec().realShare());
    putOptional(spec, "size", manifest.spec().size());
    spec.put("seed", manifest.spec().seed());
    ArrayNode strata = spec.putArray("stratify_by");
    manifest.spec().stratifyBy().forEach(strata::add);
    ObjectNode caps = spec.putObject("caps");
    putOptional(caps, "per_source", manifest.spec().caps().perSource());
    putOptional(caps, "per_depth", manifest.spec().caps().perDepth());
    putOptional(caps, "per_group", manifest.spec().caps().perGroup());
    ObjectNode inputs = root.putObject("inputs");
    SeedPin seeds = manifest.seeds();
    ObjectNode seedNode = inputs.putObject("seeds");
    seedNode.put("kind", seeds.kind());
    seedNode.put("source", seeds.source());
    seedNode.put("format", seeds.format());
    putOptional(seedNode, "version", seeds.version());
    seeds.contentHash().ifPresentOrElse(h -> seedNode.put("content_sha256", h), () -> seedNode.putNull("content_sha256"));
    seeds.idColumn().ifPresentOrElse(c -> seedNode.put("id_column", c), () -> seedNode.putNull("id_column"));
    seedNode.put("text_column", seeds.textColumn());
    ArrayNode attributes = seedNode.putArray("attributes");
    seeds.attributes().forEach(attributes::add);
    seedNode.put("limit", seeds.limit());
    putTable(inputs, "curated", manifest.curated());
    putTable(inputs, "generations", manifest.generations());
    putTable(root, "output", manifest.output());
    ObjectNode counts = root.putObject("counts");
    MixPlan plan = manifest.plan();
    counts.put("rows", plan.rows());
    counts.put("real", plan.realRows());
    counts.put("synthetic", plan.syntheticRows());
    ArrayNode takes = counts.putArray("strata");
    for (StratumTake take : manifest.takes()) {
      ObjectNode node = takes.addObject();
      node.put("source", take.stratum().source());
      node.put("depth", take.stratum().depth());
      node.put("group", take.stratum().group());
      node.put("available", take.stratum().available());
      node.put("taken", take.take());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a mix manifest: " + e.getMessage(), e);
    }
  }

  /** The manifest in {@code json}; an IllegalArgumentException names what is missing or wrong. */
  public static MixManifest parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("it is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("it is not a JSON object");
    }
    int format = required(root, "format_version").asInt();
    if (format != MixManifest.FORMAT_VERSION) {
      throw new IllegalArgumentException("format_version " + format + " is not " + MixManifest.FORMAT_VERSION);
    }
    JsonNode spec = required(root, "policy");
    String policyName = text(spec, "name");
    MixPolicy policy = MixPolicy.fromKey(policyName)
        .orElseThrow(() -> new IllegalArgumentException("unknown policy '" + policyName + "'"));
    List<String> stratifyBy = new ArrayList<>();
    required(spec, "stratify_by").forEach(n -> stratifyBy.add(n.asText()));
    JsonNode caps = required(spec, "caps");
    MixSpec mixSpec = new MixSpec(policy, required(spec, "real_share").asDouble(), optionalLong(spec, "size"),
        new MixCaps(optionalLong(caps, "per_source"), optionalLong(caps, "per_depth"), optionalLong(caps, "per_group")),
        required(spec, "seed").asLong(), stratifyBy);
    JsonNode inputs = required(root, "inputs");
    JsonNode seeds = required(inputs, "seeds");
    List<String> attributes = new ArrayList<>();
    required(seeds, "attributes").forEach(n -> attributes.add(n.asText()));
    SeedPin seedPin = new SeedPin(text(seeds, "kind"), text(seeds, "source"), text(seeds, "format"),
        optionalLong(seeds, "version"), optionalText(seeds, "content_sha256"), optionalText(seeds, "id_column"),
        text(seeds, "text_column"), attributes, required(seeds, "limit").asLong());
    List<StratumTake> takes = new ArrayList<>();
    for (JsonNode node : required(required(root, "counts"), "strata")) {
      takes.add(new StratumTake(new Stratum(text(node, "source"), required(node, "depth").asInt(), text(node, "group"),
          required(node, "available").asLong()), required(node, "taken").asLong()));
    }
    return new MixManifest(text(root, "run_id"), text(root, "created_at"), text(root, "code_version"),
        text(root, "config_hash"), mixSpec, seedPin, table(inputs, "curated"), table(inputs, "generations"),
        table(root, "output"), takes);
  }

  private static void putOptional(ObjectNode node, String name, OptionalLong value) {
    if (value.isPresent()) {
      node.put(name, value.getAsLong());
    } else {
      node.putNull(name);
    }
  }

  private static void putTable(ObjectNode parent, String name, TablePin pin) {
    ObjectNode node = parent.putObject(name);
    node.put("table", pin.table());
    node.put("version", pin.version());
  }

  private static TablePin table(JsonNode parent, String name) {
    JsonNode node = required(parent, name);
    return new TablePin(text(node, "table"), required(node, "version").asLong());
  }

  private static JsonNode required(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("'" + name + "' is missing");
    }
    return value;
  }

  private static String text(JsonNode node, String name) {
    return required(node, name).asText();
  }

  private static Optional<String> optionalText(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }

  private static OptionalLong optionalLong(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? OptionalLong.empty() : OptionalLong.of(value.asLong());
  }
}
