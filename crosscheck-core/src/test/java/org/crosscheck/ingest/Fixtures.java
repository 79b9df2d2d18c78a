package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/** Opens test fixtures beside the tests and the shared seeds. */
final class Fixtures {
  private Fixtures() {}

  static InputSource resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + name);
      return InputSource.ofBytes(name, in.readAllBytes(), null, Instant.parse("2026-01-01T00:00:00Z"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputSource bytes(String name, byte[] content) {
    return InputSource.ofBytes(name, content, null, Instant.parse("2026-01-01T00:00:00Z"));
  }

  static InputSource seed(String fileName) throws IOException {
    return InputSource.ofFile(Path.of(System.getProperty("crosscheck.shared"), "seeds", fileName));
  }
}
