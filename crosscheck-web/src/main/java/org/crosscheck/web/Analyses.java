package org.crosscheck.web;

import java.io.IOException;
import java.util.Optional;
import org.crosscheck.analysis.AnalysisStore;

/**
 * Where the server reads stored analyses from: entities, places, quotes, claims and timelines.
 * The store is opened read-only when first there (an ingest beside the server may create it
 * after the server starts) and refreshed only by {@link #refresh()}, which the server's poller
 * calls, so requests never pay for a refresh.
 */
public interface Analyses {

  /** The analysis store, or empty while the data directory has none. */
  Optional<AnalysisStore> store() throws IOException;

  /** Sees the writer's latest commits (opening the store if it appeared); true when reads changed. */
  boolean refresh() throws IOException;

  /** No analyses: the routes that need them answer 503 and pages leave those sections out. */
  Analyses NONE = new Analyses() {
    @Override
    public Optional<AnalysisStore> store() {
      return Optional.empty();
    }

    @Override
    public boolean refresh() {
      return false;
    }
  };
}
