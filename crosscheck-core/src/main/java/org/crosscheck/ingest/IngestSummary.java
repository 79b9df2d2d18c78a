package org.crosscheck.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest run did. {@code read} counts documents found (articles plus skipped items);
 * every skipped input or item is counted and listed with its reason (the list keeps the first
 * {@link Ingester#MAX_LISTED_SKIPS}), so nothing is dropped unnoticed. {@code older} counts
 * earlier versions of stored articles that arrived after them: kept as revisions, not superseding.
 */
public record IngestSummary(
    int inputs, long read, long added, long updated, long unchanged, long older, long skippedCount, List<Skip> skipped,
    long bytes, Duration elapsed) {

  public IngestSummary {
    skipped = List.copyOf(skipped);
  }

  /** A summary with no older versions (the form before they were counted apart). */
  public IngestSummary(int inputs, long read, long added, long updated, long unchanged, long skippedCount, List<Skip> skipped,
      long bytes, Duration elapsed) {
    this(inputs, read, added, updated, unchanged, 0, skippedCount, skipped, bytes, elapsed);
  }

  /** One input or item that was not stored, and why. */
  public record Skip(String location, String reason) {}

  public long stored() {
    return added + updated + unchanged + older;
  }
}
