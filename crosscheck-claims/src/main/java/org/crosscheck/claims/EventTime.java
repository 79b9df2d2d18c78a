package org.crosscheck.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;
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

  /** An ISO week ("2027-W15"), maybe with a part of it after ("2027-W15-WE"). */
  private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}(?:-.*)?");
  public EventTime {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
  }

  /**
   * The day the event is placed on for grouping: the day itself; for a week, month or year, the
   * report's day when it falls inside it ("in November" in a November report), else the middle of
   * it; for anything else the report's day. {@code null} when neither says.
   */
  public LocalDate day(OffsetDateTime reportTime) {
    LocalDate reported = reportTime == null ? null : reportTime.toLocalDate();
    try {
      LocalDate monday = monday();
      if (monday != null) {
        boolean inside = reported != null && !reported.isBefore(monday) && reported.isBefore(monday.plusDays(7));
        return inside ? reported : monday.plusDays(3);
      }
      if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-') return LocalDate.of(digits(0, 4), digits(5, 7), digits(8, 10));
      if (value.length() >= 7 && value.charAt(4) == '-' && Character.isDigit(value.charAt(5))) {
        YearMonth month = YearMonth.parse(value.substring(0, 7));
        return reported != null && YearMonth.from(reported).equals(month) ? reported : month.atDay(15);
      }
      if (value.length() >= 4 && value.chars().limit(4).allMatch(Character::isDigit)) {
        int year = Integer.parseInt(value.substring(0, 4));
        return reported != null && reported.getYear() == year ? reported : LocalDate.of(year, 7, 1);
      }
    } catch (DateTimeException e) {
      // A malformed value places the event by the report instead.
    }
    return reported;
  }

  /** The number {@code value[from, to)} writes; parsed by hand since the cross-check asks for days very often. */
  private int digits(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') throw new DateTimeException("not a date: " + value);
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * What timelines sort events by: the value itself, which puts a month or a year at its start,
   * and a week likewise at its Monday ("this week" is somewhere in it, not on the report's day).
   */
  public String sortKey() {
    try {
      LocalDate monday = monday();
      return monday == null ? value : monday.toString();
    } catch (DateTimeException e) {
      return value;
    }
  }

  /** The Monday of a week value, or {@code null} for other values. */
  private LocalDate monday() {
    if (value.length() < 8 || value.charAt(5) != 'W' || !WEEK.matcher(value).matches()) return null;
    return LocalDate.parse(value.substring(0, 8) + "-1", DateTimeFormatter.ISO_WEEK_DATE);
  }
}
