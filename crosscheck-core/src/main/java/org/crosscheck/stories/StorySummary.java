package org.crosscheck.stories;

import java.time.Instant;
import java.util.List;

/**
 * A story without its article list, as listings (CLI, API, live events) show it.
 *
 * @param reports articles counted once (copies folded)
 * @param copies articles that copy another in the story
 */
public record StorySummary(
    String id,
    String label,
    Instant start,
    Instant end,
    int reports,
    int copies,
    List<String> outlets,
    List<String> topEntities,
    List<String> topPlaces,
    boolean closed) {

  public static StorySummary of(Story s) {
    return new StorySummary(s.id(), s.label(), s.start(), s.end(), s.reportCount(), s.articles().size() - s.reportCount(),
        s.outlets(), s.topEntities(), s.topPlaces(), s.closed());
  }
}
