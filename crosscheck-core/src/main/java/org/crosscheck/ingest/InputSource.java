package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One input to read: a name for messages and ids, and a way to open its bytes (more than once,
 * so detection can sniff the head and the reader can then stream from the start).
 *
 * @param name the file path or URL, used in messages and as the article origin
 * @param size length in bytes, or -1 when unknown
 * @param contentType the media type a server declared, or {@code null}
 * @param fetchedAt when the bytes were obtained, so dates after it are impossible; {@code null}
 *     when unknown
 */
public record InputSource(
    String name, Opener opener, long size, String contentType, Instant fetchedAt) {

  /** Opens a fresh stream over the input's bytes. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public InputStream open() throws IOException {
    return opener.open();
  }

  /**
   * A file, named by its absolute path so the same file always yields the same article ids. Its
   * fetch time is unknown: the modification time says when the file was last written (by a
   * copy, an export, an analyst writing a scenario), not when the report was obtained, so it
   * cannot rule out the dates the report states.
   */
  public static InputSource ofFile(Path file) throws IOException {
    return new InputSource(
        file.toAbsolutePath().normalize().toString(),
        () -> Files.newInputStream(file),
        Files.size(file),
        null,
        null);
  }

  public static InputSource ofBytes(String name, byte[] bytes, String contentType, Instant fetchedAt) {
    return new InputSource(
        name, () -> new java.io.ByteArrayInputStream(bytes), bytes.length, contentType, fetchedAt);
  }
}
