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
        if (i < first || i > last) f.add(t + "s=" + words.get(i));
      }
      for (int k = 1; k <= WINDOW; k++) {
        if (first - k >= 0) f.add(t + "b=" + words.get(first - k));
        if (last + k < words.size()) f.add(t + "a=" + words.get(last + k));
      }
      if (first - 1 >= 0) f.add(t + "b1=" + words.get(first - 1));
      else f.add(t + "b1=^");
      if (first - 2 >= 0) f.add(t + "b2=" + words.get(first - 2) + " " + words.get(first - 1));
      if (last + 1 < words.size()) f.add(t + "a1=" + words.get(last + 1));
      else f.add(t + "a1=$");
      Cue nearest = null;
      int nearestDistance = Integer.MAX_VALUE;
      for (Cue c : cues) {
        f.add(t + "cw=" + phrase(c));
        boolean before = c.end() <= from;
        int distance = before ? first - wordBefore(c.end()) : wordAt(c.start()) - last;
        if (Math.abs(distance) < nearestDistance) {
          nearestDistance = Math.abs(distance);
          nearest = c;
        }
        String side = before ? "b" : "a";
        f.add(t + "cue=" + c.kind() + "|" + side);
        f.add(t + "cue=" + c.kind() + "|" + side + "|" + bucket(Math.abs(distance)));
      }
      if (nearest == null) f.add(t + "nocue");
      else f.add(t + "near=" + phrase(nearest) + "|" + (nearest.end() <= from ? "b" : "a"));
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

    /** A trigger's words as the model reads them: "under Russian control" is "under #name control". */
    private String phrase(Cue c) {
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
