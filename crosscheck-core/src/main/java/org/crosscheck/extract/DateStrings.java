package org.crosscheck.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date strings news carries into an {@link OffsetDateTime}: ISO 8601, RFC 822/1123 as
 * feeds write them, and the written forms of datelines ("09:21, Thu, Dec 25, 2025", "December 25,
 * 2025 9:21 AM EST", "25 Dec. 2025"). A string with no zone is read in the zone passed in; a
 * string with no time gets midnight. Anything ambiguous or impossible gives an empty result
 * rather than a guess.
 */
public final class DateStrings {
  private DateStrings() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** Zone abbreviations seen in English-language datelines; others are left to the default zone. */
  private static final Map<String, ZoneId> ZONES = Map.ofEntries(
      Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
      Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
      Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
      Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
      Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
      Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
      Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
      Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
      Map.entry("ET", ZoneId.of("America/New_York")));

  private static final Pattern ISO_DATE = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");
  private static final Pattern TIME = Pattern.compile(
      "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?![\\d])", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_DMY = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
  private static final Pattern ZONE = Pattern.compile(
      "(?:\\b(UTC|GMT|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|Z)\\b)?\\s*([+-]\\d{2}:?\\d{2})?\\s*$");

  /** Parses {@code text}, reading zone-less values in {@code defaultZone}. */
  public static Optional<OffsetDateTime> parse(String text, ZoneId defaultZone) {
    if (text == null) return Optional.empty();
    String s = text.strip();
    if (s.isEmpty() || s.length() > 100) return Optional.empty();
    try {
      return Optional.ofNullable(parseIso(s, defaultZone))
          .or(() -> Optional.ofNullable(parseRfc1123(s)))
          .or(() -> Optional.ofNullable(parseWritten(s, defaultZone)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public static Optional<OffsetDateTime> parse(String text) {
    return parse(text, ZoneOffset.UTC);
  }

  private static OffsetDateTime parseIso(String s, ZoneId zone) {
    Matcher m = ISO_DATE.matcher(s);
    if (!m.lookingAt() || !s.substring(m.end()).isBlank()) return null;
    LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
    LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT
        : LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)));
    ZoneId offset = m.group(7) == null ? zone : parseOffset(m.group(7));
    return ZonedDateTime.of(date, time, offset).toOffsetDateTime();
  }

  private static OffsetDateTime parseRfc1123(String s) {
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static OffsetDateTime parseWritten(String s, ZoneId defaultZone) {
    // Script and cookie strings ("expires=Thu, 01 Jan 1970 ...; path=/") are not datelines.
    if (s.indexOf('=') >= 0 || s.indexOf(';') >= 0) return null;
    LocalDate date = writtenDate(s);
    if (date == null) return null;
    LocalTime time = LocalTime.MIDNIGHT;
    Matcher t = TIME.matcher(s);
    if (t.find()) {
      int hour = num(t.group(1));
      String ampm = t.group(4);
      if (ampm != null) {
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
        if (hour < 1 || hour > 12) return null;
        hour = hour % 12 + (pm ? 12 : 0);
      }
      time = LocalTime.of(hour, num(t.group(2)), t.group(3) == null ? 0 : num(t.group(3)));
    }
    ZoneId zone = defaultZone;
    Matcher z = ZONE.matcher(s);
    if (z.find()) {
      if (z.group(2) != null) zone = parseOffset(z.group(2));
      else if (z.group(1) != null) zone = ZONES.get(z.group(1));
    }
    return ZonedDateTime.of(date, time, zone).toOffsetDateTime();
  }

  private static LocalDate writtenDate(String s) {
    Matcher m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) return LocalDate.of(num(m.group(3)), month, num(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) return LocalDate.of(num(m.group(3)), month, num(m.group(1)));
    }
    m = NUMERIC_DMY.matcher(s);
    if (m.find()) {
      int first = num(m.group(1));
      int second = num(m.group(2));
      // 05/06/2025 could be May 6 or 5 June: only accept the reading that is unambiguous.
      if (first > 12 && second <= 12) return LocalDate.of(num(m.group(3)), second, first);
      if (second > 12 && first <= 12) return LocalDate.of(num(m.group(3)), first, second);
      if (m.group(0).contains(".")) return LocalDate.of(num(m.group(3)), second, first);
    }
    return null;
  }

  /** The month a name or abbreviation stands for ("Dec", "December", "Sept"), or null. */
  public static Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3) return null;
    Integer month = MONTHS.get(w.substring(0, 3));
    if (month == null) return null;
    String full = java.time.Month.of(month).name().toLowerCase(Locale.ROOT);
    return full.startsWith(w) || w.equals("sept") ? month : null;
  }

  private static ZoneOffset parseOffset(String text) {
    if (text.equals("Z")) return ZoneOffset.UTC;
    String t = text.replace(":", "");
    int sign = t.charAt(0) == '-' ? -1 : 1;
    int hours = Integer.parseInt(t.substring(1, 3));
    int minutes = t.length() >= 5 ? Integer.parseInt(t.substring(3, 5)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
