package org.crosscheck.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.claims.Assessment;
import org.crosscheck.claims.PlaceTimeline;
import org.crosscheck.claims.TimelineEntry;

/**
 * A place's timeline entry with what the assessment of its claim key counted.
 *
 * @param entry the claim, its event time and its key's status
 * @param independentSources how many independent sources back the key (a denial shows those of the claim it denies)
 * @param sources those sources
 */
public record TimelineRow(TimelineEntry entry, int independentSources, List<String> sources) {
  public TimelineRow {
    sources = List.copyOf(sources);
  }

  /** The control claims about a place in time order; 404 when the store knows no such place and no claim names it. */
  public static List<TimelineRow> of(AnalysisStore store, String place) throws IOException {
    List<TimelineEntry> entries = store.timeline(place);
    // A misspelt name gets the closest names the reports use, as the CLI and the place page give them.
    if (entries.isEmpty() && store.entity(place).isEmpty()) throw ApiError.notFound(KnownPlaces.unknown(store, place));
    Map<String, Assessment> byClaim = PlaceTimeline.assessmentOfEach(entries, store.assessments(place));
    return entries.stream().map(e -> {
      Assessment a = byClaim.get(e.claim().id());
      return new TimelineRow(e, a == null ? 0 : a.independentSources(), a == null ? List.of() : a.sources());
    }).toList();
  }
}
