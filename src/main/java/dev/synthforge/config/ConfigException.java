package dev.synthforge.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A job config that cannot be loaded, with every problem found in it.
 *
 * <p>The message starts {@code Cannot load config <file>: N problems} and lists one problem a line.
 * It never contains a secret.
 */
public final class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigException(Path file, List<ConfigProblem> problems) {
    super(message(Objects.requireNonNull(file, "file"), problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order found; never empty. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static String message(Path file, List<ConfigProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("Cannot build a ConfigException without problems");
    }
    StringBuilder message = new StringBuilder("Cannot load config ").append(file).append(": ");
    message.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (ConfigProblem problem : problems) {
      message.append(System.lineSeparator()).append("  - ").append(problem.message());
    }
    return message.toString();
  }
}
