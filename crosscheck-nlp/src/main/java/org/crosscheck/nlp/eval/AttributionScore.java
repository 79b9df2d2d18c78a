package org.crosscheck.nlp.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * Scores predicted attributions against gold ones, document by document, and sums the counts.
 *
 * <p>Definitions, printed with the figures by {@link AttributionEvaluation}:
 *
 * <ul>
 *   <li><b>Exact</b>, for cue: a predicted cue is right when a gold cue has exactly its spans. For
 *       source and content: a prediction is right when a gold attribution whose cue overlaps its
 *       cue has exactly its source (or content) spans; recall counts the gold attributions so
 *       matched. Attributions without a source (or content) on either side are left out of that
 *       role's counts.
 *   <li><b>Overlap</b>: the letters-and-digits tokens of a document covered by predicted spans
 *       of a role, against those covered by gold spans of the role (PolNeAR gives each token at
 *       most one role, so the sets are well defined): precision = shared / predicted, recall =
 *       shared / gold.
 *   <li><b>Direct quote</b> (gold): an attribution with a source whose content, trimmed, starts
 *       with a double quote mark and ends with one, or with one followed by a single . , ; : ! or ?.
 *       Its speaker is right when a prediction whose content shares a token with it has a source
 *       span overlapping the gold source.
 * </ul>
 */
public final class AttributionScore {

  /** A character span {@code [start, end)}. */
  public record Span(int start, int end) {
    boolean overlaps(Span o) {
      return start < o.end && o.start < end;
    }
  }

  /** One attribution: each role may be several discontinuous spans, or none. */
  public record Attribution(List<Span> source, List<Span> cue, List<Span> content) {
    public Attribution {
      source = List.copyOf(source);
      cue = List.copyOf(cue);
      content = List.copyOf(content);
    }
  }

  /** True positives of predictions and of gold items, and how many of each there were. */
  public record Counts(long predictedRight, long predicted, long goldFound, long gold) {
    Counts plus(Counts o) {
      return new Counts(predictedRight + o.predictedRight, predicted + o.predicted, goldFound + o.goldFound, gold + o.gold);
    }

