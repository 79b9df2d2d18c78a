package org.crosscheck.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.extract.DateStrings;

/**
 * Finds the date and time expressions of news text and normalises them against the publication
 * date, in TIMEX3 form: "Dec. 24" → 2025-12-24, "in November" → 2025-11, "Thursday" → the
 * Thursday on or before publication, "last week" → 2025-W51, "early December" → 2025-12 EARLY,
 * "on Thursday morning" → 2025-12-25TMO, "for three days" → P3D, "each day" → P1D (a set).
 *
 * <p>Expressions without a year are read in the past unless a word before them in the clause
 * points forward ("will", "next", "scheduled"): news reports what happened. A day and month
 * ("Dec. 30") is read as the nearest such day, but no more than 60 days ahead. Words come from
 * {@link TimeWords}; the rules below fix only their order. Thread-safe and stateless.
 */
public final class TimeExpressions {

  /** How far ahead a day without a year may lie when nothing in the clause says future. */
  private static final int NEAR_FUTURE_DAYS = 60;
  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)";
  private static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d])";
  private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|{number})";
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?;:]\\s|\\n");

  private final TimeWords words;
  private final List<Rule> rules = new ArrayList<>();
  private final Pattern modifierBefore;
  private final Pattern futureCue;

  /** A pattern and what to make of a match; earlier rules win ties of span. */
  private record Rule(Pattern pattern, BiConsumer<Scan, Matcher> read) {}

  /**
   * A candidate expression. {@code clock} is set for a bare clock time that a neighbouring day may
   * complete; {@code anchorStep} for "the day before", read against the last day named before it.
   */
  private record Hit(int start, int end, String value, boolean set, String modifier, String clock,
      Step anchorStep, boolean needsModifier, int rule) {
    Hit withSpan(int s, int e) {
      return new Hit(s, e, value, set, modifier, clock, anchorStep, needsModifier, rule);
    }
  }

  /** An offset of some units from an anchor date. */
  private record Step(long amount, String unit) {}

  public TimeExpressions(TimeWords words) {
    this.words = words;
    modifierBefore = Pattern.compile("(?:^|[^\\p{L}])(" + words.pattern("modifier") + ")\\s*-?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    futureCue = Pattern.compile(B + words.pattern("future") + E, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    defineRules();
  }

  /** The finder with the English word lists. */
  public static TimeExpressions english() {
    return new TimeExpressions(TimeWords.english());
  }

  /**
   * The time expressions of a text, in text order, without overlaps.
   *
   * @param published the date relative expressions are read against; {@code null} keeps those
   *     with a month or weekday with an unknown year (XXXX) and drops the purely relative ones
   */
  public List<TimeRef> find(String text, LocalDate published) {
    Scan scan = new Scan(text, published);
    for (int r = 0; r < rules.size(); r++) {
      scan.rule = r;
      Matcher m = rules.get(r).pattern.matcher(text);
      // Matches may overlap: "April 11" must be found inside "Next Wednesday, April 11" too, in
      // case the longer match loses to another rule's.
      for (int from = 0; from < text.length() && m.find(from); from = m.start() + 1) {
        try {
          rules.get(r).read.accept(scan, m);
        } catch (RuntimeException e) {
          // A match no rule can read (a date the calendar lacks) is no time expression.
        }
      }
    }
    List<Hit> hits = new ArrayList<>(scan.hits);
    hits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(h -> h.start() - h.end()).thenComparingInt(Hit::rule));
    List<Hit> chosen = new ArrayList<>();
    int end = 0;
    for (Hit h : hits) {
      if (h.start < end) continue;
      if (h.value == null) {
        end = h.end;
        continue;
      }
      Hit m = withModifier(text, h);
      if (m == null) continue;
      chosen.add(m);
      end = h.end;
    }
    return finish(text, published, mergeClocks(text, chosen));
  }

  // ---- rules ------------------------------------------------------------------------------

  private void defineRules() {
    // Full dates first: they win ties against their parts.
    rule("(?<![\\d/.\\-])(?:\\d{4}-\\d\\d-\\d\\d|\\d{1,2}[./]\\d{1,2}[./]\\d{4})(?![\\d/]|\\.\\d)", (s, m) ->
        DateStrings.parse(m.group()).ifPresent(d -> s.add(m, d.toLocalDate().toString())));
    rule(B + "(?:(?<wd>{weekday}),?\\s+)?(?:the\\s+)?(?<day>" + DAY + ")(?:\\s+of)?\\s+(?<mon>{month})"
        + "(?:,?\\s+(?<year>" + YEAR + "))?" + E, (s, m) -> s.dayMonth(m, m.start(), m.end()));
    rule(B + "(?:(?<wd>{weekday}),?\\s+)?(?<mon>{month})\\s+(?:the\\s+)?(?<day>" + DAY + ")" + E
        + "(?:,?\\s+(?<year>" + YEAR + ")" + E + ")?", (s, m) -> s.dayMonth(m, m.start(), m.end()));
    // Ranges: "20-24 December", "between 20 and 24 December", "Dec. 20-24": each day on its own.
    String to = "\\s*(?:-|–|—|to|and|until|till|through)\\s*";
    rule(B + "(?<d1>" + DAY + ")" + to + "(?<day>" + DAY + ")\\s+(?:of\\s+)?(?<mon>{month})"
        + "(?:,?\\s+(?<year>" + YEAR + "))?" + E, (s, m) -> s.range(m, m.start("d1"), m.end("d1"), m.start("day"), m.end()));
    rule(B + "(?<mon>{month})\\s+(?<d1>" + DAY + ")" + to + "(?<day>" + DAY + ")" + E
        + "(?:,?\\s+(?<year>" + YEAR + ")" + E + ")?", (s, m) -> s.range(m, m.start(), m.end("d1"), m.start("day"), m.end()));
    rule(B + "(?<hol>{holiday})(?:,?\\s+(?<year>" + YEAR + "))?" + E, (s, m) -> {
      String[] md = words.value("holiday", m.group("hol")).split("-");
      s.date(m.start(), m.end(), Integer.parseInt(md[0]), Integer.parseInt(md[1]), m.group("year"));
    });
    rule(B + "(?<feast>{easter})(?:,?\\s+(?<year>" + YEAR + "))?" + E, Scan::easter);
    rule(B + "(?<mon>{month})(?:\\s+of)?,?\\s+(?<year>" + YEAR + ")" + E, (s, m) ->
        s.add(m, m.group("year") + "-" + two(month(m.group("mon")))));
    rule(B + "(?<mon>{month})\\s+(?:of\\s+)?(?<dir>{direction})\\s+year" + E, (s, m) -> {
      if (s.pub == null) return;
      int step = Integer.parseInt(words.value("direction", m.group("dir")));
      s.add(m, (s.pub.getYear() + step) + "-" + two(month(m.group("mon"))));
    });
    rule(B + "(?:(?<dir>{direction})\\s+)?(?<mon>{month})" + E, Scan::monthAlone);
    rule(B + "the\\s+(?<day>" + DAY + ")" + E, Scan::dayOfMonth);
    // Years, decades, centuries, quarters.
    rule("(?<![\\p{L}\\p{N}$€£¥#.,/\\-])(?<year>" + YEAR + ")(?![.,]\\d|\\s*(?:%|per\\s*cent|percent))", Scan::year);
    rule(B + "(?:the\\s+)?(?<dec>1[5-9]\\d|20\\d)0['’]?s" + E, (s, m) -> s.add(m, m.group("dec")));
    rule(B + "the\\s+(?<ord>{ordinal})\\s+century" + E, (s, m) ->
        s.add(m, two(Integer.parseInt(words.value("ordinal", m.group("ord"))) - 1)));
    rule(B + "(?:the\\s+)?(?<ord>{ordinal})\\s+quarter(?:\\s+of\\s+(?:(?<year>" + YEAR + ")|(?<dir>{direction})\\s+year))?" + E,
        Scan::quarter);
    rule(B + "Q(?<q>[1-4])(?:\\s+(?<year>" + YEAR + "))?" + E, Scan::quarter);
    // Seasons.
    rule(B + "(?:(?<dir>{direction})\\s+|(?<the>the\\s+))?(?<season>{seasons})(?:\\s+(?:of\\s+)?(?<year>" + YEAR + "))?" + E,
        Scan::season);
    // Weekdays and days named from publication.
    rule(B + "(?:(?<dir>{direction})\\s+)?(?<wd>{weekday})(?<plural>s)?(?:\\s+(?<part>{part}))?" + E, Scan::weekday);
    rule(B + "(?<dw>{day})(?:\\s+(?<part>{part}))?" + E, (s, m) -> {
      String[] v = words.value("day", m.group("dw")).split(" ");
      String part = v.length > 1 ? v[1] : m.group("part") == null ? null : words.value("part", m.group("part"));
      s.relativeDay(m, Integer.parseInt(v[0]), part);
    });
    rule(B + "this\\s+(?<part>{part})" + E, (s, m) -> s.relativeDay(m, 0, words.value("part", m.group("part"))));
    // Periods named from publication: "last week", "earlier this year", "the past week" (a stretch).
    rule(B + "(?<the>the\\s+)?(?:(?:earlier|later)\\s+)?(?<dir>{direction})\\s+(?<unit>{unit}|weekend)" + E, Scan::period);
    rule(B + "(?:the\\s+)?(?<dir>{direction}|first)\\s+(?<num>" + NUMBER + ")\\s+(?<unit>{units})" + E, (s, m) ->
        s.duration(m, number(m.group("num")), words.value("units", m.group("unit"))));
    rule(B + "(?:(?<num>" + NUMBER + ")\\s+)?(?<unit>{units}|{unit})\\s+(?<dir>ago|from\\s+now)" + E, Scan::ago);
    rule(B + "(?<num>" + NUMBER + ")\\s+(?<unit>{units}|{unit})\\s+(?<dir>later|earlier)" + E, (s, m) -> {
      long n = Long.parseLong(number(m.group("num")).replace("X", "0"));
      String unit = unit(m.group("unit"));
      if (n > 0) s.anchored(m, new Step(m.group("dir").equalsIgnoreCase("later") ? n : -n, unit));
    });
    rule(B + "the\\s+(?:(?<unit>{unit})\\s+(?<dir>before|after|earlier|later)(?=\\s*(?:[,.;:!?)]|$))"
        + "|(?<dir2>previous|next|following|preceding)\\s+(?<unit2>{unit}))" + E, (s, m) -> {
      String unitWord = m.group("unit") != null ? m.group("unit") : m.group("unit2");
      String dir = (m.group("dir") != null ? m.group("dir") : m.group("dir2")).toLowerCase(Locale.ROOT);
      boolean back = dir.equals("before") || dir.equals("earlier") || dir.equals("previous") || dir.equals("preceding");
      s.anchored(m, new Step(back ? -1 : 1, unit(unitWord)));
    });
    rule(B + "the\\s+(?<unit>week|month|year)" + E, (s, m) -> s.needsModifier(m, m.group("unit")));
    rule(B + "the\\s+weekend" + E, Scan::weekend);
    // Sets.
    rule(B + "(?:every|each|per)\\s+(?:(?<other>other)\\s+)?(?:(?<unit>{unit})|(?<wd>{weekday})|(?<part>{part}))" + E, Scan::set);
    rule(B + "(?<word>{set})" + E, (s, m) -> {
      // "the Sudan Daily Monitor": a capitalised word after another inside a sentence is part of a name.
      if (Character.isUpperCase(m.group("word").charAt(0)) && Character.isUpperCase(s.firstLetterBefore(m.start()))) return;
      s.addSet(m, words.value("set", m.group("word")));
    });
    rule(B + "(?:a|per)\\s+(?<unit>{unit})" + E, Scan::frequency);
    // Durations: "three days", "two-day", "for weeks".
    // "a second night of fighting": the ordinal before a noun is no second of time.
    rule(B + "(?<![:])(?<num>" + NUMBER + ")(?:\\s+|-)(?<unit>{units}|{unit})(?:-long|-old)?" + E
        + "(?!(?<=" + B + "(?i:a|an|one)\\s{1,3}second)\\s+(?!(?:or|and|later|earlier|ago|before|after)" + E + ")\\p{L})", (s, m) ->
        s.duration(m, number(m.group("num")), unit(m.group("unit"))));
    rule(B + "(?:(?<recent>recent|past|coming)\\s+)?(?<unit>{units})" + E, Scan::vagueDuration);
    // Clock times.
    String zone = "(?:\\s+(?:(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|[ECMP][SD]T)|(?:Kyiv|Kiev|Moscow|local)\\s+time))?";
    rule("(?<![\\d:.,])(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s*(?<ap>[ap])\\.?\\s?m\\b\\.?)?(?![\\d:])" + zone + E, Scan::clock);
    rule(B + "(?<h>1[0-2]|0?[1-9])(?:[.:](?<mi>[0-5]\\d))?\\s*(?<ap>[ap])\\.?\\s?m\\b\\.?" + zone + E, Scan::clock);
    rule(B + "(?<clock>{clock})" + E, (s, m) -> s.clock(m, words.value("clock", m.group("clock"))));
    rule(B + "(?<ref>{reference})" + E + "(?!\\s+(?:{unit}|{units}|{number})" + E + ")", (s, m) ->
        s.add(m, words.value("reference", m.group("ref"))));
    // Phrases that hold a time word but name no time ("as soon as"): they win over their parts.
    rule(B + "{never}" + E, (s, m) -> s.hits.add(new Hit(m.start(), m.end(), null, false, null, null, null, false, s.rule)));
  }

  private void rule(String template, BiConsumer<Scan, Matcher> read) {
    Matcher m = Pattern.compile("\\{([a-z]+)\\}").matcher(template);
    StringBuilder regex = new StringBuilder();
    while (m.find()) m.appendReplacement(regex, Matcher.quoteReplacement(words.pattern(m.group(1))));
    m.appendTail(regex);
    rules.add(new Rule(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), read));
  }

  // ---- one pass over a text ---------------------------------------------------------------

  /** The candidates found in one text, and what the rules need to read them. */
  private final class Scan {
    final String text;
    final LocalDate pub;
    final List<Hit> hits = new ArrayList<>();
    int rule;

    Scan(String text, LocalDate pub) {
      this.text = text;
      this.pub = pub;
    }

    void add(Matcher m, String value) {
      add(m.start(), m.end(), value);
    }

    void add(int start, int end, String value) {
      if (value != null) hits.add(new Hit(start, end, value, false, null, null, null, false, rule));
    }

    void addSet(Matcher m, String value) {
      hits.add(new Hit(m.start(), m.end(), value, true, null, null, null, false, rule));
    }

    void anchored(Matcher m, Step step) {
      if (step.unit == null || step.unit.startsWith("T")) return; // hours need the time of day
      hits.add(new Hit(m.start(), m.end(), "", false, null, null, step, false, rule));
    }

    void needsModifier(Matcher m, String unit) {
      if (pub == null) return;
      String value = switch (unit.toLowerCase(Locale.ROOT)) {
        case "week" -> week(pub);
        case "month" -> YearMonth.from(pub).toString();
        default -> String.valueOf(pub.getYear());
      };
      hits.add(new Hit(m.start(), m.end(), value, false, null, null, null, true, rule));
    }

    /** Whether a word in the clause before {@code start} points to the future. */
    boolean future(int start) {
      // "since Saturday" looks back whatever a modal earlier in the clause says.
      if (words.contains("pastcue", wordBefore(start))) return false;
      int from = Math.max(0, start - 80);
      Matcher end = CLAUSE_END.matcher(text).region(from, start);
      while (end.find()) from = end.end();
      return futureCue.matcher(text).region(from, start).find();
    }

    /** The word just before {@code start}, lower-cased, or "". */
    String wordBefore(int start) {
      int e = start;
      while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '-')) e--;
      int b = e;
      while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '\'')) b--;
      return text.substring(b, e).toLowerCase(Locale.ROOT);
    }

    void dayMonth(Matcher m, int start, int end) {
      int month = month(m.group("mon"));
      int day = dayNumber(m.group("day"));
      String wd = m.group("wd");
      if (wd != null && m.group("year") == null && pub != null) {
        // "Thursday, Dec. 25": the weekday settles the year where the date alone would not.
        DayOfWeek dow = DayOfWeek.of(Integer.parseInt(words.value("weekday", wd)));
        for (int y : new int[] {pub.getYear(), pub.getYear() - 1, pub.getYear() + 1}) {
          try {
            LocalDate d = LocalDate.of(y, month, day);
            if (d.getDayOfWeek() == dow) {
              add(start, end, d.toString());
              return;
            }
          } catch (DateTimeException e) {
            return;
          }
        }
      }
      date(start, end, month, day, m.group("year"));
    }

    /** "20-24 December": the second day is read as usual, the first takes its month and year. */
    void range(Matcher m, int s1, int e1, int s2, int e2) {
      int first = dayNumber(m.group("d1"));
      String second = resolveDate(month(m.group("mon")), dayNumber(m.group("day")), m.group("year"), s1);
      if (second == null || first >= dayNumber(m.group("day"))) return;
      add(s1, e1, second.substring(0, 8) + two(first));
      add(s2, e2, second);
    }

    void date(int start, int end, int month, int day, String year) {
      add(start, end, resolveDate(month, day, year, start));
    }

    String resolveDate(int month, int day, String year, int start) {
      try {
        if (year != null) return LocalDate.of(Integer.parseInt(year), month, day).toString();
        if (pub == null) return "XXXX-" + two(month) + "-" + two(day);
        return dayWithoutYear(month, day, future(start)).toString();
      } catch (DateTimeException e) {
        return null;
      }
    }

    LocalDate dayWithoutYear(int month, int day, boolean forward) {
      return nearest(y -> LocalDate.of(y, month, day), forward);
    }

    /**
     * Of the days a yearly date falls on around publication, the latest not after it; or, if the
     * clause points forward or the next one is near and nearer, the next one.
     */
    LocalDate nearest(java.util.function.IntFunction<LocalDate> inYear, boolean forward) {
      LocalDate past = null;
      LocalDate next = null;
      for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
        LocalDate d;
        try {
          d = inYear.apply(y);
        } catch (DateTimeException e) {
          continue; // 29 February in a common year
        }
        if (!d.isAfter(pub)) past = d;
        else if (next == null) next = d;
      }
      if (forward) return pub.equals(past) || next == null ? past : next;
      if (past == null) return next;
      if (next != null && ChronoUnit.DAYS.between(pub, next) <= NEAR_FUTURE_DAYS
          && ChronoUnit.DAYS.between(pub, next) < ChronoUnit.DAYS.between(past, pub)) {
        return next;
      }
      return past;
    }

    void easter(Matcher m) {
      int offset = Integer.parseInt(words.value("easter", m.group("feast")));
      String year = m.group("year");
      if (year != null) add(m, easterSunday(Integer.parseInt(year)).plusDays(offset).toString());
      else if (pub != null) add(m, nearest(y -> easterSunday(y).plusDays(offset), future(m.start())).toString());
    }

    /** "over the weekend": the last one, or the next if the clause points forward. */
    void weekend(Matcher m) {
      if (pub == null) return;
      int today = pub.getDayOfWeek().getValue();
      LocalDate saturday = future(m.start()) ? pub.plusDays(Math.floorMod(6 - today, 7))
          : today >= 6 ? pub.with(DayOfWeek.SATURDAY) : pub.minusDays(today + 1);
      add(m, week(saturday) + "-WE");
    }

    void dayOfMonth(Matcher m) {
      // "on the 24th": a day of the publication month (or the one before, if still to come).
      if (pub == null || !m.group("day").matches("\\d+(st|nd|rd|th)")) return;
      if (!wordBefore(m.start()).equals("on")) return;
      int day = dayNumber(m.group("day"));
      LocalDate d = null;
      for (int back = 0; back <= 1 && d == null; back++) {
        YearMonth ym = YearMonth.from(pub).minusMonths(back);
        if (day <= ym.lengthOfMonth() && !ym.atDay(day).isAfter(pub)) d = ym.atDay(day);
      }
      if (d != null) add(m, d.toString());
    }

    void monthAlone(Matcher m) {
      String form = m.group("mon");
      String dir = m.group("dir");
      if (dir == null && words.contains("ambiguous", form) && !words.contains("monthcue", wordBefore(m.start()))) return;
      int month = month(form);
      if (pub == null) {
        add(m, "XXXX-" + two(month));
        return;
      }
      int step = dir == null ? 0 : Integer.parseInt(words.value("direction", dir));
      int here = pub.getMonthValue();
      int year = pub.getYear();
      if (step < 0) {
        if (month >= here) year--;
      } else if (step > 0) {
        if (month <= here) year++;
      } else if (dir == null) {
        // "in November": the latest one so far, unless the clause speaks of the future.
        if (future(m.start())) {
          if (month < here) year++;
        } else if (month > here) {
          year--;
        }
      }
      add(m, year + "-" + two(month));
    }

    void quarter(Matcher m) {
      int q = group(m, "q") != null ? Integer.parseInt(m.group("q"))
          : Integer.parseInt(words.value("ordinal", m.group("ord")));
      if (q < 1 || q > 4) return;
      String year = m.group("year");
      if (year == null) {
        if (pub == null) return;
        int here = (pub.getMonthValue() - 1) / 3 + 1;
        String dir = group(m, "dir");
        int y = pub.getYear() + (dir == null ? 0 : Integer.parseInt(words.value("direction", dir)));
        if (dir == null) y += future(m.start()) ? (q >= here ? 0 : 1) : (q <= here ? 0 : -1);
        year = String.valueOf(y);
      }
      add(m, year + "-Q" + q);
    }

    void season(Matcher m) {
      String form = m.group("season");
      String dir = m.group("dir");
      String year = m.group("year");
      if (words.contains("ambiguousseason", form) && dir == null && year == null
          && (m.group("the") == null || wordAfter(m.end()).equals("of"))) return; // "the fall of the city"
      // "the Arab Spring": a capitalised season inside a sentence is part of a name.
      if (Character.isUpperCase(form.charAt(0)) && Character.isUpperCase(firstLetterBefore(m.start()))) return;
      String code = words.value("seasons", form);
      int start = m.group("the") != null ? m.start("season") : m.start();
      if (year != null) {
        add(start, m.end(), year + "-" + code);
        return;
      }
      if (pub == null) return;
      int index = List.of("SP", "SU", "FA", "WI").indexOf(code);
      // Seasons numbered from spring of year 0; winter belongs to the year of its December.
      int month = pub.getMonthValue();
      int now = (month < 3 ? pub.getYear() - 1 : pub.getYear()) * 4 + (month < 3 ? 3 : (month - 3) / 3);
      int step = dir == null ? 0 : Integer.parseInt(words.value("direction", dir));
      boolean forward = step > 0 || dir == null && future(m.start());
      int target = now - Math.floorMod(now - index, 4); // the latest such season not after now
      if (step < 0 && target == now) target -= 4;
      if (forward && target < now) target += 4;
      if (step > 0 && target == now) target += 4;
      add(start, m.end(), Math.floorDiv(target, 4) + "-" + code);
    }

    private char firstLetterBefore(int start) {
      int i = start - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
      if (i < 0 || !Character.isLetter(text.charAt(i))) return 'a';
      while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
      return text.charAt(i);
    }

    void weekday(Matcher m) {
      int dow = Integer.parseInt(words.value("weekday", m.group("wd")));
      String part = m.group("part") == null ? null : words.value("part", m.group("part"));
      if (m.group("plural") != null) {
        if (m.group("dir") == null) addSet(m, "XXXX-WXX-" + dow);
        return;
      }
      if (pub == null) {
        add(m, "XXXX-WXX-" + dow + (part == null ? "" : "T" + part));
        return;
      }
      String dir = m.group("dir");
      int step = dir == null ? 0 : Integer.parseInt(words.value("direction", dir));
      int today = pub.getDayOfWeek().getValue();
      LocalDate d;
      if (dir != null && step == 0) d = pub.with(DayOfWeek.of(dow));
      else if (step > 0 || dir == null && future(m.start())) d = pub.plusDays(Math.floorMod(dow - today - 1, 7) + 1);
      else if (step < 0) d = pub.minusDays(Math.floorMod(today - dow - 1, 7) + 1);
      else d = pub.minusDays(Math.floorMod(today - dow, 7));
      add(m, d + (part == null ? "" : "T" + part));
    }

    /**
     * A bare year, unless it looks like a count: "1500 soldiers" is not a year, "in 2022 the" and
     * "the 2022 election" are.
     */
    void year(Matcher m) {
      String next = wordAfter(m.end());
      boolean count = !next.isEmpty() && Character.isLowerCase(next.charAt(0))
          && (words.contains("countword", next) || next.endsWith("s") && !words.contains("notplural", next));
      String before = wordBefore(m.start());
      if (count && !before.equals("the") && !words.contains("monthcue", before)) return;
      add(m, m.group("year"));
    }

    /** The word just after {@code end}, as written, or "". */
    String wordAfter(int end) {
      int b = end;
      while (b < text.length() && text.charAt(b) == ' ') b++;
      int e = b;
      while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
      return text.substring(b, e);
    }

    void relativeDay(Matcher m, int days, String part) {
      if (pub == null) return;
      add(m, pub.plusDays(days) + (part == null ? "" : "T" + part));
    }

    void period(Matcher m) {
      String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
      String dir = m.group("dir");
      boolean stretch = words.contains("stretch", dir) || m.group("the") != null && words.contains("thestretch", dir);
      if (unitWord.equals("weekend")) {
        if (stretch || pub == null) return;
        LocalDate d = pub.plusWeeks(Integer.parseInt(words.value("direction", dir)));
        add(m, week(d) + "-WE");
        return;
      }
      String unit = words.value("unit", unitWord);
      // "the last day", "next hour" name no period of the calendar.
      if (!stretch && (unit.equals("D") || unit.startsWith("T"))) return;
      if (stretch) {
        duration(m, "1", unit);
        return;
      }
      int step = Integer.parseInt(words.value("direction", dir));
      // "the next day" is read against an anchor; "the current year" against publication.
      if (m.group("the") != null && step != 0 || pub == null) return;
      String value = shifted(pub, step, unit);
      add(m, value);
    }

    void ago(Matcher m) {
      String n = m.group("num") == null ? "X" : number(m.group("num"));
      boolean back = m.group("dir").toLowerCase(Locale.ROOT).equals("ago");
      if (n.equals("X")) {
        add(m, back ? "PAST_REF" : "FUTURE_REF");
        return;
      }
      if (pub == null) return;
      long amount = (long) Double.parseDouble(n);
      add(m, shifted(pub, back ? -amount : amount, unit(m.group("unit"))));
    }

    void set(Matcher m) {
      int every = m.group("other") == null ? 1 : 2;
      if (m.group("unit") != null) {
        String unit = unit(m.group("unit"));
        addSet(m, durationValue(String.valueOf(every), unit));
      } else if (m.group("wd") != null) {
        addSet(m, "XXXX-WXX-" + words.value("weekday", m.group("wd")));
      } else {
        addSet(m, "T" + words.value("part", m.group("part")));
      }
    }

    void frequency(Matcher m) {
      String before = wordBefore(m.start());
      boolean afterNumber = !before.isEmpty() && Character.isDigit(before.charAt(0));
      if (m.group().toLowerCase(Locale.ROOT).startsWith("per") || afterNumber || words.contains("setcue", before)) {
        addSet(m, durationValue("1", unit(m.group("unit"))));
      }
    }

    void duration(Matcher m, String amount, String unit) {
      if (unit != null) add(m, durationValue(amount, unit));
    }

    void vagueDuration(Matcher m) {
      if (m.group("recent") == null && !words.contains("durationcue", wordBefore(m.start()))) return;
      add(m, durationValue("X", words.value("units", m.group("unit"))));
    }

    void clock(Matcher m) {
      int h = Integer.parseInt(m.group("h"));
      String mi = m.group("mi") == null ? "00" : m.group("mi");
      String ap = m.group("ap");
      if (ap != null) {
        if (h < 1 || h > 12) return;
        h = h % 12 + (Character.toLowerCase(ap.charAt(0)) == 'p' ? 12 : 0);
      }
      clock(m, two(h) + ":" + mi);
    }

    void clock(Matcher m, String hhmm) {
      String value = pub == null ? "T" + hhmm : pub + "T" + hhmm;
      hits.add(new Hit(m.start(), m.end(), value, false, null, hhmm, null, false, rule));
    }
  }

  // ---- after choosing ---------------------------------------------------------------------

  /** Takes in "early", "mid-", "the end of" before a month, year, season ...; drops a bare "the year". */
  private Hit withModifier(String text, Hit h) {
    TimeRef.Granularity g = TimeValues.granularity(h.value);
    boolean takes = switch (g) {
      case WEEK, MONTH, SEASON, QUARTER, YEAR, DECADE, CENTURY -> !h.set && h.anchorStep == null;
      default -> false;
    };
    if (takes) {
      Matcher m = modifierBefore.matcher(text).region(Math.max(0, h.start - 24), h.start);
      if (m.find()) {
        String modifier = words.value("modifier", m.group(1).replaceAll("\\s+", " "));
        return new Hit(m.start(1), h.end, h.value, false, modifier, null, null, false, h.rule);
      }
    }
    return h.needsModifier ? null : h;
  }

  /** "09:30 on Thursday", "Dec. 24 at 9 a.m.": a clock time joins the day beside it. */
  private static List<Hit> mergeClocks(String text, List<Hit> hits) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      Hit a = hits.get(i);
      Hit b = i + 1 < hits.size() ? hits.get(i + 1) : null;
      if (b != null && joins(text, a, b)) {
        Hit day = a.clock == null ? a : b;
        Hit clock = a.clock == null ? b : a;
        out.add(new Hit(a.start, b.end, day.value + "T" + clock.clock, false, null, null, null, false, a.rule));
        i++;
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static boolean joins(String text, Hit a, Hit b) {
    if ((a.clock == null) == (b.clock == null)) return false;
    Hit day = a.clock == null ? a : b;
    if (day.set || day.anchorStep != null || TimeValues.granularity(day.value) != TimeRef.Granularity.DAY) return false;
    String gap = text.substring(a.end, b.start).strip().toLowerCase(Locale.ROOT);
    return a.clock != null ? gap.matches(",?\\s*(on)?") : gap.matches(",?\\s*(at|around|about|from)?");
  }

  /**
   * Reads the anchored expressions ("the day before", "five years later") against the last day,
   * or for months and longer the last date of any precision, named before them; then makes the
   * records.
   */
  private static List<TimeRef> finish(String text, LocalDate pub, List<Hit> hits) {
    List<TimeRef> out = new ArrayList<>();
    LocalDate lastDay = pub;
    LocalDate lastDated = pub;
    for (Hit h : hits) {
      String value = h.value;
      if (h.anchorStep != null) {
        boolean days = h.anchorStep.unit.equals("D") || h.anchorStep.unit.endsWith("W");
        LocalDate anchor = days ? lastDay : lastDated;
        if (anchor == null) continue;
        value = shifted(anchor, h.anchorStep.amount, h.anchorStep.unit);
        if (value == null) continue;
      }
      TimeRef.Granularity g = h.set ? TimeRef.Granularity.SET : TimeValues.granularity(value);
      LocalDate d = dated(value, g);
      if (d != null) {
        lastDated = d;
        if (g == TimeRef.Granularity.DAY || g == TimeRef.Granularity.TIME) lastDay = d;
      }
      out.add(new TimeRef(h.start, h.end, text.substring(h.start, h.end), value, g, h.modifier));
    }
    return out;
  }

  /** The first day a dated value covers (2022-09 → 2022-09-01), or null for others. */
  private static LocalDate dated(String value, TimeRef.Granularity g) {
    try {
      return switch (g) {
        case DAY, TIME -> LocalDate.parse(value.substring(0, 10));
        case MONTH -> YearMonth.parse(value).atDay(1);
        case YEAR -> LocalDate.of(Integer.parseInt(value), 1, 1);
        default -> null;
      };
    } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
      return null; // a time without a date ("T09:21"), a year unknown ("XXXX-11")
    }
  }

  /** Easter Sunday of the Western churches (the anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  // ---- values -----------------------------------------------------------------------------

  /** A date moved by some units, written at the precision of the unit: a day, a week, a month ... */
  private static String shifted(LocalDate from, long amount, String unit) {
    return switch (unit) {
      case "D" -> from.plusDays(amount).toString();
      case "W" -> week(from.plusWeeks(amount));
      case "2W" -> week(from.plusWeeks(2 * amount));
      case "M" -> YearMonth.from(from).plusMonths(amount).toString();
      case "Y" -> String.valueOf(from.getYear() + amount);
      case "10Y" -> String.valueOf(from.getYear() + 10 * amount);
      case "100Y" -> String.valueOf(from.getYear() + 100 * amount);
      default -> null; // hours and minutes ago need the publication time
    };
  }

  private static String week(LocalDate d) {
    return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** "P3D", "PT24H", "P20Y" (two decades), "PXW" for an unspecified number of weeks. */
  private static String durationValue(String amount, String unit) {
    boolean time = unit.startsWith("T");
    String u = time ? unit.substring(1) : unit;
    String factor = u.length() > 1 ? u.substring(0, u.length() - 1) : "1";
    String designator = u.substring(u.length() - 1);
    String n;
    if (amount.equals("X")) {
      n = "X";
    } else {
      double v = Double.parseDouble(amount) * Integer.parseInt(factor);
      n = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
    return (time ? "PT" : "P") + n + designator;
  }

  private String unit(String word) {
    String u = words.value("unit", word);
    return u != null ? u : words.value("units", word);
  }

  private String number(String form) {
    if (Character.isDigit(form.charAt(0))) return form.replace(",", "");
    return words.value("number", form.replaceAll("\\s+", " "));
  }

  private int month(String form) {
    return Integer.parseInt(words.value("month", form));
  }

  /** A named group of a match, or null if it took no part or the rule has no such group. */
  private static String group(Matcher m, String name) {
    return m.namedGroups().containsKey(name) ? m.group(name) : null;
  }

  private static int dayNumber(String form) {
    return Integer.parseInt(form.replaceAll("\\D", ""));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
