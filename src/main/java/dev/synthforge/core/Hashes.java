package dev.synthforge.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content hashes, as lower-case hex, used for ids and lineage. */
public final class Hashes {
  private Hashes() {}

  /** The SHA-256 of the UTF-8 bytes of {@code text}, as 64 hex characters. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of {@code bytes}, as 64 hex characters. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * A hash of several fields that cannot collide by moving text between fields: each field is
   * length-prefixed before hashing. A null field hashes differently from an empty one.
   */
  public static String sha256OfFields(String... fields) {
    StringBuilder joined = new StringBuilder();
    for (String field : fields) {
      if (field == null) {
        joined.append("-1:");
      } else {
        joined.append(field.length()).append(':').append(field);
      }
    }
    return sha256(joined.toString());
  }
}