    public double precision() {
      return predicted == 0 ? 0 : (double) predictedRight / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Speaker accuracy counts over gold direct quotes. */
  public record Speakers(long right, long found, long quotes) {
    Speakers plus(Speakers o) {
      return new Speakers(right + o.right, found + o.found, quotes + o.quotes);
    }
  }

  /**
   * Why a gold direct quote's speaker was not right.
   *
   * <ul>
   *   <li>{@code NOT_FOUND_SAME_PARAGRAPH}: no prediction holds the quote, its source stands in
   *       the quote's own paragraph;
   *   <li>{@code NOT_FOUND_OTHER_PARAGRAPH}: not found, its source stands in another paragraph
   *       (a colon line before it, a quote running over paragraphs, a speaker named later);
   *   <li>{@code NO_SOURCE}: found, but every prediction holding it has no source;
   *   <li>{@code OTHER_SOURCE}: found with a source that is not the gold one.
   * </ul>
   */
  public enum QuoteMiss {
    NOT_FOUND_SAME_PARAGRAPH,
    NOT_FOUND_OTHER_PARAGRAPH,
    NO_SOURCE,
    OTHER_SOURCE
  }

  /** Which role of an attribution is scored. */
  public enum Role {
    SOURCE(Attribution::source),
    CUE(Attribution::cue),
    CONTENT(Attribution::content);

    final Function<Attribution, List<Span>> spans;

    Role(Function<Attribution, List<Span>> spans) {
      this.spans = spans;
    }
  }

  private final Counts[] exact = new Counts[Role.values().length];
  private final Counts[] overlap = new Counts[Role.values().length];
  private Speakers speakers = new Speakers(0, 0, 0);
  private final long[] quoteMisses = new long[QuoteMiss.values().length];
  private final long[] pronounMisses = new long[QuoteMiss.values().length];

  public AttributionScore() {
    for (Role r : Role.values()) {
      exact[r.ordinal()] = new Counts(0, 0, 0, 0);
      overlap[r.ordinal()] = new Counts(0, 0, 0, 0);
    }
  }

  /** Adds one document's predictions and gold attributions. */
  public void add(String text, List<Attribution> predicted, List<Attribution> gold) {
    for (Role r : Role.values()) {
      exact[r.ordinal()] = exact[r.ordinal()].plus(exact(r, predicted, gold, text));
      overlap[r.ordinal()] = overlap[r.ordinal()].plus(overlap(r, predicted, gold, text));
    }
    speakers = speakers.plus(speakers(text, predicted, gold));
    for (Attribution g : gold) {
      QuoteMiss miss = isDirectQuote(g, text) ? quoteMiss(text, predicted, g) : null;
      if (miss == null) continue;
      quoteMisses[miss.ordinal()]++;
      if (pronounSource(g, text)) pronounMisses[miss.ordinal()]++;
    }
  }

  /** How many gold direct quotes missed their speaker this way. */
  public long quoteMisses(QuoteMiss kind) {
    return quoteMisses[kind.ordinal()];
  }

  /** How many of those have a gold source that is a lone pronoun ("he", "she", "they"). */
  public long pronounMisses(QuoteMiss kind) {
    return pronounMisses[kind.ordinal()];
  }

  public Counts exact(Role role) {
    return exact[role.ordinal()];
  }

  public Counts overlap(Role role) {
    return overlap[role.ordinal()];
  }

  public Speakers speakers() {
    return speakers;
  }

  static Counts exact(Role role, List<Attribution> predicted, List<Attribution> gold, String text) {
    long pr = 0;
    long pn = 0;
    for (Attribution p : predicted) {
      if (role.spans.apply(p).isEmpty()) continue;
      pn++;
      if (gold.stream().anyMatch(g -> matches(role, p, g, text))) pr++;
    }
    long gf = 0;
    long gn = 0;
    for (Attribution g : gold) {
      if (role.spans.apply(g).isEmpty()) continue;
      gn++;
      if (predicted.stream().anyMatch(p -> matches(role, p, g, text))) gf++;
    }
    return new Counts(pr, pn, gf, gn);
  }

  private static boolean matches(Role role, Attribution p, Attribution g, String text) {
    if (role != Role.CUE && !overlaps(p.cue(), g.cue())) return false;
    return normal(role.spans.apply(p), text).equals(normal(role.spans.apply(g), text));
  }

  static Counts overlap(Role role, List<Attribution> predicted, List<Attribution> gold, String text) {
    BitSet p = tokens(role, predicted, text);
    BitSet g = tokens(role, gold, text);
    BitSet both = (BitSet) p.clone();
    both.and(g);
    return new Counts(both.cardinality(), p.cardinality(), both.cardinality(), g.cardinality());
  }

  static Speakers speakers(String text, List<Attribution> predicted, List<Attribution> gold) {
    long right = 0;
    long found = 0;
    long quotes = 0;
    for (Attribution g : gold) {
      if (!isDirectQuote(g, text)) continue;
      quotes++;
      BitSet content = tokens(List.of(g), Attribution::content, text);
      List<Attribution> hits = predicted.stream()
          .filter(p -> tokens(List.of(p), Attribution::content, text).intersects(content)).toList();
      if (hits.isEmpty()) continue;
      found++;
      if (hits.stream().anyMatch(p -> overlaps(p.source(), g.source()))) right++;
    }
    return new Speakers(right, found, quotes);
  }

  /** Why a gold direct quote's speaker is not right, or null when it is. */
  static QuoteMiss quoteMiss(String text, List<Attribution> predicted, Attribution g) {
    BitSet content = tokens(List.of(g), Attribution::content, text);
    List<Attribution> hits = predicted.stream()
        .filter(p -> tokens(List.of(p), Attribution::content, text).intersects(content)).toList();
    if (hits.isEmpty()) {
      int at = g.content().get(0).start();
      int from = text.lastIndexOf('\n', at) + 1;
      int to = text.indexOf('\n', at);
      if (to < 0) to = text.length();
      Span paragraph = new Span(from, to);
      return g.source().stream().anyMatch(paragraph::overlaps)
          ? QuoteMiss.NOT_FOUND_SAME_PARAGRAPH : QuoteMiss.NOT_FOUND_OTHER_PARAGRAPH;
    }
    if (hits.stream().anyMatch(p -> overlaps(p.source(), g.source()))) return null;
    return hits.stream().allMatch(p -> p.source().isEmpty()) ? QuoteMiss.NO_SOURCE : QuoteMiss.OTHER_SOURCE;
  }

  private static boolean pronounSource(Attribution g, String text) {
    List<Span> s = normal(g.source(), text);
    if (s.size() != 1) return false;
    String w = text.substring(s.get(0).start(), s.get(0).end()).toLowerCase(java.util.Locale.ROOT);
    return List.of("he", "she", "they", "i", "we", "it", "you").contains(w);
  }

  /** Whether a gold attribution is a direct quote: see the class comment. */
  static boolean isDirectQuote(Attribution a, String text) {
    if (a.source().isEmpty() || a.content().isEmpty()) return false;
    List<Span> c = normal(a.content(), text);
    if (c.isEmpty()) return false;
    String first = text.substring(c.get(0).start(), c.get(0).end());
    String last = text.substring(c.get(c.size() - 1).start(), c.get(c.size() - 1).end());
    if ("\"“„«".indexOf(first.charAt(0)) < 0) return false;
    int end = last.length() - 1;
    if (end > 0 && ".,;:!?".indexOf(last.charAt(end)) >= 0) end--;
    return "\"”»“".indexOf(last.charAt(end)) >= 0;
  }

  private static boolean overlaps(List<Span> a, List<Span> b) {
    for (Span x : a) for (Span y : b) if (x.overlaps(y)) return true;
    return false;
  }

  /** Spans without surrounding blanks, sorted, empty ones dropped. */
  static List<Span> normal(List<Span> spans, String text) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      int a = s.start();
      int b = s.end();
      while (a < b && Character.isWhitespace(text.charAt(a))) a++;
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (a < b) out.add(new Span(a, b));
    }
    out.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return out;
  }

  private static BitSet tokens(Role role, List<Attribution> as, String text) {
    return tokens(as, role.spans, text);
  }

  /** The first offsets of the letter-and-digit tokens the spans cover. */
  private static BitSet tokens(List<Attribution> as, Function<Attribution, List<Span>> role, String text) {
    BitSet covered = new BitSet(text.length());
    for (Attribution a : as) for (Span s : role.apply(a)) covered.set(s.start(), Math.min(s.end(), text.length()));
    BitSet starts = new BitSet(text.length());
    for (int i = covered.nextSetBit(0); i >= 0; i = covered.nextSetBit(i + 1)) {
      if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        starts.set(i);
      }
    }
    return starts;
  }
}
