package org.crosscheck.ingest;

/**
 * A snapshot of a run in progress. {@code committed} counts articles durably stored so far: after
 * a crash, everything counted there is still in the store.
 */
public record IngestProgress(String currentInput, long read, long stored, long committed, long skipped, long bytes, double seconds) {

  /** Receives progress snapshots during a run. */
  @FunctionalInterface
  public interface Listener {
    void onProgress(IngestProgress progress);

    Listener NONE = p -> {};
  }
}
