package org.crosscheck.nlp;

import java.util.Objects;

/**
 * A date or time expression, normalised against the publication date.
 *
 * @param start character offset in {@code Article.text()}
 * @param end character offset after the expression
 * @param text the words as written ("Dec. 24", "early December")
 * @param value the normalised value in TIMEX3 form: "2025-12-24", "2025-11", "2022-09",
 *     "2025-W52", "2025-12-24T09:00", "P3D" for durations, "PRESENT_REF"
 * @param granularity how precise the value is
 * @param modifier "EARLY", "MID", "LATE", "APPROX", ... or {@code null}
 */
public record TimeRef(
    int start, int end, String text, String value, Granularity granularity, String modifier) {

  /** How precise a time value is. */
  public enum Granularity {
    TIME, DAY, WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY, DURATION, SET, REFERENCE
  }

  public TimeRef {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
  }
}
