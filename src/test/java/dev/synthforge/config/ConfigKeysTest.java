package dev.synthforge.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.synthforge.config.ConfigKey.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigKeysTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String MINIMAL =
      "seeds: {path: s}\ntask: {name: t, template: x}\nendpoints: [{name: b, type: builtin}]\n";

  @TempDir Path folder;

  @Test
  void everyCataloguedKeyIsAccepted() throws Exception {
    for (ConfigKey key : ConfigKeys.all()) {
      ObjectNode tree = (ObjectNode) YAML.readTree(MINIMAL);
      set(tree, key.path().split("\\."), key.kind());
      Path file = Files.writeString(folder.resolve("job.yaml"), YAML.writeValueAsString(tree));

      assertThat(unknownKeyMessages(file)).as(key.path()).isEmpty();
    }
  }

  @Test
  void everyAcceptedKeyIsCatalogued() {
    // Reading a key that is not in the catalogue throws; these two files read every key.
    ConfigLoader.load(Path.of("src/test/resources/config/full.yaml"));
    ConfigLoader.load(Path.of("src/test/resources/config/minimal.yaml"));

    for (ConfigKey section : ConfigKeys.all()) {
      if (section.kind() != Kind.VALUE) {
        String path = section.kind() == Kind.SECTION_LIST ? section.path() + "[]" : section.path();
        assertThat(ConfigKeys.childrenOf(path)).as(path).isNotEmpty();
      }
    }
  }

  @Test
  void keysOutsideTheCatalogueAreUnknownInEverySection() throws Exception {
    for (ConfigKey key : ConfigKeys.all()) {
      if (key.kind() == Kind.VALUE) {
        continue;
      }
      ObjectNode tree = (ObjectNode) YAML.readTree(MINIMAL);
      String section = key.kind() == Kind.SECTION_LIST ? key.path() + "[]" : key.path();
      String[] path = (section + ".not-a-key").split("\\.");
      set(tree, path, Kind.VALUE);
      Path file = Files.writeString(folder.resolve("job.yaml"), YAML.writeValueAsString(tree));

      assertThat(unknownKeyMessages(file)).as(key.path()).hasSize(1);
    }
  }

  @Test
  void everyKeyHasADescriptionAndAUniquePath() {
    List<ConfigKey> keys = ConfigKeys.all();

    assertThat(keys)
        .extracting(ConfigKey::description)
        .allSatisfy(text -> assertThat(text).isNotBlank());
    assertThat(keys).extracting(ConfigKey::path).doesNotHaveDuplicates();
    assertThat(ConfigKeys.find("endpoints[].retry.max-attempts").flatMap(ConfigKey::defaultValue))
        .contains("5");
  }

  @Test
  void suggestsTheClosestKeyOfTheSameSection() {
    assertThat(ConfigKeys.suggest("endpoints[]", "max-concurency")).contains("max-concurrency");
    assertThat(ConfigKeys.suggest("task", "temprature")).contains("temperature");
    assertThat(ConfigKeys.suggest("task", "colour")).isEmpty();
  }

  /** Sets a key on the tree, making sections and one-element lists on the way. */
  private static void set(ObjectNode tree, String[] path, Kind kind) {
    ObjectNode current = tree;
    for (int i = 0; i < path.length; i++) {
      boolean list = path[i].endsWith("[]");
      String name = path[i].replace("[]", "");
      boolean last = i == path.length - 1;
      if (last && kind == Kind.VALUE) {
        current.put(name, "x");
      } else if (last && kind == Kind.SECTION_LIST || list) {
        ArrayNode items =
            current.get(name) instanceof ArrayNode existing ? existing : current.putArray(name);
        current = items.isEmpty() ? items.addObject() : (ObjectNode) items.get(0);
      } else {
        current =
            current.get(name) instanceof ObjectNode existing ? existing : current.putObject(name);
      }
    }
  }

  private static List<String> unknownKeyMessages(Path file) {
    try {
      ConfigLoader.load(file);
      return List.of();
    } catch (ConfigException e) {
      return e.problems().stream()
          .map(ConfigProblem::message)
          .filter(message -> message.startsWith("Unknown key"))
          .toList();
    }
  }
}
