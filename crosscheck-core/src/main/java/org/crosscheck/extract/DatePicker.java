package org.crosscheck.extract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the published and updated times from a page's date candidates. Impossible dates (after
 * the fetch time plus a tolerance, or before the earliest plausible year) are dropped first; with
 * no fetch time, dates after the present are only passed over for earlier ones. The
 * most trusted source wins (JSON-LD, meta, time, dateline, URL); a publication date beats a
 * creation date from any source, and a modification date is only ever "updated".
 */
final class DatePicker {
  private static final List<String> TRUST = List.of("json-ld", "meta", "time", "dateline", "url");

  /** The chosen dates; {@code published} carries its source. */
  record Choice(DateCandidate published, OffsetDateTime updated) {}

  private final ExtractorOptions options;

  DatePicker(ExtractorOptions options) {
    this.options = options;
  }

  /**
   * @param fetchedAt when the page was fetched, or {@code null} when that is unknown (a local
   *     file): then the present only ranks the candidates, and a page whose every date lies after
   *     it (a scenario dated ahead, a machine clock set back) keeps its most trusted one
   */
  Choice pick(List<DateCandidate> candidates, Instant fetchedAt) {
    List<DateCandidate> sane = candidates.stream()
        .filter(c -> c.value().getYear() >= options.earliestYear())
        .sorted(Comparator.comparingInt(c -> TRUST.indexOf(c.source())))
        .toList();
    Instant latest = (fetchedAt == null ? Instant.now() : fetchedAt).plus(options.futureTolerance());
    Choice choice = choose(sane.stream().filter(c -> !c.value().toInstant().isAfter(latest)).toList());
    return choice.published() == null && fetchedAt == null ? choose(sane) : choice;
  }

  private static Choice choose(List<DateCandidate> sorted) {
    DateCandidate published = first(sorted, DateCandidate.Kind.PUBLISHED)
        .or(() -> first(sorted, DateCandidate.Kind.CREATED))
        .orElse(null);
    OffsetDateTime updated = first(sorted, DateCandidate.Kind.MODIFIED)
        .map(DateCandidate::value)
        .filter(u -> published == null || !u.isBefore(published.value()))
        .orElse(null);
    return new Choice(published, updated);
  }

  private static Optional<DateCandidate> first(List<DateCandidate> sorted, DateCandidate.Kind kind) {
    return sorted.stream().filter(c -> c.kind() == kind).findFirst();
  }
}
