package org.crosscheck.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 value covers, so that a filter on days can match a month or a year a report
 * mentions: "2025-12-24" is one day, "2025-12" the month, "2025-W52" the week, "2025-Q4" the
 * quarter, "2025" the year. Durations, references ("PRESENT_REF") and partly unknown values
 * ("XXXX-12") cover no known days.
 */
public final class Periods {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})(?:-WE)?$");
  private static final Pattern PART = Pattern.compile("^(\\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern DECADE = Pattern.compile("^(\\d{3})$");

  /** A span of days, both ends included. */
  public record Days(LocalDate first, LocalDate last) {
    public boolean overlaps(LocalDate from, LocalDate to) {
      return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
    }
  }

  private Periods() {}

  public static Optional<Days> of(String value) {
    if (value == null) return Optional.empty();
    try {
      Matcher m;
      if ((m = DAY.matcher(value)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return Optional.of(new Days(d, d));
      }
      if ((m = MONTH.matcher(value)).matches()) {
        YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
        return Optional.of(new Days(ym.atDay(1), ym.atEndOfMonth()));
      }
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate monday = LocalDate.of(num(m, 1), 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(java.time.DayOfWeek.MONDAY);
        return Optional.of(new Days(monday, monday.plusDays(6)));
      }
      if ((m = PART.matcher(value)).matches()) return Optional.of(part(num(m, 1), m.group(2)));
      if ((m = YEAR.matcher(value)).matches()) {
        int y = num(m, 1);
        return Optional.of(new Days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
      }
      if ((m = DECADE.matcher(value)).matches()) {
        int y = num(m, 1) * 10;
        return Optional.of(new Days(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31)));
      }
    } catch (java.time.DateTimeException impossibleDate) {
      // "2025-02-30" names no day; such a value covers nothing.
    }
    return Optional.empty();
  }

  private static Days part(int year, String part) {
    return switch (part) {
      case "Q1" -> new Days(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
      case "Q2" -> new Days(LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30));
      case "Q3" -> new Days(LocalDate.of(year, 7, 1), LocalDate.of(year, 9, 30));
      case "Q4" -> new Days(LocalDate.of(year, 10, 1), LocalDate.of(year, 12, 31));
      case "H1" -> new Days(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
      case "H2" -> new Days(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
      // Seasons straddle years and hemispheres: the whole year is the honest span.
      default -> new Days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    };
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
