package org.crosscheck.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads a whole input into memory, refusing inputs above a cap instead of exhausting the heap. */
final class InputBytes {
  private InputBytes() {}

  /** The input's bytes, or {@code null} when it holds more than {@code maxBytes}. */
  static byte[] readAtMost(InputSource input, long maxBytes) throws IOException {
    if (input.size() > maxBytes) return null;
    try (InputStream in = input.open()) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  static String megabytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MB";
  }
}
