package dev.synthforge.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** synthforge's version, as the build stamped it; recorded in every row's lineage. */
public final class CodeVersion {
  private static final String VERSION = load();

  private CodeVersion() {}

  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = CodeVersion.class.getResourceAsStream("/synthforge-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
