package dev.synthforge.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves the paths a config file names, and reads the files whose content the config holds.
 *
 * <p>The one rule: a relative path is relative to the folder of the config file, wherever the job
 * is started from. Absolute paths and URIs with a scheme ({@code s3a://}, {@code hdfs://}) are
 * kept.
 */
final class ConfigFiles {

  private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");

  private final Path folder;

  ConfigFiles(Path configFile) {
    this.folder = configFile.toAbsolutePath().normalize().getParent();
  }

  /** A local file's absolute path; empty, with a problem, when the text is no valid path. */
  Optional<Path> file(ConfigNode node, String name, String written) {
    try {
      return Optional.of(folder.resolve(written).normalize());
    } catch (InvalidPathException e) {
      node.invalid(name, written, "is not a valid path");
      return Optional.empty();
    }
  }

  /** Where data is: a URI with a scheme as written, else a local path made absolute. */
  Optional<String> location(ConfigNode node, String name, String written) {
    if (URI_SCHEME.matcher(written).matches()) {
      return Optional.of(written);
    }
    return file(node, name, written).map(Path::toString);
  }

  /**
   * The UTF-8 text of a file the config holds the content of; empty, with a problem, if unreadable.
   */
  Optional<String> read(ConfigNode node, String name, String written) {
    Optional<Path> file = file(node, name, written);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file.get())) {
      String why = Files.isDirectory(file.get()) ? "is a folder: " : "no such file: ";
      node.invalid(name, written, why + file.get());
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file.get(), StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      node.invalid(name, written, "is not UTF-8 text: " + file.get());
    } catch (IOException e) {
      node.invalid(name, written, "cannot be read: " + e);
    }
    return Optional.empty();
  }
}
