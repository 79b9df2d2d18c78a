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
  /**
   * Texts shorter than this are read word by word at each search; longer ones (a report) have their
   * words found once ({@link Words}). A phrase's own surroundings, often searched, are short strings
   * that would otherwise push the report out of the per-thread slot.
   */
  private static final int INDEXED_LENGTH = 500;
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
    if (markOpenings || text.length() < INDEXED_LENGTH) return nextByScan(m, text, from, at, to);
    Words words = Words.of(text, this);
    int i = at;
    // A region opening inside a word takes the word's rest for a word, as a search of the region does.
    if (i == from && i > 0 && i < to && wordChar.test(text.codePointAt(i)) && wordChar.test(text.codePointBefore(i))) {
      int end = wordEnd(text, i, to);
      if (opensPhrase(m, text, i, end, to, foldedHash(text, i, end))) return m[0].end();
      i = end;
    }
    for (int w = words.firstAtOrAfter(i); w < words.count() && words.starts[w] < to; w++) {
      int start = words.starts[w];
      int end = words.ends[w];
      // A word running past the region's end is cut there, as the pattern's look-ahead cannot see beyond it.
      boolean cut = end > to;
      if (cut) end = wordEnd(text, start, to);
      if (opensPhrase(m, text, start, end, to, cut ? foldedHash(text, start, end) : words.hashes[w])) return m[0].end();
    }
    return -1;
  }

  /** As {@link #next}, reading the text's words as it goes: for a list with phrases opening on a mark, and for short texts. */
  private int nextByScan(Matcher[] m, String text, int from, int at, int to) {
    int i = at;
    while (i < to) {
      int cp = text.codePointAt(i);
      boolean word = wordChar.test(cp);
      int end = word ? wordEnd(text, i, to) : i + Character.charCount(cp);
      // The pattern's look-behind cannot see before a region, so the word start is checked here.
      if ((word || markOpenings) && (i == from || !wordChar.test(text.codePointBefore(i)))) {
        if (word ? opensPhrase(m, text, i, end, to, foldedHash(text, i, end)) : opensPhrase(m, text, i, to, fold(cp))) return m[0].end();
      }
      i = end;
    }
    return -1;
  }

  /** Whether a phrase of this list opens on the word {@code text[start, end)} with folded hash {@code hash}; if so, {@code m[0]} is on it. */
  private boolean opensPhrase(Matcher[] m, String text, int start, int end, int to, int hash) {
    // Most words open no phrase: their folded hash, taken without folding a copy of the word, says so.
    return Arrays.binarySearch(openingHashes, hash) >= 0 && opensPhrase(m, text, start, to, fold(text, start, end));
  }

  private boolean opensPhrase(Matcher[] m, String text, int start, int to, String opening) {
    List<String> phrases = byOpening.get(opening);
    if (phrases == null) return false;
    Matcher here = openingPatterns.computeIfAbsent(opening, k -> compile.apply(phrases)).matcher(text).region(start, to);
    if (!here.lookingAt()) return false;
    m[0] = here;
    return true;
  }

  /**
   * The words of one text with their folded hashes, found once for all lists of one kind of word:
   * a report's sentences are searched for dozens of lists, and reading every word again for each
   * list cost as much as the lists' look-ups. Kept per thread for the text last searched, as a
   * report's text does not change while it is read.
   */
  private static final class Words {
    /** The texts last read by each kind of finder (any case, names as written), per thread. */
    private static final ThreadLocal<Words[]> LAST = ThreadLocal.withInitial(() -> new Words[2]);

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final int count;

    private Words(String text, PhraseFinder kind) {
      this.text = text;
      int[] s = new int[16];
      int[] e = new int[16];
      int[] h = new int[16];
      int n = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (!kind.wordChar.test(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int end = kind.wordEnd(text, i, text.length());
        if (n == s.length) {
          s = Arrays.copyOf(s, 2 * n);
          e = Arrays.copyOf(e, 2 * n);
          h = Arrays.copyOf(h, 2 * n);
        }
        s[n] = i;
        e[n] = end;
        h[n] = kind.foldedHash(text, i, end);
        n++;
        i = end;
      }
      this.starts = s;
      this.ends = e;
      this.hashes = h;
      this.count = n;
    }

    static Words of(String text, PhraseFinder kind) {
      Words[] last = LAST.get();
      int slot = kind.anyCase ? 0 : 1;
      Words known = last[slot];
      if (known != null && known.text == text) return known;
      Words words = new Words(text, kind);
      last[slot] = words;
      return words;
    }

    int count() {
      return count;
    }

    /** The index of the first word starting at or after {@code at}. */
    int firstAtOrAfter(int at) {
      int i = Arrays.binarySearch(starts, 0, count, at);
      return i >= 0 ? i : -i - 1;
    }
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

  /**
   * Where {@code word} next stands whole in {@code text[from, to)} at or after {@code at}, exactly as given (no letter or
   * number joined to it on either side inside the range); -1 when nowhere. A plain search: a pattern compiled per word
   * cost more than the search.
   */
  static int wholeWord(String text, String word, int from, int to, int at) {
    for (int i = text.indexOf(word, at, to); i >= 0; i = text.indexOf(word, i + 1, to)) {
      int end = i + word.length();
      boolean opens = i == from || !isLetterOrNumber(text.codePointBefore(i));
      boolean closes = end == to || !isLetterOrNumber(text.codePointAt(end));
      if (opens && closes) return i;
    }
    return -1;
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
