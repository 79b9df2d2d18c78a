package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that reports introduce with their acronym, learned from the reports' sentences: "the Logone
 * Patriotic Front (FPL)" or "the FPL (Logone Patriotic Front)" makes "Logone Patriotic Front" and
 * "FPL" one actor, in that report and in every other report of the story. The acronym's letters
 * must be the initials of the name's last capitalised words in any order, since a group's acronym
 * often keeps its own language's word order (Front patriotique du Logone: FPL). The acronym is the
 * form kept, as {@link GroupNames} keeps it within one report.
 */
final class Acronyms {

  private static final Pattern NAME_THEN_ACRONYM = Pattern.compile(
      "((?:[\\p{L}'’-]+\\s+){1,8})\\((\\p{Lu}[\\p{Lu}\\p{N}]{1,7})\\)");
  private static final Pattern ACRONYM_THEN_NAME = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Lu}\\p{N}]{1,7})\\s+\\(([^()]{3,80})\\)");
  private static final Pattern TRAILING_ACRONYM = Pattern.compile("\\s+\\(\\p{Lu}[\\p{Lu}\\p{N}]{1,7}\\)$");
  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
  /** Capitalised words (with "of", "the" between) right before a bracket: a spelled-out acronym's name. */
  private static final Pattern SPELLED_OUT = Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|the)\\s+)*){1,6})\\(");
  /** Lower-case words a name may hold between its capitalised ones. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "the", "and", "de", "du", "des", "la", "le", "et",
      "pour", "del", "al", "wal", "el");

  /** A long name, lower case, to its acronym. */
  private final Map<String, String> acronymOf = new HashMap<>();
  /** An acronym to the one name it was introduced with. */
  private final Map<String, String> nameOf = new HashMap<>();
  /** Acronyms introduced with two names ("Popular Front (PF)", "Patriotic Front (PF)"): they fold nothing. */
  private final Set<String> ambiguous = new HashSet<>();
  /** The sentences already read. */
  private final Set<String> read = new HashSet<>();

  /**
   * Reads the name-acronym pairs a sentence introduces; returns the names (as {@link #keyOf} gives
   * them) whose folding changed, so that only what was said under those names need be judged again.
   */
  Set<String> learn(String sentence) {
    // Claims share sentences, and the patterns are costly where no bracket can make them match.
    if (sentence.indexOf('(') < 0 || !read.add(sentence)) return Set.of();
    Set<String> changed = new HashSet<>();
    Matcher m = NAME_THEN_ACRONYM.matcher(sentence);
    while (m.find()) {
      String name = nameEnding(m.group(1), m.group(2));
      if (name != null) add(name, m.group(2), changed);
    }
    m = ACRONYM_THEN_NAME.matcher(sentence);
    while (m.find()) {
      String inside = m.group(2).strip();
      String name = nameEnding(inside + " ", m.group(1));
      if (name != null && name.length() == inside.length()) add(name, m.group(1), changed);
    }
    return changed;
  }

  /** Notes in {@code changed} the name whose folding the pair changed: a new pair's, or the first name of an acronym now ambiguous. */
  private void add(String name, String acronym, Set<String> changed) {
    if (ambiguous.contains(acronym)) return;
    String key = name.toLowerCase(Locale.ROOT);
    String known = nameOf.putIfAbsent(acronym, key);
    if (known != null && !known.equals(key)) {
      // Two groups with the same initials: folding either into the acronym would hide their dispute.
      ambiguous.add(acronym);
      if (acronymOf.remove(known) != null) changed.add(known);
      return;
    }
    if (acronymOf.putIfAbsent(key, acronym) == null) changed.add(key);
  }

  /**
   * The one form an actor's name or side is kept under: the acronym of a name some report
   * introduced with it (a trailing "(ACRONYM)" included), else the name as it is.
   */
  String fold(String name) {
    if (name == null || acronymOf.isEmpty()) return name;
    return acronymOf.getOrDefault(keyOf(name), name);
  }

  /** A name as pairs are looked up by: lower case, without a leading "the" or a trailing "(ACRONYM)". */
  static String keyOf(String name) {
    String bare = TRAILING_ACRONYM.matcher(name.strip()).replaceFirst("");
    return LEADING_THE.matcher(bare.toLowerCase(Locale.ROOT)).replaceFirst("");
  }

  /**
   * The capitalised words a text spells an acronym out as, right before it in brackets ("the Public
   * Security Ministry (PSM)": "Public Security Ministry"), or {@code null} where it does not.
   */
  static String spelledOut(String text, String acronym) {
    String bracketed = "(" + acronym + ")";
    // Each count asks again, so the name is sought only in the run of words right before each "(ACRONYM)".
    for (int at = text.indexOf(bracketed); at >= 0; at = text.indexOf(bracketed, at + 1)) {
      Matcher m = SPELLED_OUT.matcher(text).region(wordsBefore(text, at), at + 1);
      if (m.find()) return m.group(1).strip();
    }
    return null;
  }

  /** Where the run of letters, spaces, apostrophes and hyphens ending at {@code at} starts (or earlier). */
  private static int wordsBefore(String text, int at) {
    int from = at;
    while (from > 0 && mayBeInName(text.charAt(from - 1))) from--;
    return from;
  }

  /** False for the ASCII characters no spelled-out name holds; true for any other, so no start is missed. */
  private static boolean mayBeInName(char c) {
    return c >= 128 || Character.isLetter(c) || c == ' ' || c == '\'' || c == '-' || (c >= '\t' && c <= '\r');
  }

  /** Whether any pair is known. */
  boolean isEmpty() {
    return acronymOf.isEmpty();
  }

  /**
   * The name right before an acronym whose letters it gives: the shortest run of words ending at
   * the acronym whose capitalised words (and capitalised halves of hyphened ones: "al-Islam") are as
   * many as its letters and start with them; {@code null} when none does.
   */
  private static String nameEnding(String before, String acronym) {
    String letters = acronym.replaceAll("\\P{L}", "");
    if (letters.length() < 2) return null;
    List<String> words = Arrays.asList(before.strip().split("\\s+"));
    List<Character> initials = new ArrayList<>();
    for (int i = words.size() - 1; i >= 0; i--) {
      String word = words.get(i);
      List<Character> own = capitals(word);
      if (own.isEmpty() && !CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) return null;
      initials.addAll(own);
      if (initials.size() > letters.length()) return null;
      if (initials.size() == letters.length() && !own.isEmpty()) {
        return sameLetters(initials, letters) ? String.join(" ", words.subList(i, words.size())) : null;
      }
    }
    return null;
  }

  private static List<Character> capitals(String word) {
    List<Character> out = new ArrayList<>();
    for (String part : word.split("-")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) out.add(part.charAt(0));
    }
    return out;
  }

  private static boolean sameLetters(List<Character> initials, String letters) {
    char[] a = letters.toUpperCase(Locale.ROOT).toCharArray();
    char[] b = new char[initials.size()];
    for (int i = 0; i < b.length; i++) b[i] = Character.toUpperCase(initials.get(i));
    Arrays.sort(a);
    Arrays.sort(b);
    return Arrays.equals(a, b);
  }
}
