package dev.synthforge.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One key of the job config: its path, its default and a one-line description for help and docs.
 *
 * <p>Paths are dotted kebab-case; {@code []} stands for any element of a list, as in {@code
 * endpoints[].max-concurrency}.
 *
 * @param path the key's path, {@code []} for list elements
 * @param kind whether the key holds a value, a section or a list of sections
 * @param defaultValue the default as written in a config file; empty when the key has none
 * @param description one line saying what the key does
 */
public record ConfigKey(String path, Kind kind, Optional<String> defaultValue, String description) {

  /** What a key holds. */
  public enum Kind {
    VALUE,
    SECTION,
    SECTION_LIST
  }

  public ConfigKey {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(description, "description");
  }

  /** The last segment of the path, as written in a config file. */
  public String name() {
    return path.substring(path.lastIndexOf('.') + 1).replace("[]", "");
  }

  /** The path of the section holding this key; empty for top-level keys. */
  public String parent() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }
}
