package org.crosscheck.ingest;

import java.io.IOException;

/** Picks the reader for an input from its content. */
@FunctionalInterface
public interface ReaderChooser {
  /**
   * @throws UnreadableInputException when no reader fits (empty, binary, unknown shape), with
   *     the reason a user sees
   */
  ReportReader choose(InputSource input) throws IOException;
}
