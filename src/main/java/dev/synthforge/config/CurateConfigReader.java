package dev.synthforge.config;

import dev.synthforge.core.curate.PiiMode;
import dev.synthforge.core.curate.RuleCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code curate} section, checking rule names against the rule catalog. */
final class CurateConfigReader {

  private final ConfigFiles files;

  CurateConfigReader(ConfigFiles files) {
    this.files = files;
  }

  CurateConfig read(ConfigNode node, List<EndpointConfig> endpoints) {
    List<String> rules = rules(node);
    int maxTextChars = node.integer("max-text-chars", v -> v >= 1, "must be >= 1");

    ConfigNode nearDupNode = node.section("near-dup");
    CurateConfig.NearDup nearDup = new CurateConfig.NearDup(
        nearDupNode.integer("bands", v -> v >= 1 && v <= 1000, "must be within [1, 1000]"),
        nearDupNode.integer("rows", v -> v >= 1 && v <= 100, "must be within [1, 100]"),
        nearDupNode.integer("shingle-words", v -> v >= 1 && v <= 50, "must be within [1, 50]"));

    ConfigNode semantic = node.section("semantic-dedup");
    double epsilon = semantic.decimal("epsilon", v -> v > 0 && v < 1, "must be within (0, 1)");
    int clusterSize = semantic.integer("cluster-size", v -> v >= 2, "must be >= 2");

    ConfigNode quality = node.section("quality");
    int minWords = quality.integer("min-words", v -> v >= 0, "must be >= 0");
    int maxWords = quality.integer("max-words", v -> v >= 1, "must be >= 1");
    if (maxWords < minWords) {
      quality.invalid("max-words", Integer.toString(maxWords), "must be >= min-words (" + minWords + ")");
    }
    boolean stopWords = quality.flag("stop-words");

    PiiMode piiMode = node.section("pii").choice("mode", PiiMode.class);

    ConfigNode decontamination = node.section("decontamination");
    List<CurateConfig.EvalSet> evalSets = new ArrayList<>();
    for (ConfigNode set : decontamination.sectionList("eval-sets")) {
      Optional<String> path = set.requiredText("path", "an evaluation set needs a path")
          .flatMap(written -> files.location(set, "path", written));
      SeedFormat format = set.choice("format", SeedFormat.class);
      Optional<String> idColumn = set.optionalText("id-column");
      String textColumn = set.text("text-column");
      path.ifPresent(p -> evalSets.add(new CurateConfig.EvalSet(p, format, idColumn, textColumn)));
    }
    int ngramWords = decontamination.integer("ngram-words", v -> v >= 1 && v <= 100, "must be within [1, 100]");

    double noveltyThreshold = node.section("novelty")
        .decimal("threshold", v -> v > 0 && v <= 1, "must be within (0, 1]");

    Optional<CurateConfig.Judge> judge = judge(node.section("judge"), rules.contains(RuleCatalog.JUDGE), endpoints);

    if (rules.contains(RuleCatalog.DECONTAMINATION) && evalSets.isEmpty() && !decontamination.has("eval-sets")) {
      node.problem(ConfigProblem.missingKey(decontamination.keyOf("eval-sets"),
          "rule 'decontamination' is listed in curate.rules; name the evaluation sets"));
    }
    if (!evalSets.isEmpty() && !rules.contains(RuleCatalog.DECONTAMINATION)) {
      node.invalid("rules", rules.toString(),
          "curate.decontamination.eval-sets is set but 'decontamination' is not listed; add it or remove the sets");
    }
    return new CurateConfig(rules, maxTextChars, nearDup, epsilon, clusterSize, minWords, maxWords,
        stopWords, piiMode, evalSets, ngramWords, noveltyThreshold, judge);
  }

  private static List<String> rules(ConfigNode node) {
    if (!node.has("rules")) {
      return CurateDefaults.RULES;
    }
    List<String> written = node.textList("rules", 64);
    Set<String> rules = new LinkedHashSet<>();
    for (String name : written) {
      Optional<String> known = RuleCatalog.names().stream().filter(name::equals).findFirst();
      if (known.isEmpty()) {
        String hint = RuleCatalog.suggest(name).map(s -> "did you mean '" + s + "'?")
            .orElseGet(() -> "known rules: " + String.join(", ", RuleCatalog.names()));
        node.invalid("rules", name, "unknown rule; " + hint);
      } else if (!rules.add(name)) {
        node.invalid("rules", name, "is listed twice");
      }
    }
    if (node.has("rules") && written.isEmpty()) {
      node.invalid("rules", "[]", "must list at least one rule");
    }
    return List.copyOf(rules);
  }

  private Optional<CurateConfig.Judge> judge(ConfigNode node, boolean listed, List<EndpointConfig> endpoints) {
    Optional<String> endpoint = node.optionalText("endpoint");
    Optional<String> rubricText = node.optionalText("rubric");
    Optional<String> rubricFile = node.optionalText("rubric-file");
    int scoreMin = node.integer("score-min", v -> true, "");
    int scoreMax = node.integer("score-max", v -> true, "");
    if (scoreMax <= scoreMin) {
      node.invalid("score-max", Integer.toString(scoreMax), "must be > score-min (" + scoreMin + ")");
    }
    int minScore = node.integer("min-score", v -> true, "");
    if (minScore < scoreMin || minScore > scoreMax) {
      node.invalid("min-score", Integer.toString(minScore),
          "must be within [score-min, score-max] = [" + scoreMin + ", " + scoreMax + "]");
    }
    int maxTokens = node.integer("max-tokens", v -> v >= 16, "must be >= 16");
    double temperature = node.decimal("temperature", v -> v >= 0 && v <= 2, "must be within [0, 2]");
    Optional<String> rubric = rubricText;
    if (rubricText.isPresent() && rubricFile.isPresent()) {
      node.problem(ConfigProblem.conflictingKeys(node.keyOf("rubric"), node.keyOf("rubric-file"), "set only one"));
    } else if (rubricFile.isPresent()) {
      rubric = files.read(node, "rubric-file", rubricFile.get()).map(String::strip).filter(text -> !text.isEmpty());
      if (rubric.isEmpty()) {
        node.invalid("rubric-file", rubricFile.get(), "the file is empty or unreadable");
      }
    }
    if (!listed) {
      return Optional.empty();
    }
    if (endpoint.isEmpty()) {
      node.missing("endpoint", "rule 'judge' is listed in curate.rules; name the endpoint that judges");
    } else if (endpoints.stream().noneMatch(e -> e.name().equals(endpoint.get()))) {
      node.invalid("endpoint", endpoint.get(), "is not one of the endpoints: "
          + endpoints.stream().map(EndpointConfig::name).toList());
    }
    if (rubric.isEmpty() && rubricFile.isEmpty()) {
      node.missing("rubric", "rule 'judge' needs a rubric (curate.judge.rubric or rubric-file)");
    }
    if (endpoint.isEmpty() || rubric.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CurateConfig.Judge(endpoint.get(), rubric.get(), scoreMin, scoreMax, minScore,
        maxTokens, temperature));
  }
}
