package org.crosscheck.claims;

import java.util.Objects;
import org.crosscheck.nlp.TimeRef;

/**
 * When the claimed event happened.
 *
 * @param value TIMEX3-style value ("2025-12-24", "2025-11")
 * @param granularity its precision
 * @param fromText whether it comes from a date in the text; {@code false} when it falls back on
 *     the publication date
 */
public record EventTime(String value, TimeRef.Granularity granularity, boolean fromText) {
  public EventTime {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
  }

  /** The year and month ("2025-12"), or the year, or the value when it has neither. */
  public String month() {
    return value.length() >= 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))
        ? value.substring(0, 7) : value.length() >= 4 ? value.substring(0, 4) : value;
  }
}
