package dev.synthforge.config;

import dev.synthforge.core.NameSuggestions;
import dev.synthforge.config.ConfigKey.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every job config key, with its default and description.
 *
 * <p>It feeds {@code --help} and the docs, gives the loader its defaults, and names the keys that
 * an unknown key is compared with for a suggestion. The loader reads no key that is not listed
 * here.
 */
public final class ConfigKeys {

  private static final Map<String, ConfigKey> KEYS = new LinkedHashMap<>();

  static {
    section("seeds", "Where the seed rows come from.");
    value(
        "seeds.path",
        null,
        "File or folder of seed data; a URI (s3a://, hdfs://) is kept as is. Exactly one of"
            + " path/table.");
    value("seeds.table", null, "Catalog table (Delta) to read seeds from, instead of a path.");
    value(
        "seeds.format",
        "auto",
        "auto|jsonl|csv|parquet|delta; auto picks by extension, or delta when the folder has"
            + " _delta_log.");
    value(
        "seeds.id-column",
        null,
        "Column holding the seed id; without it the id is a hash of the seed's content.");
    value("seeds.text-column", "text", "Column holding the main text of a seed.");
    value(
        "seeds.attributes",
        "[]",
        "Seed columns carried into lineage; the groups used for representation.");
    value(
        "seeds.max-text-chars",
        "20000",
        "Longest seed text in characters (>= 1); longer seeds become recorded failures.");
    value("seeds.limit", "0", "Read at most this many seeds (>= 0); 0 reads all.");

    section("task", "What to ask the model for each seed.");
    value("task.name", null, "Required. Task name: [a-z0-9][a-z0-9_-]*.");
    value(
        "task.template",
        null,
        "Prompt template with {{column}} placeholders. Exactly one of template/template-file.");
    value(
        "task.template-file",
        null,
        "File holding the prompt template (UTF-8, trailing whitespace removed).");
    value("task.template-id", null, "Template id recorded in lineage; default: the task name.");
    value("task.system-prompt", null, "System message sent before the prompt (api chat only).");
    value("task.api", "chat", "chat|completions: which OpenAI-compatible API to call.");
    value("task.samples-per-seed", "1", "Samples generated per seed, 1..1000.");
    value("task.use-n", "false", "Ask for all samples of a seed in one request with the API's n.");
    value("task.temperature", "0.7", "Sampling temperature, [0, 2].");
    value("task.top-p", "1.0", "Nucleus sampling mass, (0, 1].");
    value("task.max-tokens", "256", "Most tokens generated per sample (>= 1).");
    value("task.stop", "[]", "Stop sequences, at most 4.");
    value("task.seed", null, "Sampling seed sent to the endpoint (a long).");
    value(
        "task.json-schema",
        null,
        "JSON schema of a structured answer: a JSON object as a string, or as YAML.");
    value(
        "task.json-schema-file",
        null,
        "File holding the JSON schema of a structured answer (not with json-schema).");
    section(
        "task.stratify",
        "Stratified generation: the seeds x samples-per-seed samples are shared out by per-group"
            + " quotas over one seed attribute, so a group rare in the seeds is not left rare."
            + " Absent: every seed gets samples-per-seed.");
    value(
        "task.stratify.attribute",
        null,
        "Required. The seed attribute whose values are the groups; one of seeds.attributes."
            + " Seeds without a value keep samples-per-seed.");
    value(
        "task.stratify.policy",
        "tempered",
        "tempered|floor: how a group's target share q(a) follows its share p(a) of the seeds.");
    value(
        "task.stratify.temperature",
        "0.3",
        "tempered: q(a) proportional to p(a)^temperature, [0, 1]; 0 gives every group an equal"
            + " share, 1 keeps the seed shares.");
    value(
        "task.stratify.floor",
        null,
        "floor: the least share of every group, [0, 1/K] for K groups; the others share the rest"
            + " as in the seeds. Default 1/(2K).");
    value(
        "task.stratify.min-samples-per-seed",
        "1",
        "Fewest samples of a seed, [0, samples-per-seed]; 0 lets the seeds of a frequent group get"
            + " none.");
    value(
        "task.stratify.max-samples-per-seed",
        null,
        "Most samples of a seed (>= samples-per-seed); bounds how often one seed of a rare group"
            + " is sampled. Default: no limit.");

    sectionList(
        "endpoints", "Required. Model endpoints to send requests to; at least one, names unique.");
    value("endpoints[].name", null, "Required. Endpoint name: [A-Za-z0-9][A-Za-z0-9_-]*.");
    value(
        "endpoints[].type",
        "openai",
        "openai|builtin: an OpenAI-compatible server, or the built-in stand-in started"
            + " in-process.");
    value(
        "endpoints[].base-url",
        null,
        "openai only, required: API root including /v1, e.g. http://vllm-1:8000/v1; the client"
            + " appends /chat/completions. No user:password.");
    value(
        "endpoints[].model",
        null,
        "Model to request; required for openai, default 'synthforge-builtin' for builtin.");
    value(
        "endpoints[].api-key-env", null, "openai only: environment variable holding the API key.");
    value(
        "endpoints[].api-key-file",
        null,
        "openai only: file holding the API key (not with api-key-env).");
    value("endpoints[].max-concurrency", "64", "Cluster-wide budget of requests in flight (>= 1).");
    value(
        "endpoints[].concurrency",
        "adaptive",
        "adaptive|fixed: adaptive grows while latency holds and backs off on 429s, overload and"
            + " latency inflation, up to max-concurrency; fixed keeps max-concurrency.");
    value(
        "endpoints[].requests-per-minute",
        "0",
        "Requests per minute for the whole job (0 = no limit), split over executors.");
    value(
        "endpoints[].tokens-per-minute",
        "0",
        "Prompt + completion tokens per minute for the whole job, estimated on dispatch (0 = no"
            + " limit).");
    section("endpoints[].circuit-breaker", "When the endpoint is taken out of rotation.");
    value(
        "endpoints[].circuit-breaker.failures",
        "5",
        "Consecutive connection errors, timeouts or 5xx answers that open the circuit (>= 1).");
    value(
        "endpoints[].circuit-breaker.cooldown",
        "10s",
        "Time the circuit stays open before one probe request; doubles per failed probe.");
    value("endpoints[].weight", "1.0", "Routing weight among endpoints (> 0).");
    value("endpoints[].connect-timeout", "10s", "Time allowed to open a connection (> 0).");
    value("endpoints[].request-timeout", "120s", "Time allowed for one request to answer (> 0).");
    section("endpoints[].retry", "How failed requests are retried.");
    value(
        "endpoints[].retry.max-attempts",
        "5",
        "Attempts per request for 5xx, timeouts and connection errors (>= 1).");
    value(
        "endpoints[].retry.initial-backoff",
        "500ms",
        "Wait before the first retry; doubles each retry.");
    value(
        "endpoints[].retry.max-backoff",
        "30s",
        "Longest wait between retries (>= initial-backoff).");
    value(
        "endpoints[].retry.rate-limit-budget",
        "10m",
        "Total time one request may spend waiting on 429 answers.");
    section(
        "endpoints[].price",
        "Price of the endpoint's tokens, for the cost in lineage and run ledger.");
    value("endpoints[].price.prompt-per-million", "0", "USD per million prompt tokens (>= 0).");
    value(
        "endpoints[].price.completion-per-million",
        "0",
        "USD per million completion tokens (>= 0).");
    value(
        "endpoints[].corpus",
        null,
        "builtin only: text file, one document a line, to fit the model on; default: the seed"
            + " texts.");
    section("endpoints[].emulation", "builtin only: how the stand-in emulates a GPU model server.");
    value("endpoints[].emulation.latency", "0ms", "Mean service time of one request.");
    value(
        "endpoints[].emulation.latency-distribution",
        "fixed",
        "fixed|exponential|uniform: spread of service times around the mean.");
    value(
        "endpoints[].emulation.capacity",
        "0",
        "Concurrent slots; requests beyond them queue. 0 = unbounded.");
    value(
        "endpoints[].emulation.knee",
        "0",
        "Concurrency past which service time grows in proportion; 0 = no knee.");
    value("endpoints[].emulation.tokens-per-second", "0", "Decode speed per request; 0 = instant.");
    value("endpoints[].emulation.seed", "0", "Seed of the emulation's random choices.");
    section(
        "endpoints[].emulation.faults",
        "Probabilities per request of injected faults; they add up to at most 1.");
    value("endpoints[].emulation.faults.rate-limited", "0", "Answer 429 with Retry-After, [0, 1].");
    value(
        "endpoints[].emulation.faults.retry-after", "1s", "Retry-After sent with an injected 429.");
    value("endpoints[].emulation.faults.server-error", "0", "Answer 503, [0, 1].");
    value(
        "endpoints[].emulation.faults.timeout",
        "0",
        "Hold the request past the client's timeout, [0, 1].");
    value(
        "endpoints[].emulation.faults.timeout-hold",
        "120s",
        "How long a timed-out request is held.");
    value(
        "endpoints[].emulation.faults.reset",
        "0",
        "Close the connection without an answer, [0, 1].");
    value(
        "endpoints[].emulation.faults.malformed",
        "0",
        "Answer 200 with a body that is not JSON, [0, 1].");
    value(
        "endpoints[].emulation.faults.truncated",
        "0",
        "Answer 200 with JSON cut in the middle, [0, 1].");

    section("output", "Where the tables are written.");
    value("output.database", "synth", "Database (schema) of the output tables.");
    value("output.generations-table", "generations", "Table of generated rows.");
    value("output.runs-table", "runs", "Ledger table, one row per run.");
    value("output.curated-table", "curated", "Table of curation verdicts, one row per generated row.");
    value("output.metrics-table", "metrics", "Table of monitor metrics, long form.");
    value(
        "output.judgments-table",
        "judgments",
        "Table of judge model answers, with the lineage columns of generations.");
    value(
        "output.warehouse",
        "warehouse",
        "Local warehouse folder for local runs, relative to the working directory.");
    value(
        "output.training-mix-table",
        "training_mix",
        "Table the mix job writes: the training set, one row per mixed row with its lineage.");
    value(
        "output.reviews-table",
        "reviews",
        "Table review import appends people's verdicts to; curate reads the latest per row.");

    section("curate", "How the curate job judges generated rows.");
    value(
        "curate.rules",
        "[" + String.join(", ", CurateDefaults.RULES) + "]",
        "Rules to run, in order; the first that rejects a row is recorded as why it was not"
            + " kept. Names: " + String.join(", ", dev.synthforge.core.curate.RuleCatalog.names()) + ".");
    value(
        "curate.max-text-chars",
        "100000",
        "Rows with longer text are rejected as text_too_long and skip every rule (>= 1).");
    section("curate.near-dup", "MinHash LSH of near-dup and seed-dedup.");
    value("curate.near-dup.bands", "14", "LSH bands (>= 1); bands x rows hashes in all.");
    value("curate.near-dup.rows", "8", "Hashes per band (>= 1); threshold about (1/bands)^(1/rows).");
    value("curate.near-dup.shingle-words", "5", "Words per shingle (>= 1).");
    section("curate.semantic-dedup", "SemDeDup over all-MiniLM-L6-v2 embeddings.");
    value(
        "curate.semantic-dedup.epsilon",
        "0.05",
        "A row is a duplicate when its cosine to a kept row of its cluster exceeds 1 - epsilon,"
            + " (0, 1).");
    value(
        "curate.semantic-dedup.cluster-size",
        "200",
        "Mean rows per k-means cluster; k = ceil(rows / cluster-size) (>= 2).");
    section("curate.quality", "Heuristic quality rule (Gopher and C4, bounds for short text).");
    value("curate.quality.min-words", "3", "Fewest words (>= 0).");
    value("curate.quality.max-words", "2000", "Most words (>= min-words).");
    value(
        "curate.quality.stop-words",
        "true",
        "Ask for an English stop word in texts of 20 words or more; false for other languages.");
    section("curate.pii", "Personal data and secrets.");
    value("curate.pii.mode", "flag", "flag|mask: reject the row, or keep it with findings masked.");
    section("curate.decontamination", "Overlap with evaluation sets.");
    sectionList(
        "curate.decontamination.eval-sets",
        "Evaluation sets (JSONL, CSV, Parquet or Delta) that generated rows must not overlap.");
    value("curate.decontamination.eval-sets[].path", null, "Required. File or folder of the set.");
    value("curate.decontamination.eval-sets[].format", "auto", "auto|jsonl|csv|parquet|delta.");
    value(
        "curate.decontamination.eval-sets[].id-column",
        null,
        "Column of the item id; default: a hash of the text.");
    value("curate.decontamination.eval-sets[].text-column", "text", "Column of the text checked.");
    value(
        "curate.decontamination.ngram-words",
        "13",
        "Words per n-gram; one shared n-gram marks a row contaminated (>= 1).");
    section("curate.novelty", "Self-Instruct novelty among the samples of one seed.");
    value(
        "curate.novelty.threshold",
        "0.7",
        "A row whose ROUGE-L to a kept sibling is at or above this is not novel, (0, 1].");
    section("curate.judge", "LLM-as-judge, sent through the generate fan-out.");
    value("curate.judge.endpoint", null, "Name of the endpoint that judges; required for rule judge.");
    value(
        "curate.judge.rubric",
        null,
        "What the judge grades, in plain words. Not with rubric-file.");
    value("curate.judge.rubric-file", null, "File holding the rubric.");
    value("curate.judge.score-min", "1", "Lowest score of the scale.");
    value("curate.judge.score-max", "5", "Highest score of the scale (> score-min).");
    value(
        "curate.judge.min-score",
        "4",
        "Rows scoring below are rejected, [score-min, score-max]; 4 of 5 as AlpaGasus kept.");
    value("curate.judge.max-tokens", "256", "Most tokens of one judge answer (>= 16).");
    value("curate.judge.temperature", "0.0", "Judge sampling temperature, [0, 2].");

    section("monitor", "What the monitor job measures and which quality gates fail the run.");
    value(
        "monitor.token-budget",
        "100000",
        "Tokens per data set for the n-gram metrics (>= 1000); lowered to the smallest data set,"
            + " so every depth meets the real data at an equal budget.");
    value("monitor.self-bleu-sample", "500", "Texts per depth for Self-BLEU, [2, 20000].");
    value(
        "monitor.embedding-sample",
        "1000",
        "Texts per depth embedded (all-MiniLM-L6-v2) for dispersion and the Vendi score, [2, 5000].");
    value(
        "monitor.embedding-groups",
        "8",
        "Without seeds.attributes: clusters of seed embeddings used as representation groups.");
    value("monitor.small-group", "10", "Real groups with fewer rows are marked as small samples.");
    value(
        "monitor.report-dir",
        null,
        "Folder of the HTML reports; default: reports/ in the local warehouse.");
    sectionList(
        "monitor.gates",
        "Quality gates, checked at every generation depth; a breach makes the job exit with code 4.");
    value("monitor.gates[].metric", null, "Required. Metric name, as in the metrics table (distinct_2, tail_recall_1, ...).");
    value(
        "monitor.gates[].comparison",
        null,
        "Required. below-absolute|above-absolute|below-ratio-of-real|above-ratio-of-real|"
            + "any-group-below|any-group-above: when the gate is breached.");
    value("monitor.gates[].threshold", null, "Required. The bound, or the multiple of the real value.");
    value("monitor.gates[].group", null, "The one group checked (e.g. region=south); default: the whole data.");
    value("monitor.gates[].name", null, "How messages name the gate; default: built from the rest.");

    section("mix", "How the mix job builds the training mix from the real pool and kept synthetic rows.");
    value(
        "mix.policy",
        "accumulate",
        "accumulate|target-real-share: every real row with synthetic rows added on top, or real"
            + " and synthetic rows in a target proportion (the larger side sampled down).");
    value(
        "mix.real-share",
        null,
        "target-real-share only, required: share of real rows in the mix, [0, 1].");
    value(
        "mix.size",
        null,
        "Total rows of the mix (>= 1); default: as many as the policy and caps allow. A size the"
            + " rows cannot give is an error.");
    value("mix.seed", "0", "Seed of the row order sampling takes from; same seed and inputs, same rows.");
    value(
        "mix.stratify-by",
        null,
        "Seed attributes whose values are the groups sampled in proportion; default:"
            + " seeds.attributes.");
    section("mix.caps", "Most synthetic rows per bucket; real rows are never capped.");
    value("mix.caps.per-source", null, "Most synthetic rows of one source (task), >= 0.");
    value("mix.caps.per-depth", null, "Most synthetic rows of one generation depth, >= 0.");
    value("mix.caps.per-group", null, "Most synthetic rows of one group, >= 0.");
    value(
        "mix.manifest-dir",
        null,
        "Folder of mix manifests and dataset cards; default: <table location>_manifests beside"
            + " the table.");
    section("mix.export", "Files for trainers; written when dir is set.");
    value(
        "mix.export.dir",
        null,
        "Folder the mix is exported to (parquet/, jsonl/, README.md card); replaced by each run.");
    value("mix.export.formats", "[parquet, jsonl]", "Formats written: parquet, jsonl.");
    value(
        "mix.export.shape",
        "chat",
        "chat|prompt-completion|text: JSONL line shape (messages, prompt/completion, or text).");
    value("mix.export.shards", "1", "Files per format, [1, 10000].");

    section("run", "This run of the job.");
    value("run.id", null, "Run id; default chosen by the job. Excluded from the config hash.");
    value("run.date", null, "Run date, ISO (2026-11-25). Excluded from the config hash.");
    value(
        "run.max-failure-ratio",
        "0.1",
        "The job fails when failed/requested exceeds this, [0, 1].");
    value(
        "run.deadline",
        null,
        "Longest time the run may take, e.g. 2h; requests not sent by then fail as"
            + " DEADLINE_EXCEEDED and are sent by the next run.");
    value(
        "run.max-tokens",
        null,
        "Prompt + completion tokens the run may spend; past it, requests are recorded as"
            + " BUDGET_EXHAUSTED and the run fails saying so (split evenly over executors).");
    value(
        "run.max-cost-usd",
        null,
        "Estimated cost (endpoint prices) the run may spend, in USD; enforced like run.max-tokens.");
    value(
        "run.endpoint-wait",
        "5m",
        "Longest a request waits while every endpoint's circuit is open; then it fails as"
            + " NO_HEALTHY_ENDPOINT.");
    value(
        "run.scheduler-run-id",
        null,
        "Id of the scheduler's run (e.g. Airflow run id). Excluded from the config hash.");
    value(
        "run.progress-interval",
        "10s",
        "How often a running fan-out prints a progress line on the driver (done/total, samples/s,"
            + " tokens/s, failures, retries, ETA); 0s prints none. Excluded from the config hash.");
  }

