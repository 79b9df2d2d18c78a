package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features the {@link ClaimSpotter} reads for one candidate: a place named in a sentence and a
 * claim type. They say what the rules decided there, which trigger words lie nearest the place and
 * on which side, the words of the sentence and around the place, and a few cues (negation,
 * quotation, a source, the kind of place). Every feature is prefixed by the type ("C|", "A|"), so
 * one weight file holds both decisions.
 */
final class SpotterFeatures {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|n't|deny|denied|denies|false)\\b|n't\\b");
  private static final Pattern QUOTE = Pattern.compile("[\"“”]");
  private static final int WINDOW = 4;
  /** The kinds of word feature: in the sentence, before and after the place, right before and after it, the two before. */
  private static final String[] KINDS = {"s=", "b=", "a=", "b1=", "a1=", "b2="};
  private static final int SENTENCE = 0;
  private static final int BEFORE = 1;
  private static final int AFTER = 2;
  private static final int FIRST_BEFORE = 3;
  private static final int FIRST_AFTER = 4;
  private static final int TWO_BEFORE = 5;
  /** The kind of a place the sentence does not name: the latest event's, weighed at the sentence's first trigger. */
  static final String IMPLICIT = "implicit";

  /** A trigger the rules found in the sentence: its span, its kind (GAIN, LOSS, ATTACK, ...) and its phrase. */
  record Cue(int start, int end, String kind, String phrase) {}

  /**
   * What the rules made of a candidate.
   *
   * @param rule the polarity and effect of the rules' claim of this type at this place ("ASSERTED/GAIN"), or {@code null}
   * @param otherType whether the rules read a claim of the other type at this place
   * @param typeElsewhere whether the rules read a claim of this type at another place of the sentence
   */
  record Rules(String rule, boolean otherType, boolean typeElsewhere) {}

  /** A sentence's words, read once for all its candidates. */
  static final class Sentence {
    private final String text;
    private final int start;
    private final int end;
    private final List<int[]> spans = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private final List<Cue> cues;
    private final boolean negation;
    private final boolean quote;
    private final boolean source;
    private final int places;
    private final int index;
    /**
     * The word features, by type and kind ("s=", "b=", ...) and word, built as first asked for: every
     * place of a sentence is weighed twice and reads the same words, and the model's lookup of a
     * string built once hashes it once.
     */
    private final String[][][] labels = new String[2][KINDS.length][];
    /** Each cue's {@link #phrase}, read as first asked for. */
    private final String[] phrases;

