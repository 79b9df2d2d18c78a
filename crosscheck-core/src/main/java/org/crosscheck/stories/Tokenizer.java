package org.crosscheck.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lowercase word tokens and content terms (stopwords dropped, plurals folded).
 * Letters and digits make words; an apostrophe inside a word is kept, a possessive "'s" is not.
 */
public final class Tokenizer {
  private final Set<String> stopwords;

  public Tokenizer(Set<String> stopwords) {
    this.stopwords = Set.copyOf(stopwords);
  }

  /** With the English stopwords in {@code stopwords-en.txt}. */
  public static Tokenizer english() {
    return new Tokenizer(Set.copyOf(Resources.lines("stopwords-en.txt")));
  }

  public boolean isStopword(String lowercaseWord) {
    return stopwords.contains(lowercaseWord);
  }

  /** Every word, lowercased, in order. */
  public List<String> words(String text) {
    List<String> out = new ArrayList<>();
    forEachWord(text, (w, start, end) -> out.add(w.toLowerCase(Locale.ROOT)));
    return out;
  }

  /** Content terms in order: lowercased, stopwords and one-letter words dropped, plurals folded. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    forEachWord(text, (w, start, end) -> {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.length() > 1 && !stopwords.contains(lower)) out.add(stem(lower));
    });
    return out;
  }

  /** A word and where it sits in the text. */
  @FunctionalInterface
  interface WordVisitor {
    void word(String word, int start, int end);
  }

  /** Calls {@code visitor} for each word with its original case and its offsets. */
  void forEachWord(String text, WordVisitor visitor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if ((c == '\'' || c == '’' || c == '-') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
            && i > start) {
          i++;
        } else {
          break;
        }
      }
      if (i > start) visitor.word(stripPossessive(text.substring(start, i)), start, i);
    }
  }

  private static String stripPossessive(String w) {
    if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S"))) return w.substring(0, w.length() - 2);
    return w;
  }

  /** Folds English plurals (Harman's S-stemmer): "cities" → "city", "forces" → "force". */
  static String stem(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) return w.substring(0, n - 3) + "y";
    if (n > 3 && w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) return w.substring(0, n - 1);
    if (n > 3 && w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) return w.substring(0, n - 1);
    return w;
  }
}
