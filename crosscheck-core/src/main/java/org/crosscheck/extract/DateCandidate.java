package org.crosscheck.extract;

import java.time.OffsetDateTime;

/**
 * One date a page states about itself, with where it was found.
 *
 * @param source "json-ld", "meta", "time", "dateline" or "url", in falling order of trust
 * @param detail the field or attribute, e.g. "datePublished", "article:modified_time"
 */
public record DateCandidate(OffsetDateTime value, Kind kind, String source, String detail) {

  /** What the date claims to be. Publication is preferred over creation; modification is only "updated". */
  public enum Kind { PUBLISHED, CREATED, MODIFIED }
}
