package org.crosscheck.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable short identifiers: the first 64 bits of a SHA-256, in hex. */
public final class Ids {
  private Ids() {}

  public static String of(String key) {
    return HexFormat.of().formatHex(sha256(key), 0, 8);
  }

  /** Full SHA-256 in hex, for content hashes. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
