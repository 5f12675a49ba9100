package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigProblemsTest {

  private static final String VALID_REST =
      "task: {name: t, template: x}\nendpoints: [{name: b, type: builtin}]\n";

  @TempDir Path folder;

  @Test
  void reportsEveryProblemAtOnce() throws Exception {
    Path file =
        write(
            "seeds:\n"
                + "  path: s.jsonl\n"
                + "  format: xml\n"
                + "task:\n"
                + "  name: Bad Name\n"
                + "  template: x\n"
                + "  temperature: 3\n"
                + "  max-tokens: '64'\n"
                + "endpoints:\n"
                + "  - name: a\n"
                + "    base-url: ftp://host\n"
                + "    max-concurency: 0\n"
                + "    request-timeout: 30\n"
                + "  - name: a\n"
                + "    type: builtin\n"
                + "    max-concurrency: 0\n"
                + "run:\n"
                + "  date: 25.11.2026\n");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            String.join(
                System.lineSeparator(),
                "Cannot load config " + file + ": 11 problems",
                "  - Invalid value for 'seeds.format': 'xml': must be one of auto, jsonl, csv,"
                    + " parquet, delta",
                "  - Invalid value for 'task.name': 'Bad Name': must match [a-z0-9][a-z0-9_-]*",
                "  - Invalid value for 'task.temperature': '3': must be within [0, 2]",
                "  - Invalid value for 'task.max-tokens': '64': must be a whole number",
                "  - Invalid value for 'endpoints[0].base-url': 'ftp://host': must be an http or"
                    + " https URL like http://vllm-1:8000/v1",
                "  - Missing required key 'endpoints[0].model': required for type 'openai'",
                "  - Invalid value for 'endpoints[0].request-timeout': '30': add a unit (ms, s, m,"
                    + " h or d), e.g. '30s'",
                "  - Invalid value for 'endpoints[1].max-concurrency': '0': must be >= 1",
                "  - Invalid value for 'endpoints[1].name': 'a': is also the name of"
                    + " 'endpoints[0].name'",
                "  - Invalid value for 'run.date': '25.11.2026': must be an ISO date like"
                    + " 2026-11-25",
                "  - Unknown key 'endpoints[0].max-concurency'; did you mean 'max-concurrency'?"));
  }

  @Test
  void problemsNameKeyAndValue() throws Exception {
    Path file =
        write(
            "seeds: {path: s}\n" + VALID_REST.replace("type: builtin", "type: builtin, weight: 0"));

    List<ConfigProblem> problems = problemsOf(file);

    assertThat(problems)
        .containsExactly(ConfigProblem.invalidValue("endpoints[0].weight", "0", "must be > 0"));
    assertThat(problems.get(0).value()).contains("0");
  }

  @Test
  void unknownKeyWithoutCloseMatchListsTheKnownKeys() throws Exception {
    Path file = write("seeds: {path: s}\n" + VALID_REST + "output: {color: blue}\n");

    assertThat(messagesOf(file))
        .containsExactly(
            "Unknown key 'output.color'; expected one of: database, generations-table, runs-table,"
                + " curated-table, metrics-table, judgments-table, warehouse, training-mix-table,"
                + " reviews-table");
  }

  @Test
  void durationWithoutUnitOrWithUnknownUnitIsRejected() throws Exception {
    Path file =
        write(
            "seeds: {path: s}\n"
                + VALID_REST.replace(
                    "type: builtin",
                    "type: builtin, connect-timeout: 10, retry: {max-backoff: 5 minutes}"));

    assertThat(messagesOf(file))
        .containsExactly(
            "Invalid value for 'endpoints[0].connect-timeout': '10': add a unit (ms, s, m, h or d),"
                + " e.g. '10s'",
            "Invalid value for 'endpoints[0].retry.max-backoff': '5 minutes': must be a whole"
                + " number and a unit (ms, s, m, h or d), e.g. '500ms', '30s', '5m'");
  }

  @Test
  void progressIntervalIsZeroOrAtLeastOneSecond() throws Exception {
    Path file = write("seeds: {path: s}\n" + VALID_REST + "run: {progress-interval: 200ms}\n");

    assertThat(problemsOf(file)).containsExactly(ConfigProblem.invalidValue(
        "run.progress-interval", "200ms", "must be 0s (no progress lines) or at least 1s"));
    assertThat(ConfigLoader.load(write("seeds: {path: s}\n" + VALID_REST + "run: {progress-interval: 0s}\n"))
        .run().progressInterval()).isZero();
  }

  @Test
  void inlineApiKeyIsRejectedWithoutShowingIt() throws Exception {
    Path file =
        write(
            "seeds: {path: s}\n"
                + "task: {name: t, template: x}\n"
                + "endpoints:\n"
                + "  - {name: a, base-url: 'http://h/v1', model: m, api-key: sk-secret-1}\n"
                + "  - {name: b, base-url: 'http://h/v1', model: m, headers: {apiKey:"
                + " sk-secret-2}}\n");

    ConfigException exception = catchLoad(file);

    assertThat(exception.getMessage()).doesNotContain("sk-secret");
    assertThat(messages(exception.problems()))
        .containsExactly(
            "Invalid key 'endpoints[0].api-key': inline API keys are not allowed; use 'api-key-env'"
                + " or 'api-key-file'",
            "Unknown key 'endpoints[1].headers'; expected one of: name, type, base-url, model,"
                + " api-key-env, api-key-file, max-concurrency, concurrency, requests-per-minute, tokens-per-minute, circuit-breaker, weight, connect-timeout,"
                + " request-timeout, retry, price, corpus, emulation",
            "Invalid key 'endpoints[1].headers.apiKey': inline API keys are not allowed; use"
                + " 'api-key-env' or 'api-key-file'");
  }

  @Test
  void credentialsInBaseUrlAreRejectedWithoutShowingThem() throws Exception {
    Path file =
        write(
            "seeds: {path: s}\ntask: {name: t, template: x}\n"
                + "endpoints: [{name: a, base-url: 'https://user:hunter2@host/v1', model: m}]\n");

    ConfigException exception = catchLoad(file);

    assertThat(exception.getMessage()).doesNotContain("hunter2");
    assertThat(exception.problems())
        .containsExactly(
            new ConfigProblem(
                "endpoints[0].base-url",
                java.util.Optional.empty(),
                "Invalid value for 'endpoints[0].base-url': must not hold user:password; use"
                    + " 'api-key-env' or 'api-key-file'"));
  }

  @Test
  void bothTemplateAndTemplateFileIsAConflict() throws Exception {
    Files.writeString(folder.resolve("p.txt"), "x");
    Path file =
        write(
            "seeds: {path: s}\ntask: {name: t, template: x, template-file: p.txt}\n"
                + "endpoints: [{name: b, type: builtin}]\n");

    assertThat(messagesOf(file))
        .containsExactly("Conflicting keys 'task.template' and 'task.template-file': set only one");
  }

  @Test
  void missingSectionsAndFilesAreNamed() throws Exception {
    Path file = write("task: {template-file: nowhere.txt, json-schema: '[1]'}\n");

    assertThat(messagesOf(file))
        .containsExactly(
            "Missing required key 'seeds.path': set one of 'seeds.path' or 'seeds.table'",
            "Missing required key 'task.name'",
            "Invalid value for 'task.template-file': 'nowhere.txt': no such file: "
                + folder.resolve("nowhere.txt"),
            "Invalid value for 'task.json-schema': '[1]': must be a JSON object",
            "Missing required key 'endpoints': list at least one endpoint");
  }

  @Test
  void wrongTypesAreReported() throws Exception {
    Path file =
        write(
            "seeds: {path: s, attributes: category, limit: -1}\n"
                + "task: {name: t, template: x, use-n: 'yes', stop: [a, b, c, d, e], seed: 1.5}\n"
                + "endpoints: {name: b}\n"
                + "output: warehouse\n");

    assertThat(messagesOf(file))
        .containsExactly(
            "Invalid value for 'seeds.attributes': 'category': must be a list of non-empty strings,"
                + " e.g. [a, b]",
            "Invalid value for 'seeds.limit': '-1': must be >= 0",
            "Invalid value for 'task.use-n': 'yes': must be true or false",
            "Invalid value for 'task.stop': '[\"a\",\"b\",\"c\",\"d\",\"e\"]': must list at most 4",
            "Invalid value for 'task.seed': '1.5': must be a whole number",
            "Invalid value for 'endpoints': '{\"name\":\"b\"}': must be a list",
            "Invalid value for 'output': 'warehouse': must be a mapping of keys");
  }

  @Test
  void keysOfTheOtherEndpointTypeAreRejected() throws Exception {
    Path file =
        write(
            "seeds: {path: s}\n"
                + "task: {name: t, template: x}\n"
                + "endpoints:\n"
                + "  - {name: a, base-url: 'http://h/v1', model: m, corpus: c.txt, emulation:"
                + " {capacity: 2}}\n"
                + "  - {name: b, type: builtin, base-url: 'http://h/v1', api-key-env: KEY}\n");

    assertThat(messagesOf(file))
        .containsExactly(
            "Invalid key 'endpoints[0].corpus': applies to type 'builtin' only",
            "Invalid key 'endpoints[0].emulation': applies to type 'builtin' only",
            "Invalid key 'endpoints[1].base-url': must be absent for type 'builtin'",
            "Invalid key 'endpoints[1].api-key-env': applies to type 'openai' only");
  }

  @Test
  void faultRatesAddingUpToMoreThanOneAreRejected() throws Exception {
    Path file =
        write(
            "seeds: {path: s}\n"
                + "task: {name: t, template: x}\n"
                + "endpoints: [{name: b, type: builtin, emulation: {faults: {reset: 0.6, timeout:"
                + " 0.5}}}]\n");

    assertThat(messagesOf(file))
        .containsExactly(
            "Invalid value for 'endpoints[0].emulation.faults': '1.1': fault rates must add up to"
                + " at most 1");
  }

  @Test
  void missingFileIsOneProblemNamingIt() {
    Path file = folder.resolve("absent.yaml");

    assertThatThrownBy(() -> ConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "Cannot load config "
                + file
                + ": 1 problem"
                + System.lineSeparator()
                + "  - Cannot read "
                + file
                + ": no such file");
  }

  @Test
  void yamlSyntaxErrorNamesLineAndColumnWithoutQuotingTheFile() throws Exception {
    Path file = write("seeds:\n  path: s\n  table: t: u\n");

    ConfigException exception = catchLoad(file);

    assertThat(messages(exception.problems()))
        .containsExactly(
            "Cannot parse "
                + file
                + " as YAML: mapping values are not allowed here at line 3, column 11");
  }

  @Test
  void duplicateKeyIsASyntaxError() throws Exception {
    Path file = write("seeds: {path: s}\nseeds: {path: t}\n");

    assertThat(messages(catchLoad(file).problems()))
        .containsExactly(
            "Cannot parse " + file + " as YAML: duplicate key 'seeds' at line 2, column 6");
  }

  @Test
  void emptyFileIsOneProblem() throws Exception {
    Path file = write("# nothing yet\n");

    assertThat(messages(catchLoad(file).problems()))
        .containsExactly("Cannot read " + file + ": it is empty");
  }

  private Path write(String yaml) throws Exception {
    return Files.writeString(folder.resolve("job.yaml"), yaml);
  }

  private static ConfigException catchLoad(Path file) {
    try {
      ConfigLoader.load(file);
    } catch (ConfigException e) {
      return e;
    }
    throw new AssertionError("Expected a ConfigException for " + file);
  }

  private static List<ConfigProblem> problemsOf(Path file) {
    return catchLoad(file).problems();
  }

  private static List<String> messagesOf(Path file) {
    return messages(problemsOf(file));
  }

  private static List<String> messages(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::message).toList();
  }
}
