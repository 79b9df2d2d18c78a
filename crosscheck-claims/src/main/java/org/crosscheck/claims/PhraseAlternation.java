package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list of phrases as one regular-expression alternation, tried longest first. The regex engine
 * tries every alternative at every word start, which made the word lists the extraction's main
 * cost; here the phrases are grouped by their first letter behind a one-character look-ahead, so
 * a word start tries only the phrases that begin with its letter, in the same order as before.
 */
final class PhraseAlternation {

  private PhraseAlternation() {}

  /**
   * {@code (?:...)} matching the same text as the plain longest-first alternation of the phrases,
   * each written as a regex by {@code toRegex}.
   *
   * @param ignoreCase whether the pattern it goes into matches case-insensitively (letters that
   *     differ only by case then share a group)
   */
  static String of(List<String> phrases, Function<String, String> toRegex, boolean ignoreCase) {
    // An empty class of first letters is no regex: a list with no phrases matches nothing.
    if (phrases.isEmpty()) return "(?!)";
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    // A phrase opening with anything but a letter or digit could match where a letter group does;
    // grouping would then change which phrase wins, so such a list stays one plain alternation.
    boolean groupable = sorted.stream().allMatch(p -> !p.isEmpty() && Character.isLetterOrDigit(p.codePointAt(0)));
    if (!groupable) return "(?:" + join(sorted, toRegex) + ")";
    Map<Integer, List<String>> byFirst = new LinkedHashMap<>();
    for (String phrase : sorted) {
      int first = phrase.codePointAt(0);
      int key = ignoreCase ? Character.toLowerCase(Character.toUpperCase(first)) : first;
      byFirst.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase);
    }
    // One class of all the first letters before the groups: a word start no phrase begins with is
    // turned away by one look instead of one look-ahead per letter.
    StringBuilder firsts = new StringBuilder();
    StringBuilder sb = new StringBuilder();
    for (List<String> group : byFirst.values()) {
      if (!sb.isEmpty()) sb.append('|');
      int first = group.get(0).codePointAt(0);
      firsts.append("\\x{").append(Integer.toHexString(first)).append('}');
      sb.append("(?=").append(java.util.regex.Pattern.quote(new String(Character.toChars(first)))).append(")(?:")
          .append(join(group, toRegex)).append(')');
    }
    return "(?=[" + firsts + "])(?:" + sb + ")";
  }

  private static String join(List<String> phrases, Function<String, String> toRegex) {
    StringBuilder sb = new StringBuilder();
    for (String p : phrases) {
      if (!sb.isEmpty()) sb.append('|');
      sb.append(toRegex.apply(p));
    }
    return sb.toString();
  }
}
