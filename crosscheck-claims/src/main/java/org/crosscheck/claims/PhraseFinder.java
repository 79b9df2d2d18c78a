package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the phrases of a word list occur in a text. The list's one pattern (whole words, longest
 * phrase first) is tried only at the words some phrase opens with: on news text most words open
 * no phrase of a list, and a plain {@link Matcher#find} made the engine try the list's alternatives
 * at every one of them, the extraction's main cost. The hits are those the plain search gives.
 */
final class PhraseFinder {

  private final Pattern pattern;
  /** The phrases' opening words, case-folded; null when some phrase opens with no whole word ("*", a mark), so every word is tried. */
  private final Set<String> openings;

  /**
   * @param pattern the phrases as one pattern: whole words ({@code (?<![\p{L}\p{N}])} before, {@code
   *     (?![\p{L}\p{N}])} after), case-insensitive
   * @param phrases the phrases it was built from, in their written form ("*" a word, a space any space)
   */
  PhraseFinder(Pattern pattern, List<String> phrases) {
    this.pattern = pattern;
    Set<String> words = new HashSet<>();
    for (String phrase : phrases) {
      int end = wordEnd(phrase, 0, phrase.length());
      // "re*": a word standing for "*" may go on with letters, so the opening is not a word of its own.
      if (end == 0 || end < phrase.length() && phrase.charAt(end) == '*') {
        words = null;
        break;
      }
      words.add(fold(phrase, 0, end));
    }
    this.openings = words;
  }

  /** Every phrase in {@code text[from, to)}, in text order. */
  List<Vocabulary.Hit> find(String text, int from, int to) {
    List<Vocabulary.Hit> hits = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    int at = from;
    while ((at = next(m, text, at, to)) >= 0) hits.add(hit(m));
    return hits;
  }

  /** The first phrase in {@code text[from, to)}. */
  Optional<Vocabulary.Hit> first(String text, int from, int to) {
    Matcher m = pattern.matcher(text);
    return next(m, text, from, to) >= 0 ? Optional.of(hit(m)) : Optional.empty();
  }

  /** Whether {@code text[from, to)} holds a phrase. */
  boolean any(String text, int from, int to) {
    return next(pattern.matcher(text), text, from, to) >= 0;
  }

  /** Puts {@code m} on the first phrase in {@code text[at, to)} and gives where to look on from, or -1 when there is none. */
  private int next(Matcher m, String text, int at, int to) {
    if (openings == null) {
      m.region(at, to);
      return m.find() ? m.end() : -1;
    }
    int i = at;
    while (i < to) {
      int cp = text.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      // The region starts at a word's first letter, which the pattern's look-behind then takes for a word start, as it is.
      int end = wordEnd(text, i, to);
      if (openings.contains(fold(text, i, end))) {
        m.region(i, to);
        if (m.lookingAt()) return m.end();
      }
      i = end;
    }
    return -1;
  }

  private static Vocabulary.Hit hit(Matcher m) {
    return new Vocabulary.Hit(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT));
  }

  private static int wordEnd(String s, int from, int to) {
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) break;
      i += Character.charCount(cp);
    }
    return i;
  }

  /** A letter or number, as the pattern's {@code [\p{L}\p{N}]} reads it. */
  private static boolean isWordChar(int cp) {
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** A word as a case-insensitive Unicode pattern compares it: each letter's lower case of its upper case. */
  private static String fold(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
