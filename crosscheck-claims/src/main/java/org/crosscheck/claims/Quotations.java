package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words a sentence quotes, for telling reports that relay one statement: outlets that quote
 * the same words of the same claimant took them from one upstream source, named or not.
 */
final class Quotations {

  /** Fewer quoted words than this (a "pure propaganda" aside) may well be said twice. */
  static final int MIN_WORDS = 5;

  private static final String OPENING = "“«„";
  private static final String CLOSING = "”»";
  private static final char STRAIGHT = '"';

  private Quotations() {}

  /**
   * The passages of at least {@link #MIN_WORDS} words the sentence quotes, lower case with
   * punctuation dropped. A quotation running on from the sentence before (the sentence opens
   * inside it) or into the next (it is never closed) counts up to the sentence's edge.
   */
  static List<String> passages(String sentence) {
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i < sentence.length(); i++) {
      char ch = sentence.charAt(i);
      if (ch == STRAIGHT || OPENING.indexOf(ch) >= 0 || CLOSING.indexOf(ch) >= 0) marks.add(i);
    }
    List<String> out = new ArrayList<>();
    if (marks.isEmpty()) return out;
    int first = marks.get(0);
    char firstMark = sentence.charAt(first);
    boolean opensInside = CLOSING.indexOf(firstMark) >= 0
        || firstMark == STRAIGHT && marks.size() % 2 == 1 && !sentence.substring(0, first).isBlank();
    int next = 0;
    if (opensInside) {
      add(out, sentence.substring(0, first));
      next = 1;
    }
    for (; next < marks.size(); next += 2) {
      int from = marks.get(next) + 1;
      int to = next + 1 < marks.size() ? marks.get(next + 1) : sentence.length();
      add(out, sentence.substring(from, to));
    }
    return out;
  }

  private static void add(List<String> out, String quoted) {
    String words = quoted.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (!words.isEmpty() && words.split(" ").length >= MIN_WORDS) out.add(words);
  }
}
