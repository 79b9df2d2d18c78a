package org.crosscheck.ingest;

import java.io.IOException;

/** An input that cannot be read as any report format; the message is the reason shown to users. */
public final class UnreadableInputException extends IOException {
  public UnreadableInputException(String reason) {
    super(reason);
  }
}
