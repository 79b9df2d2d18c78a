package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the phrases of a word list occur in a text: the hits a plain search of the list's one
 * pattern (whole words, longest phrase first) gives. The search is tried only at the words some
 * phrase opens with, and there only with the phrases opening with that word: on news text most
 * words open no phrase of a list, and the engine tried every alternative of a list at every word,
 * the extraction's main cost. Word lists match in any case; names of sides match as written. One
 * difference, on purpose: a letter outside the Basic Multilingual Plane ("𝐀") right before a word
 * joins that word here, where the pattern's look-behind sees only its second half and takes the
 * word for a new one.
 */
final class PhraseFinder {

  /** Compiles phrases into the list's pattern; given any subset, in the list's order, it matches as the whole list would there. */
  private final Function<List<String>, Pattern> compile;
  /** The whole list's pattern, searched plainly when some phrase opens with "*"; else {@code null}, never compiled. */
  private final Pattern pattern;
  /** What the pattern takes for a letter of a word: its look-behind and look-ahead test it. */
  private final IntPredicate wordChar;
  private final boolean anyCase;
  /**
   * The phrases by their opening: the first word (case-folded when any case matches), or the first
   * mark of a phrase opening with one ("“liberation”").
   */
  private final Map<String, List<String>> byOpening = new HashMap<>();
  /** The pattern of each opening's phrases, compiled when a text first holds the opening. */
  private final Map<String, Pattern> openingPatterns = new ConcurrentHashMap<>();
  /** Whether some phrase opens with "*": then every place is tried, as a plain search does. */
  private final boolean everywhere;
  /** Whether some phrase opens with a mark: else only words are looked up. */
  private final boolean markOpenings;
  /** The hash codes of the openings, sorted: a word whose folded form has none of them opens no phrase. */
  private final int[] openingHashes;

  private PhraseFinder(Function<List<String>, Pattern> compile, List<String> phrases, IntPredicate wordChar, boolean anyCase) {
    this.compile = compile;
    this.wordChar = wordChar;
    this.anyCase = anyCase;
    boolean wildcard = false;
    boolean marks = false;
    for (String phrase : phrases) {
      // An empty phrase would match everywhere, and a search would find it at one place for ever.
      if (phrase.isEmpty()) throw new IllegalArgumentException("an empty phrase in a word list");
      int end = wordEnd(phrase, 0, phrase.length());
      // "re*": a word standing for "*" may go on with letters, so the opening is not a word of its own.
      wildcard |= phrase.charAt(0) == '*' || end > 0 && end < phrase.length() && phrase.charAt(end) == '*';
      marks |= end == 0;
      String opening = end == 0 ? fold(phrase.codePointAt(0)) : fold(phrase, 0, end);
      byOpening.computeIfAbsent(opening, k -> new ArrayList<>()).add(phrase);
    }
    this.everywhere = wildcard;
    this.pattern = wildcard ? compile.apply(phrases) : null;
    this.markOpenings = marks;
    this.openingHashes = byOpening.keySet().stream().mapToInt(String::hashCode).sorted().distinct().toArray();
  }

  /**
   * A word list's finder.
   *
   * @param compile the phrases as one case-insensitive pattern of whole words: {@code
   *     (?<![\p{L}\p{N}])} before them, {@code (?![\p{L}\p{N}])} after
   * @param phrases the phrases, as written ("*" a word, a space any space)
   */
  static PhraseFinder wordsInAnyCase(Function<List<String>, Pattern> compile, List<String> phrases) {
    return new PhraseFinder(compile, phrases, PhraseFinder::isLetterOrNumber, true);
  }

  /**
   * A finder of names as written, case included.
   *
   * @param compile the names as one case-sensitive pattern with {@code (?<![\p{L}])} before them and
   *     {@code (?![\p{L}])} after (a possessive may come between)
   * @param names the names
   */
  static PhraseFinder namesAsWritten(Function<List<String>, Pattern> compile, List<String> names) {
    return new PhraseFinder(compile, names, Character::isLetter, false);
  }

  /** Every phrase in {@code text[from, to)}, in text order. */
  List<Vocabulary.Hit> find(String text, int from, int to) {
    List<Vocabulary.Hit> hits = new ArrayList<>();
    Matcher[] m = new Matcher[1];
    int at = from;
    while ((at = next(m, text, from, at, to)) >= 0) hits.add(hit(m[0]));
    return hits;
  }

  /** The first phrase in {@code text[from, to)}. */
  Optional<Vocabulary.Hit> first(String text, int from, int to) {
    Matcher[] m = new Matcher[1];
    return next(m, text, from, from, to) >= 0 ? Optional.of(hit(m[0])) : Optional.empty();
  }

  /** Whether {@code text[from, to)} holds a phrase. */
  boolean any(String text, int from, int to) {
    return next(new Matcher[1], text, from, from, to) >= 0;
  }

  /**
   * Puts {@code m[0]} on the first phrase in {@code text[at, to)} and gives where to look on from,
   * or -1 when there is none. As in a search of the region {@code [from, to)}, the region's start
   * counts as a word's start.
   */
  private int next(Matcher[] m, String text, int from, int at, int to) {
    if (everywhere) {
      // A plain search: the matcher goes on from its last hit.
      if (at == from) m[0] = pattern.matcher(text).region(from, to);
      return m[0].find() ? m[0].end() : -1;
    }
    int i = at;
    while (i < to) {
      int cp = text.codePointAt(i);
      boolean word = wordChar.test(cp);
      int end = word ? wordEnd(text, i, to) : i + Character.charCount(cp);
      // The pattern's look-behind cannot see before a region, so the word start is checked here.
      if ((word || markOpenings) && (i == from || !wordChar.test(text.codePointBefore(i)))) {
        // Most words open no phrase: their folded hash, taken without folding a copy of the word, says so.
        String opening = word ? (Arrays.binarySearch(openingHashes, foldedHash(text, i, end)) < 0 ? null : fold(text, i, end)) : fold(cp);
        List<String> phrases = opening == null ? null : byOpening.get(opening);
        if (phrases != null) {
          Matcher here = openingPatterns.computeIfAbsent(opening, k -> compile.apply(phrases)).matcher(text).region(i, to);
          if (here.lookingAt()) {
            m[0] = here;
            return here.end();
          }
        }
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

  private String fold(int cp) {
    return Character.toString(anyCase ? Character.toLowerCase(Character.toUpperCase(cp)) : cp);
  }

  /** The {@link String#hashCode} of {@code fold(s, from, to)}, without building that string. */
  private int foldedHash(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      int folded = anyCase ? Character.toLowerCase(Character.toUpperCase(cp)) : cp;
      if (Character.isBmpCodePoint(folded)) {
        h = 31 * h + folded;
      } else {
        h = 31 * h + Character.highSurrogate(folded);
        h = 31 * h + Character.lowSurrogate(folded);
      }
      i += Character.charCount(cp);
    }
    return h;
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
