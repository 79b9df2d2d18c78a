package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns raw author strings ("By Jane Doe and John Roe, Staff Writer", "Email the author",
 * "3 hours ago Josh Smith", "@jdoe", profile URLs) into clean, de-duplicated person names.
 */
final class AuthorCleaner {
  private AuthorCleaner() {}

  private static final Pattern NOISE = Pattern.compile(String.join("|",
      "https?://\\S+", "www\\.\\S+", "\\S+@\\S+\\.\\S+", "@\\w+",
      "(?i)\\b(e-?mail|contact|follow|message) (the )?(author|me|us|him|her)\\b",
      "(?i)\\b(updated|published|posted)\\b.*$",
      "(?i)\\b\\d+\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b",
      "(?i)\\b(on )?(twitter|facebook|instagram|linkedin)\\b",
      "\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?)?", "\\b\\d{4}-\\d{2}-\\d{2}\\S*"));
  private static final Pattern BY = Pattern.compile("(?i)^(written |reported |words |text )?by[:\\s]+");
  private static final Pattern SEPARATORS = Pattern.compile("(?i)\\s+(and|&|und|et|y)\\s+|\\s*[,;|/•·]\\s*|\\n");
  private static final Pattern ROLE = Pattern.compile("(?i)^(the )?(senior |chief |deputy |associate |contributing |special |staff |political |foreign |managing )*"
      + "(writer|reporter|correspondent|editor|columnist|contributor|journalist|staff|producer|photographer|analyst|author|news desk|desk|team|agencies|"
      + "press association|associated press|for .*|in .*|at .*)s?$");

  static List<String> clean(List<String> raw) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String value : raw) {
      for (String name : split(value)) {
        byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return List.copyOf(byKey.values());
  }

  private static List<String> split(String value) {
    List<String> out = new ArrayList<>();
    String s = NOISE.matcher(value.replace('\u00a0', ' ')).replaceAll(" ");
    s = s.replaceAll("\\s+", " ").strip();
    for (String part : SEPARATORS.split(s)) {
      String name = BY.matcher(part.strip()).replaceFirst("").strip();
      name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
      if (looksLikeName(name)) out.add(name);
    }
    return out;
  }

  private static boolean looksLikeName(String name) {
    if (name.length() < 3 || name.length() > 60) return false;
    if (ROLE.matcher(name).matches()) return false;
    if (!Character.isLetter(name.codePointAt(0))) return false;
    long words = name.chars().filter(c -> c == ' ').count() + 1;
    if (words > 5) return false;
    return name.chars().noneMatch(Character::isDigit);
  }
}
