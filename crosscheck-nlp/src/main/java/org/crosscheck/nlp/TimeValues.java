package org.crosscheck.nlp;

import java.util.regex.Pattern;

/** Reads the granularity of TIMEX3 values. */
final class TimeValues {

  private static final Pattern TIME = Pattern.compile("^[0-9X]{4}-[0-9X]{2}-[0-9X]{2}T.*");
  private static final Pattern DAY = Pattern.compile("^[0-9X]{4}-[0-9X]{2}-[0-9X]{2}$");
  private static final Pattern WEEK = Pattern.compile("^[0-9X]{4}-W[0-9X]{2}(-WE)?$");
  private static final Pattern MONTH = Pattern.compile("^[0-9X]{4}-[0-9X]{2}$");
  private static final Pattern SEASON = Pattern.compile("^[0-9X]{4}-(SP|SU|FA|WI)$");
  private static final Pattern QUARTER = Pattern.compile("^[0-9X]{4}-(Q[1-4]|H[12])$");
  private static final Pattern YEAR = Pattern.compile("^[0-9X]{4}$");
  private static final Pattern DECADE = Pattern.compile("^[0-9X]{3}$");
  private static final Pattern CENTURY = Pattern.compile("^[0-9X]{2}$");

  private TimeValues() {}

  static TimeRef.Granularity granularity(String value) {
    if (value.endsWith("_REF")) return TimeRef.Granularity.REFERENCE;
    if (value.startsWith("P")) return TimeRef.Granularity.DURATION;
    if (TIME.matcher(value).matches() || value.startsWith("T")) return TimeRef.Granularity.TIME;
    if (DAY.matcher(value).matches()) return TimeRef.Granularity.DAY;
    if (WEEK.matcher(value).matches()) return TimeRef.Granularity.WEEK;
    if (MONTH.matcher(value).matches()) return TimeRef.Granularity.MONTH;
    if (SEASON.matcher(value).matches()) return TimeRef.Granularity.SEASON;
    if (QUARTER.matcher(value).matches()) return TimeRef.Granularity.QUARTER;
    if (YEAR.matcher(value).matches()) return TimeRef.Granularity.YEAR;
    if (DECADE.matcher(value).matches()) return TimeRef.Granularity.DECADE;
    if (CENTURY.matcher(value).matches()) return TimeRef.Granularity.CENTURY;
    return TimeRef.Granularity.REFERENCE;
  }
}
