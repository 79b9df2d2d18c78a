package org.crosscheck.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists of one language for {@link TimeExpressions}, read from a resource of lines
 * {@code kind TAB value TAB form|form|...}: month and weekday names, number words, units,
 * modifiers, cue words. Names (months, weekdays, holidays) match as written, the rest in any case.
 */
final class TimeWords {

  /** Kinds whose forms match only as written: "May" the month, not "may" the verb. */
  private static final Set<String> NAMES = Set.of("month", "weekday", "holiday", "easter");

  /** kind → form (lower-cased unless a name, spaces collapsed) → value. */
  private final Map<String, Map<String, String>> byKind;

  private TimeWords(Map<String, Map<String, String>> byKind) {
    this.byKind = byKind;
  }

  /** The English lists shipped with the module. */
  static TimeWords english() {
    return load("time-words-en.tsv");
  }

  static TimeWords load(String resource) {
    Map<String, Map<String, String>> byKind = new HashMap<>();
    try (InputStream in = TimeWords.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalArgumentException("no time word list " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalArgumentException(resource + ":" + n + ": expected kind, value, forms");
        }
        Map<String, String> forms = byKind.computeIfAbsent(f[0], k -> new HashMap<>());
        for (String form : f[2].split("\\|")) forms.put(key(f[0], form), f[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TimeWords(byKind);
  }

  private static String key(String kind, String form) {
    String k = form.strip().replaceAll("\\s+", " ");
    return NAMES.contains(kind) ? k : k.toLowerCase(Locale.ROOT);
  }

  /** The value of a form of a kind ("month", "Dec." → "12"), or null. */
  String value(String kind, String form) {
    return byKind.getOrDefault(kind, Map.of()).get(key(kind, form));
  }

  boolean contains(String kind, String form) {
    return value(kind, form) != null;
  }

  /**
   * A regular expression matching any form of a kind, longest first so "Sept." wins over "Sep";
   * names are matched case-sensitively inside a pattern compiled to ignore case.
   */
  String pattern(String kind) {
    List<String> forms = byKind.getOrDefault(kind, Map.of()).keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
    if (forms.isEmpty()) throw new IllegalStateException("no time words of kind " + kind);
    String alternation = forms.stream()
        .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    return NAMES.contains(kind) ? "(?-i:" + alternation + ")" : "(?:" + alternation + ")";
  }
}
