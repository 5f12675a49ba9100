package dev.synthforge.spark;

import dev.synthforge.config.CurateConfig;
import dev.synthforge.config.SeedsConfig;
import dev.synthforge.core.curate.ContaminationIndex;
import dev.synthforge.core.curate.DecontaminationRule;
import dev.synthforge.core.curate.InputCheck;
import dev.synthforge.core.curate.LshParameters;
import dev.synthforge.core.curate.MinHasher;
import dev.synthforge.core.curate.NgramOverlap;
import dev.synthforge.core.curate.PiiKind;
import dev.synthforge.core.curate.PiiRule;
import dev.synthforge.core.curate.QualityCheck;
import dev.synthforge.core.curate.QualityRule;
import dev.synthforge.core.curate.QualityThresholds;
import dev.synthforge.core.curate.RefusalRule;
import dev.synthforge.core.curate.RowRule;
import dev.synthforge.core.curate.RuleCatalog;
import dev.synthforge.core.curate.RuleScope;
import dev.synthforge.core.curate.SchemaRule;
import dev.synthforge.core.curate.SeedCopyRule;
import dev.synthforge.core.curate.TruncationRule;
import dev.synthforge.core.errors.Errors;
import dev.synthforge.core.errors.SynthforgeException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The configured curation rules, built on the driver and shipped to the executors: the input
 * check, the per-row rules (including the reference rules, whose seeds and evaluation sets are
 * folded into compact indexes here), and the MinHash settings of the set rules.
 */
final class CurationRuleSet implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<String> order;
  private final InputCheck input;
  private final LinkedHashMap<String, RowRule> rowRules;
  private final String schemaJson;
  private final MinHasher hasher;

  private CurationRuleSet(List<String> order, InputCheck input, LinkedHashMap<String, RowRule> rowRules,
      String schemaJson, MinHasher hasher) {
    this.order = List.copyOf(order);
    this.input = input;
    this.rowRules = rowRules;
    this.schemaJson = schemaJson;
    this.hasher = hasher;
  }

  /**
   * Builds the rules of a config. The seeds are read for seed-dedup and the evaluation sets for
   * decontamination, streamed through the driver one partition at a time into compact indexes
   * (about 16 bytes per band and seed, 12 per evaluation n-gram).
   *
   * @param seeds the seed rows, and which of their columns hold the id and text
   * @param schemaJson the task's JSON schema, or null for a free-text task
   */
  static CurationRuleSet build(SparkSession spark, CurateConfig config, SeedReader.Seeds seeds,
      SeedsConfig seedsConfig, String schemaJson) {
    MinHasher hasher = new MinHasher(new LshParameters(config.nearDup().bands(), config.nearDup().rows()),
        config.nearDup().shingleWords(), MinHasher.DEFAULT_SEED);
    LinkedHashMap<String, RowRule> rules = new LinkedHashMap<>();
    for (String name : config.rules()) {
      RuleScope scope = RuleCatalog.lookup(name).scope();
      if (scope == RuleScope.ROW || scope == RuleScope.REFERENCE) {
        rules.put(name, rowRule(spark, name, config, seeds, seedsConfig, hasher));
      }
    }
    return new CurationRuleSet(config.rules(), new InputCheck(config.maxTextChars()), rules, schemaJson, hasher);
  }

  private static RowRule rowRule(SparkSession spark, String name, CurateConfig config, SeedReader.Seeds seeds,
      SeedsConfig seedsConfig, MinHasher hasher) {
    return switch (name) {
      case RuleCatalog.QUALITY -> {
        QualityThresholds thresholds = QualityThresholds.defaults().withWordCounts(config.minWords(), config.maxWords());
        yield new QualityRule(config.stopWords() ? thresholds : thresholds.withoutStopWords(),
            EnumSet.allOf(QualityCheck.class));
      }
      case RuleCatalog.REFUSAL -> new RefusalRule();
      case RuleCatalog.TRUNCATION -> new TruncationRule();
      case RuleCatalog.SCHEMA -> new SchemaRule();
      case RuleCatalog.PII -> new PiiRule(config.piiMode(), EnumSet.allOf(PiiKind.class));
      case RuleCatalog.SEED_DEDUP -> seedCopies(seeds, seedsConfig, hasher);
      case RuleCatalog.DECONTAMINATION -> decontamination(spark, config);
      default -> throw new IllegalArgumentException("Rule '" + name + "' is not a per-row rule");
    };
  }

  private static SeedCopyRule seedCopies(SeedReader.Seeds seeds, SeedsConfig config, MinHasher hasher) {
    SeedCopyRule.Builder builder = SeedCopyRule.builder(hasher);
    String idColumn = config.idColumn().orElse(null);
    Iterator<Row> rows = seeds.rows()
        .selectExpr(idColumn == null ? "sha2(cast(" + quote(config.textColumn()) + " as string), 256)" : "cast(" + quote(idColumn) + " as string)",
            "cast(" + quote(config.textColumn()) + " as string)")
        .toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      if (!row.isNullAt(1)) {
        builder.add(row.isNullAt(0) ? "" : row.getString(0), row.getString(1));
      }
    }
    return builder.build();
  }

  private static DecontaminationRule decontamination(SparkSession spark, CurateConfig config) {
    ContaminationIndex.Builder builder = ContaminationIndex.builder(new NgramOverlap(config.ngramWords()));
    for (CurateConfig.EvalSet set : config.evalSets()) {
      SeedsConfig asSeeds = new SeedsConfig(Optional.of(set.path()), Optional.empty(), set.format(),
          set.idColumn(), set.textColumn(), List.of(), Integer.MAX_VALUE, 0);
      SeedReader.Seeds read;
      try {
        read = SeedReader.read(spark, asSeeds);
      } catch (SynthforgeException e) {
        throw Errors.userError("read evaluation set " + set.path() + " (curate.decontamination.eval-sets)",
            Errors.rootMessage(e), e);
      }
      for (String column : set.idColumn().map(id -> List.of(id, set.textColumn())).orElse(List.of(set.textColumn()))) {
        if (!read.columns().contains(column)) {
          throw Errors.userError("read evaluation set " + set.path(),
              "column '" + column + "' is not among its columns " + read.columns());
        }
      }
      Iterator<Row> rows = read.rows()
          .selectExpr(set.idColumn().map(id -> "cast(" + quote(id) + " as string)")
                  .orElse("sha2(cast(" + quote(set.textColumn()) + " as string), 256)"),
              "cast(" + quote(set.textColumn()) + " as string)")
          .toLocalIterator();
      while (rows.hasNext()) {
        Row row = rows.next();
        if (!row.isNullAt(1)) {
          builder.add(row.isNullAt(0) ? "" : row.getString(0), row.getString(1));
        }
      }
    }
    return new DecontaminationRule(builder.build());
  }

  private static String quote(String column) {
    return "`" + column.replace("`", "``") + "`";
  }

  List<String> order() {
    return order;
  }

  boolean has(String rule) {
    return order.contains(rule);
  }

  InputCheck input() {
    return input;
  }

  Map<String, RowRule> rowRules() {
    return rowRules;
  }

  /** The task's JSON schema, or null for free text. */
  String schemaJson() {
    return schemaJson;
  }

  MinHasher hasher() {
    return hasher;
  }
}
