package org.crosscheck.ingest;

import java.time.Duration;

/**
 * Settings of an ingest run.
 *
 * @param maxDocumentBytes inputs holding one document (text, Markdown, HTML, feeds) larger than
 *     this are skipped; streamed formats (JSON Lines, WARC) are read whatever their size
 * @param commitEvery articles between two commits of the store
 * @param commitInterval longest time between two commits
 * @param progressInterval how often progress is reported on long runs
 * @param readers how many single-document inputs are read and extracted at once; articles are
 *     still stored one at a time, in input order
 */
public record IngestOptions(
    long maxDocumentBytes, int commitEvery, Duration commitInterval, Duration progressInterval, int readers) {

  public static final IngestOptions DEFAULTS = new IngestOptions(50L << 20, 10_000, Duration.ofSeconds(10),
      Duration.ofSeconds(2), Runtime.getRuntime().availableProcessors());

  public IngestOptions {
    if (maxDocumentBytes <= 0 || commitEvery <= 0 || readers <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes, commitEvery and readers must be positive");
    }
  }

  public IngestOptions withMaxDocumentBytes(long bytes) {
    return new IngestOptions(bytes, commitEvery, commitInterval, progressInterval, readers);
  }

  public IngestOptions withReaders(int count) {
    return new IngestOptions(maxDocumentBytes, commitEvery, commitInterval, progressInterval, count);
  }
}
