package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the phrases of a word list occur in a text. The list's one pattern (whole words, longest
 * phrase first) is tried only at the words some phrase opens with: on news text most words open
 * no phrase of a list, and a plain {@link Matcher#find} made the engine try the list's alternatives
 * at every one of them, the extraction's main cost. The hits are those the plain search gives.
 * Word lists match in any case; names of sides match as written. One difference, on purpose: a
 * letter outside the Basic Multilingual Plane ("𝐀") right before a word joins that word here,
 * where the pattern's look-behind sees only its second half and takes the word for a new one.
 */
final class PhraseFinder {

  private final Pattern pattern;
  /** What the pattern takes for a letter of a word: its look-behind and look-ahead test it. */
  private final IntPredicate wordChar;
  private final boolean anyCase;
  /** The phrases' opening words, case-folded when any case matches. */
  private final Set<String> openings = new HashSet<>();
  /** The first marks of phrases that open with one ("“liberation”", "18th" among names of letters). */
  private final Set<Integer> openingMarks = new HashSet<>();
  /** Whether some phrase opens with "*": then every place is tried, as a plain search does. */
  private final boolean everywhere;

  private PhraseFinder(Pattern pattern, List<String> phrases, IntPredicate wordChar, boolean anyCase) {
    this.pattern = pattern;
    this.wordChar = wordChar;
    this.anyCase = anyCase;
    boolean wildcard = false;
    for (String phrase : phrases) {
      // An empty phrase would match everywhere, and a search would find it at one place for ever.
      if (phrase.isEmpty()) throw new IllegalArgumentException("an empty phrase in a word list");
      int end = wordEnd(phrase, 0, phrase.length());
      if (end == 0 && !phrase.isEmpty() && phrase.charAt(0) != '*') {
        openingMarks.add(fold(phrase.codePointAt(0)));
        continue;
      }
      // "re*": a word standing for "*" may go on with letters, so the opening is not a word of its own.
      wildcard |= end == 0 || end < phrase.length() && phrase.charAt(end) == '*';
      openings.add(fold(phrase, 0, end));
    }
    this.everywhere = wildcard;
  }

  /**
   * A word list's finder.
   *
   * @param pattern the phrases as one case-insensitive pattern of whole words: {@code
   *     (?<![\p{L}\p{N}])} before them, {@code (?![\p{L}\p{N}])} after
   * @param phrases the phrases it was built from, as written ("*" a word, a space any space)
   */
  static PhraseFinder wordsInAnyCase(Pattern pattern, List<String> phrases) {
    return new PhraseFinder(pattern, phrases, PhraseFinder::isLetterOrNumber, true);
  }

  /**
   * A finder of names as written, case included.
   *
   * @param pattern the names as one case-sensitive pattern with {@code (?<![\p{L}])} before them and
   *     {@code (?![\p{L}])} after (a possessive may come between)
   * @param names the names it was built from
   */
  static PhraseFinder namesAsWritten(Pattern pattern, List<String> names) {
    return new PhraseFinder(pattern, names, Character::isLetter, false);
  }

  /** Every phrase in {@code text[from, to)}, in text order. */
  List<Vocabulary.Hit> find(String text, int from, int to) {
    List<Vocabulary.Hit> hits = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    int at = from;
    while ((at = next(m, text, from, at, to)) >= 0) hits.add(hit(m));
    return hits;
  }

  /** The first phrase in {@code text[from, to)}. */
  Optional<Vocabulary.Hit> first(String text, int from, int to) {
    Matcher m = pattern.matcher(text);
    return next(m, text, from, from, to) >= 0 ? Optional.of(hit(m)) : Optional.empty();
  }

  /** Whether {@code text[from, to)} holds a phrase. */
  boolean any(String text, int from, int to) {
    return next(pattern.matcher(text), text, from, from, to) >= 0;
  }

  /**
   * Puts {@code m} on the first phrase in {@code text[at, to)} and gives where to look on from, or
   * -1 when there is none. As in a search of the region {@code [from, to)}, the region's start
   * counts as a word's start.
   */
  private int next(Matcher m, String text, int from, int at, int to) {
    if (everywhere) {
      // A plain search: the matcher goes on from its last hit.
      if (at == from) m.region(from, to);
      return m.find() ? m.end() : -1;
    }
    int i = at;
    while (i < to) {
      int cp = text.codePointAt(i);
      boolean word = wordChar.test(cp);
      int end = word ? wordEnd(text, i, to) : i + Character.charCount(cp);
      boolean opens = word ? openings.contains(fold(text, i, end)) : openingMarks.contains(fold(cp));
      // The pattern's look-behind cannot see before a region, so the word start is checked here.
      if (opens && (i == from || !wordChar.test(text.codePointBefore(i)))) {
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

  private int wordEnd(String s, int from, int to) {
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      if (!wordChar.test(cp)) break;
      i += Character.charCount(cp);
    }
    return i;
  }

  /** A letter or number, as a pattern's {@code [\p{L}\p{N}]} reads it. */
  static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private int fold(int cp) {
    return anyCase ? Character.toLowerCase(Character.toUpperCase(cp)) : cp;
  }

  /** A word as the pattern compares it: as written, or (any case) each letter's lower case of its upper case. */
  private String fold(String s, int from, int to) {
    if (!anyCase) return s.substring(from, to);
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
      i += Character.charCount(cp);
    }
    return sb.toString();
  }
}