  private ConfigKeys() {}

  /** Every key, sections first, in the order of the docs. */
  public static List<ConfigKey> all() {
    return List.copyOf(KEYS.values());
  }

  /** The key at a path, with {@code []} for list elements. */
  public static Optional<ConfigKey> find(String path) {
    return Optional.ofNullable(KEYS.get(path));
  }

  /** The keys directly inside a section; {@code ""} is the top level. */
  public static List<ConfigKey> childrenOf(String section) {
    List<ConfigKey> children = new ArrayList<>();
    for (ConfigKey key : KEYS.values()) {
      if (key.parent().equals(section)) {
        children.add(key);
      }
    }
    return children;
  }

  /**
   * The known key of a section closest to an unknown name, when one is close enough to be a typo.
   */
  public static Optional<String> suggest(String section, String unknownName) {
    return NameSuggestions.closest(childrenOf(section).stream().map(ConfigKey::name).toList(), unknownName);
  }

  private static void value(String path, String defaultValue, String description) {
    add(new ConfigKey(path, Kind.VALUE, Optional.ofNullable(defaultValue), description));
  }

  private static void section(String path, String description) {
    add(new ConfigKey(path, Kind.SECTION, Optional.empty(), description));
  }

  private static void sectionList(String path, String description) {
    add(new ConfigKey(path, Kind.SECTION_LIST, Optional.empty(), description));
  }

  private static void add(ConfigKey key) {
    KEYS.put(key.path(), key);
  }
}
