package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns raw author strings ("By Jane Doe and John Roe, Staff Writer", "Email the author",
 * "3 hours ago Josh Smith", "@jdoe", profile URLs) into clean, de-duplicated person names.
 * Roles, credits to the outlet itself and widget words ("Follow") are not names.
 */
final class AuthorCleaner {
  private AuthorCleaner() {}

  private static final Pattern NOISE = Pattern.compile(String.join("|",
      "https?://\\S+", "www\\.\\S+", "\\S+@\\S+\\.\\S+", "@\\w+",
      "(?i)\\b(e-?mail|contact|follow|message) (the )?(author|me|us|him|her)\\b",
      "(?i)\\b(updated|published|posted|commented)\\b.*$", "(?i)^\\w+:.*$",
      "(?i)\\b\\d+\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago\\b",
      "(?i)\\b(on )?(twitter|facebook|instagram|linkedin)\\b",
      "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b.*$",
      "\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?)?", "\\b\\d{4}-\\d{2}-\\d{2}\\S*"));
  private static final Pattern BY = Pattern.compile("(?i)^(?:[\\p{L}]+\\s+){0,2}?by[:\\s]+");
  private static final Pattern SEPARATORS = Pattern.compile(
      "(?i)\\s+(and|&|und|et|y)\\s+|\\s*[,;|/•·]\\s*|\\s+[-–—]\\s+|\\n");
  /** A part holding one of these words is a role or desk, not a person. */
  private static final Set<String> ROLE_WORDS = Set.of("writer", "writers", "reporter", "reporters",
      "correspondent", "correspondents", "editor", "editors", "columnist", "contributor",
      "contributors", "journalist", "staff", "producer", "photographer", "intern", "desk", "team",
      "agencies", "newsroom", "editorial", "editor-at-large");
  private static final Set<String> WIDGET_WORDS = Set.of("follow", "share", "email", "contact",
      "more", "view", "profile", "bio", "author", "authors", "by", "admin", "administrator");
  private static final Pattern FILE_OR_SLUG = Pattern.compile("[\\w.-]*[._-][\\w.-]*");

  static List<String> clean(List<String> raw) {
    return clean(raw, null);
  }

  /** Cleans {@code raw}; a credit to {@code outlet} (the site's own name) is dropped. */
  static List<String> clean(List<String> raw, String outlet) {
    String outletKey = outlet == null ? null : outlet.toLowerCase(Locale.ROOT);
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String value : raw) {
      for (String name : split(value)) {
        String key = name.toLowerCase(Locale.ROOT);
        if (key.equals(outletKey)) continue;
        byKey.putIfAbsent(key, name);
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
      name = undouble(name);
      if (looksLikeName(name)) out.add(name);
    }
    return out;
  }

  /** "Sean Martin Sean Martin" (a name printed twice by a template) is one name. */
  private static String undouble(String name) {
    String[] words = name.split(" ");
    if (words.length % 2 != 0 || words.length < 2) return name;
    int half = words.length / 2;
    for (int i = 0; i < half; i++) {
      if (!words[i].equalsIgnoreCase(words[i + half])) return name;
    }
    return String.join(" ", Arrays.copyOf(words, half));
  }

  private static boolean looksLikeName(String name) {
    if (name.length() < 3 || name.length() > 60) return false;
    if (!Character.isLetter(name.codePointAt(0))) return false;
    if (name.chars().anyMatch(Character::isDigit)) return false;
    String[] words = name.toLowerCase(Locale.ROOT).split(" ");
    if (words.length > 5) return false;
    if (words.length == 1 && (WIDGET_WORDS.contains(words[0]) || FILE_OR_SLUG.matcher(name).matches())) return false;
    if (Set.of("for", "in", "at", "on").contains(words[0])) return false;
    for (String w : words) {
      if (ROLE_WORDS.contains(w)) return false;
    }
    return true;
  }
}
