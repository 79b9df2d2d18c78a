package org.crosscheck.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event times as a reader says them. The claims carry TIMEX3 values ("2025-SU", "2027-W24",
 * "PRESENT_REF"), exact for machines but opaque on a page; days stay ISO so columns sort by eye.
 */
public final class EventTimes {
  private static final Map<String, String> SEASONS = Map.of("SP", "spring", "SU", "summer", "FA", "autumn", "WI", "winter");
  private static final Map<String, String> PARTS_OF_DAY = Map.of("MO", "morning", "MI", "midday", "AF", "afternoon",
      "EV", "evening", "NI", "night", "DT", "daytime");
  private static final Map<String, String> REFERENCES = Map.of("PRESENT_REF", "now", "PAST_REF", "in the past",
      "FUTURE_REF", "in the future");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}:\\d{2})(?::\\d{2}(?:\\.\\d+)?)?|T(MO|MI|AF|EV|NI|DT))?.*");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

  private EventTimes() {}

  /** One TIMEX3 value in words ("summer 2025", "June 2027", "2027-06-14 morning"); a value it does not know as written. */
  public static String label(String value) {
    if (value == null || value.isBlank()) return "undated";
    String v = value.strip();
    if (REFERENCES.containsKey(v)) return REFERENCES.get(v);
    try {
      Matcher m = DAY.matcher(v);
      if (m.matches() && isDay(m.group(1))) {
        if (m.group(2) != null) return m.group(1) + " " + m.group(2);
        return m.group(3) != null ? m.group(1) + " " + PARTS_OF_DAY.get(m.group(3)) : m.group(1);
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return ym.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + ym.getYear();
      }
      if (YEAR.matcher(v).matches()) return v;
      if ((m = WEEK.matcher(v)).matches()) {
        return (m.group(3) != null ? "weekend of week " : "week ") + Integer.parseInt(m.group(2)) + " of " + m.group(1);
      }
      if ((m = SEASON.matcher(v)).matches()) return SEASONS.get(m.group(2)) + " " + m.group(1);
      if ((m = QUARTER.matcher(v)).matches()) return ordinal(m.group(2)) + " quarter of " + m.group(1);
      if ((m = HALF.matcher(v)).matches()) return ordinal(m.group(2)) + " half of " + m.group(1);
      if ((m = DECADE.matcher(v)).matches()) return "the " + m.group(1) + "0s";
      if ((m = CENTURY.matcher(v)).matches()) return "the " + m.group(1) + "00s";
    } catch (DateTimeException | NumberFormatException e) {
      // Digits that name no real month or day are shown as written.
    }
    return v;
  }

  /** A period "A..B" as "A – B", each end in words; a single value as {@link #label}. */
  public static String period(String period) {
    if (period == null || period.isBlank()) return "undated";
    int dots = period.indexOf("..");
    if (dots < 0) return label(period);
    String from = label(period.substring(0, dots));
    String to = label(period.substring(dots + 2));
    return from.equals(to) ? from : from + " – " + to;
  }

  private static boolean isDay(String iso) {
    try {
      LocalDate.parse(iso);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static String ordinal(String digit) {
    return switch (digit) {
      case "1" -> "first";
      case "2" -> "second";
      case "3" -> "third";
      default -> "fourth";
    };
  }
}
