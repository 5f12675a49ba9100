package dev.synthforge.config;

import dev.synthforge.core.curate.PiiMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the curate job judges generated rows: which rules run, in which order, with which
 * thresholds. A rule's settings are read whether or not the rule is listed, so a typo is found
 * even in a section that is switched off.
 *
 * @param rules catalog names of the rules to run, in order; the first rule that rejects a row is
 *     recorded as the reason it was not kept
 * @param maxTextChars rows with longer text are rejected by the input check and skip every rule
 * @param nearDup MinHash LSH settings of near-dup and seed-dedup
 * @param semanticEpsilon semantic-dedup drops a row whose cosine to a kept row of its cluster
 *     exceeds {@code 1 - epsilon}
 * @param semanticClusterSize mean rows per k-means cluster of semantic-dedup
 * @param minWords fewest words of the quality rule
 * @param maxWords most words of the quality rule
 * @param stopWords whether the quality rule asks for English stop words
 * @param piiMode flag (reject) or mask (keep with masked text)
 * @param evalSets evaluation sets of the decontamination rule
 * @param ngramWords words per n-gram of the decontamination rule
 * @param noveltyThreshold ROUGE-L at or above which a row is not novel
 * @param judge the judge model's settings, when the judge rule is configured
 */
public record CurateConfig(
    List<String> rules,
    int maxTextChars,
    NearDup nearDup,
    double semanticEpsilon,
    int semanticClusterSize,
    int minWords,
    int maxWords,
    boolean stopWords,
    PiiMode piiMode,
    List<EvalSet> evalSets,
    int ngramWords,
    double noveltyThreshold,
    Optional<Judge> judge) {

  public CurateConfig {
    rules = List.copyOf(rules);
    Objects.requireNonNull(nearDup, "nearDup");
    Objects.requireNonNull(piiMode, "piiMode");
    evalSets = List.copyOf(evalSets);
    Objects.requireNonNull(judge, "judge");
  }

  /**
   * MinHash settings.
   *
   * @param bands LSH bands
   * @param rows hashes per band
   * @param shingleWords words per shingle
   */
  public record NearDup(int bands, int rows, int shingleWords) {}

  /**
   * One evaluation set that generated rows must not overlap.
   *
   * @param path file or folder, absolute or a URI
   * @param format its format
   * @param idColumn column of the evaluation item id; absent: the line number's hash
   * @param textColumn column of the text checked
   */
  public record EvalSet(String path, SeedFormat format, Optional<String> idColumn, String textColumn) {
    public EvalSet {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(idColumn, "idColumn");
      Objects.requireNonNull(textColumn, "textColumn");
    }
  }

  /**
   * The judge model and its rubric.
   *
   * @param endpoint name of the endpoint (of the config's endpoints) that judges
   * @param rubric what the judge grades, in plain words
   * @param scoreMin lowest score of the scale
   * @param scoreMax highest score of the scale
   * @param minScore rows scoring below are rejected
   * @param maxTokens most tokens of the judge's answer
   * @param temperature judge sampling temperature
   */
  public record Judge(String endpoint, String rubric, int scoreMin, int scoreMax, int minScore,
      int maxTokens, double temperature) {
    public Judge {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(rubric, "rubric");
    }
  }
}