    /**
     * @param text the article text
     * @param start the sentence's start in it
     * @param end the sentence's end
     * @param cues the rules' triggers in the sentence
     * @param source whether someone is said to say the sentence
     * @param places how many places the sentence names
     * @param index the sentence's position in the article
     */
    Sentence(String text, int start, int end, List<Cue> cues, boolean source, int places, int index) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.cues = cues;
      this.source = source;
      this.places = places;
      this.index = index;
      this.phrases = new String[cues.size()];
      Matcher m = WORD.matcher(text).region(start, end);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
        words.add(wordClass(m.group(), words.isEmpty()));
      }
      this.negation = NEGATION.matcher(text).region(start, end).find();
      this.quote = QUOTE.matcher(text).region(start, end).find();
    }

    /** The features of the place at {@code [from, to)} (of kind {@code featureCode}) as a claim of {@code type}. */
    List<String> features(ClaimType type, int from, int to, String featureCode, Rules rules) {
      String t = type == ClaimType.CONTROL ? "C|" : "A|";
      List<String> f = new ArrayList<>();
      f.add(t + "bias");
      String rule = rules.rule() == null ? "none" : rules.rule();
      f.add(t + "rule=" + rule);
      f.add(t + "rule=" + (rules.rule() == null ? "none" : "fired") + "&other=" + rules.otherType());
      if (rules.typeElsewhere()) f.add(t + "elsewhere&rule=" + (rules.rule() == null ? "none" : "fired"));
      int first = wordAt(from);
      int last = wordBefore(to);
      for (int i = 0; i < words.size(); i++) {
        if (i < first || i > last) f.add(label(t, SENTENCE, i));
      }
      for (int k = 1; k <= WINDOW; k++) {
        if (first - k >= 0) f.add(label(t, BEFORE, first - k));
        if (last + k < words.size()) f.add(label(t, AFTER, last + k));
      }
      if (first - 1 >= 0) f.add(label(t, FIRST_BEFORE, first - 1));
      else f.add(t + "b1=^");
      if (first - 2 >= 0) f.add(label(t, TWO_BEFORE, first - 1));
      if (last + 1 < words.size()) f.add(label(t, FIRST_AFTER, last + 1));
      else f.add(t + "a1=$");
      int nearest = -1;
      int nearestDistance = Integer.MAX_VALUE;
      for (int k = 0; k < cues.size(); k++) {
        Cue c = cues.get(k);
        f.add(t + "cw=" + phrase(k));
        boolean before = c.end() <= from;
        int distance = before ? first - wordBefore(c.end()) : wordAt(c.start()) - last;
        if (Math.abs(distance) < nearestDistance) {
          nearestDistance = Math.abs(distance);
          nearest = k;
        }
        String side = before ? "b" : "a";
        f.add(t + "cue=" + c.kind() + "|" + side);
        f.add(t + "cue=" + c.kind() + "|" + side + "|" + bucket(Math.abs(distance)));
      }
      if (nearest < 0) f.add(t + "nocue");
      else f.add(t + "near=" + phrase(nearest) + "|" + (cues.get(nearest).end() <= from ? "b" : "a"));
      if (negation) f.add(t + "neg");
      if (quote) f.add(t + "quote");
      if (source) f.add(t + "source");
      String kind = featureCode.isEmpty() ? "unknown" : featureCode.equals(IMPLICIT) ? IMPLICIT
          : featureCode.substring(0, Math.min(3, featureCode.length()));
      f.add(t + "kind=" + kind);
      f.add(t + "places=" + Math.min(places, 3));
      f.add(t + "sentence=" + Math.min(index, 3));
      return f;
    }

    /**
     * The feature of the word {@code i} of one {@link #KINDS kind} for the type prefix {@code t}; of
     * {@link #TWO_BEFORE}, the words {@code i - 1} and {@code i}.
     */
    private String label(String t, int kind, int i) {
      String[][] byKind = labels[t.equals("C|") ? 0 : 1];
      if (byKind[kind] == null) byKind[kind] = new String[words.size()];
      String[] known = byKind[kind];
      if (known[i] == null) known[i] = t + KINDS[kind] + (kind == TWO_BEFORE ? words.get(i - 1) + " " : "") + words.get(i);
      return known[i];
    }

    /** A trigger's words as the model reads them: "under Russian control" is "under #name control". */
    private String phrase(int k) {
      if (phrases[k] == null) phrases[k] = readPhrase(cues.get(k));
      return phrases[k];
    }

    private String readPhrase(Cue c) {
      StringBuilder b = new StringBuilder();
      Matcher m = WORD.matcher(text).region(c.start(), c.end());
      while (m.find()) b.append(b.isEmpty() ? "" : " ").append(wordClass(m.group(), false));
      return b.isEmpty() ? c.phrase() : b.toString();
    }

    /** The index of the first word at or after {@code at}. */
    private int wordAt(int at) {
      for (int i = 0; i < spans.size(); i++) if (spans.get(i)[1] > at) return i;
      return spans.size();
    }

    /** The index of the last word ending at or before {@code at}. */
    private int wordBefore(int at) {
      for (int i = spans.size() - 1; i >= 0; i--) if (spans.get(i)[1] <= at) return i;
      return -1;
    }

    String text() {
      return text.substring(start, end);
    }
  }

  private SpotterFeatures() {}

  /**
   * A word as the model reads it: lower-cased, but a capitalised word inside the sentence
   * ("Russian", "Kupiansk", "M23") is only a name and a figure only a figure, so the weights learn
   * how claims are told, not which sides and towns the training reports were about. The first word
   * is capitalised for being first ("Rebels captured"), so it keeps its word.
   */
  static String wordClass(String word, boolean first) {
    if (Character.isDigit(word.charAt(0))) return "#num";
    return Character.isUpperCase(word.charAt(0)) && !first ? "#name" : word.toLowerCase(Locale.ROOT);
  }

  /** Word distances grouped so that near cues weigh apart from far ones. */
  static String bucket(int words) {
    return words <= 2 ? "0-2" : words <= 5 ? "3-5" : words <= 10 ? "6-10" : "11+";
  }
}
