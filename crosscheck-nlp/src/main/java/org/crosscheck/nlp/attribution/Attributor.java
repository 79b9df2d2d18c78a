package org.crosscheck.nlp.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Annotations.Span;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.attribution.Lexicon.CueKind;
import org.crosscheck.nlp.attribution.QuoteMarks.Segment;
import org.crosscheck.nlp.attribution.Tokens.Token;

/**
 * Finds who said what in an article, and which outlets, people, events and reports it relays.
 *
 * <p>Works sentence by sentence over the text outside quote marks: a cue ("said", "told",
 * "according to") is looked for there, then its source (the description before it, or after it
 * in "…," said Trehubov), then its content (the quote beside it, or the reported clause). A
 * second verb or participle takes the clause's subject ("X toured the fields and said"); lines
 * opening "Name: …" and verbs no list holds in a strict quote frame ("…," Oliver barked) count
 * too. A quote no cue claims goes to the name or clause subject before a colon that introduces it
 * ("… surprises pollster Daron Shaw: “…”"), to a "- Name" line signing its paragraph, to a
 * speaker label as vox-pop lists give them ("Ana Ruiz, 27, Tucson ¶ “…”", "“…” — Ana Ruiz"), or to
 * the subject of an unlisted verb right before it ("the protesters chanted “…”", "the suit reads,
 * “…”"); failing those it carries on the quote of the paragraph before, as news writing does.
 * Speakers are resolved to the annotator's entities by {@link Speakers}.
 *
 * <p>Stateless and cheap: safe to share between threads; about a millisecond an article, a few
 * per cent of the annotation step.
 */
public final class Attributor {

  /** Longest source description read, in tokens: a name with a long apposition fits. */
  private static final int MAX_SOURCE_TOKENS = 20;
  /** The shapes of nationality adjectives: Russian, Korean, Chinese, British, Mexican, Iraqi. */
  private static final Pattern NATIONALITY =
      Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:ian|ean|ese|ish|ican)|\\p{Lu}\\p{Ll}{3,}i");

  private final Lexicon lexicon;
  /**
   * The reporter's own remark on the words just reported, after a comma: ", a claim that could
   * not be independently verified", ", an account the army denied", ", which could not be
   * confirmed". It comments on the reported speech and is no part of it. Its nouns and the
   * beginnings of its doubting words are the lexicon's (grammar.txt: caveat-noun, caveat-check).
   */
  private final Pattern caveat;
  /** The cues by their first word, longest first: the lexicon has hundreds of forms. */
  private final Map<String, List<Lexicon.Cue>> cuesByFirstWord = new HashMap<>();
  private final Set<String> oneWordCues = new HashSet<>();

  public Attributor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.caveat = Pattern.compile("(?iu),\\s*(?:(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?(?:" + alternation(lexicon.words("caveat-noun")) + ")s?\\b"
        + "|(?:which|that)\\s+(?:[\\p{L}'’]+\\s+){0,4}(?:" + alternation(lexicon.words("caveat-check")) + ")\\p{L}*)");
    for (Lexicon.Cue c : lexicon.cues()) {
      cuesByFirstWord.computeIfAbsent(c.words().get(0), k -> new ArrayList<>()).add(c);
      // A form that is also a noun ("reports", "State") may stand inside a name or description.
      if (c.words().size() == 1 && !c.nounToo()) oneWordCues.add(c.words().get(0));
    }
  }

  public Attributor() {
    this(Lexicon.defaults());
  }

  /** Words as a regular-expression alternation, in a fixed order. */
  private static String alternation(Set<String> words) {
    if (words.isEmpty()) throw new IllegalArgumentException("the lexicon lacks a word list the attributor needs");
    return String.join("|", words.stream().sorted().map(Pattern::quote).toList());
  }

  /** Attributes the quotes in {@code text}, whose annotations are {@code annotations}. */
  public Attributions attribute(String text, Annotations annotations) {
    return new Run(text, annotations).attribute();
  }

  /** A cue found in a sentence, with its source and content once read. */
  private static final class Found {
    final int cueFrom;
    final int cueTo;
    final CueKind kind;
    final Lexicon.CueClass cueClass;
    final int sentence;
    int srcFrom = -1;
    int srcTo = -1;
    boolean apposition;
    /** Whether the source is the subject of an earlier verb ("X blasted Congress and said"). */
    boolean shared;
    int clauseEnd;
    final List<Span> parts = new ArrayList<>();
    Quote.Kind quoteKind;
    Found carriesOn;
    Speakers.Resolved speaker;
    int paragraph;

    Found(int cueFrom, int cueTo, CueKind kind, Lexicon.CueClass cueClass, int sentence) {
      this.cueFrom = cueFrom;
      this.cueTo = cueTo;
      this.kind = kind;
      this.cueClass = cueClass;
      this.sentence = sentence;
      this.clauseEnd = cueTo + 1;
    }

    int clauseStart() {
      return srcFrom >= 0 && !shared ? Math.min(srcFrom, cueFrom) : cueFrom;
    }

    int firstOffset() {
      return parts.isEmpty() ? Integer.MAX_VALUE : parts.get(0).start();
    }
  }

  /** The work on one article. */
  private final class Run {
    private final String text;
    private final Annotations annotations;
    private final List<Token> tokens;
    private final List<Span> paragraphs;
    private final List<Segment> segments;
    private final int[] segmentOf;
    private final int[] sentenceOf;
    private final int[] paragraphOf;
    private final Mention[] mentionOf;
    private final List<Span> sentenceTokens = new ArrayList<>();
    private final Found[] claimedBy;
    private final Map<String, Citation> citations = new LinkedHashMap<>();
    private final List<Found> found = new ArrayList<>();
    /** The last words of the article's person names, lower case ("pence", "will"). */
    private final Set<String> surnames = new HashSet<>();

    Run(String text, Annotations annotations) {
      this.text = text;
      this.annotations = annotations;
      this.tokens = Tokens.of(text);
      this.paragraphs = QuoteMarks.paragraphs(text);
      this.segments = QuoteMarks.find(text, paragraphs);
      this.claimedBy = new Found[segments.size()];
      int n = tokens.size();
      segmentOf = new int[n];
      sentenceOf = new int[n];
      paragraphOf = new int[n];
      mentionOf = mentionsByToken();
      for (Mention m : annotations.mentions()) {
        if (m.type() != EntityType.PERSON) continue;
        String[] words = m.text().split("\\s+");
        surnames.add(words[words.length - 1].toLowerCase(Locale.ROOT));
      }
      List<Span> sentences = annotations.sentences().isEmpty() ? paragraphs : annotations.sentences();
      int seg = 0;
      int sen = 0;
      int par = 0;
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        while (seg < segments.size() && segments.get(seg).end() <= t.start()) seg++;
        segmentOf[i] = seg < segments.size() && segments.get(seg).start() <= t.start() ? seg : -1;
        while (sen + 1 < sentences.size() && sentences.get(sen).end() <= t.start()) sen++;
        sentenceOf[i] = sen;
        while (par + 1 < paragraphs.size() && paragraphs.get(par).end() <= t.start()) par++;
        paragraphOf[i] = par;
      }
      for (int s = 0; s < sentences.size(); s++) sentenceTokens.add(null);
      for (int i = 0; i < n; i++) {
        Span r = sentenceTokens.get(sentenceOf[i]);
        sentenceTokens.set(sentenceOf[i], r == null ? new Span(i, i + 1) : new Span(r.start(), i + 1));
      }
    }

    Attributions attribute() {
      for (int s = 0; s < sentenceTokens.size(); s++) {
        Span range = sentenceTokens.get(s);
        if (range == null) continue;
        List<Found> hits = cues(s, range);
        for (Found f : hits) {
          source(f, range, hits);
          partyTag(f, range);
          closingComma(f, range);
        }
        hits.removeIf(f -> f.srcFrom < 0);
        dropNested(hits);
        // "Cruz, who has proposed repealing the mandate, said": a cue inside another's source
        // keeps its own content but does not bound the content of the others.
        List<Found> outer = hits.stream().filter(f -> hits.stream().noneMatch(g -> g != f && !g.shared
            && g.srcFrom <= f.cueFrom && f.cueTo <= g.srcTo)).toList();
        for (int h = 0; h < hits.size(); h++) {
          Found f = hits.get(h);
          int o = outer.indexOf(f);
          if (o < 0) content(f, range, h == 0 ? null : hits.get(h - 1), h + 1 < hits.size() ? hits.get(h + 1) : null);
          else content(f, range, o == 0 ? null : outer.get(o - 1), o + 1 < outer.size() ? outer.get(o + 1) : null);
        }
        for (Found f : hits) if (!f.parts.isEmpty()) found.add(f);
      }
      colonLines();
      colonQuotes();
      signatures();
      labelledQuotes();
      quoteAfterVerb();
      carryOn();
      for (Found f : found) keepSourceInOneParagraph(f);
      found.sort(Comparator.comparingInt(Found::firstOffset));
      Speakers speakers = new Speakers(lexicon, text, annotations.mentions(), annotations.entities(),
          offset -> inQuote(offset));
      List<Quote> quotes = new ArrayList<>();
      for (Found f : found) {
        if (f.carriesOn != null) {
          f.speaker = f.carriesOn.speaker;
        } else if (f.srcFrom >= 0) {
          f.speaker = speakers.resolve(tokens.subList(f.srcFrom, f.srcTo + 1), tokens.get(f.srcFrom).start(),
              tokens.get(f.srcTo).end(), f.apposition);
        }
        quotes.add(quote(f));
        if (f.carriesOn == null && f.srcFrom >= 0) cite(f);
      }
      return new Attributions(annotations.articleId(), quotes, List.copyOf(citations.values()));
    }

    /**
     * A source read over a line break ("A Sign Of Leadership ¶ Marco Rubio defended …") keeps the
     * part in the paragraph nearest its cue: a headline or list number above is no part of it.
     */
    private void keepSourceInOneParagraph(Found f) {
      if (f.srcFrom < 0 || f.cueFrom < 0 || paragraphOf[f.srcFrom] == paragraphOf[f.srcTo]) return;
      if (f.srcTo < f.cueFrom) {
        int from = f.srcTo;
        while (from - 1 >= f.srcFrom && paragraphOf[from - 1] == paragraphOf[f.srcTo]) from--;
        f.srcFrom = from;
      } else {
        int to = f.srcFrom;
        while (to + 1 <= f.srcTo && paragraphOf[to + 1] == paragraphOf[f.srcFrom]) to++;
        f.srcTo = to;
      }
    }

    /**
     * A paragraph opening with a name and a colon, as headlines and transcripts give speech
     * ("Sanders: Brexit's message could draw Trump support", "BENENSON: Senator Sanders doesn't
     * get to decide"): the name is the source, the colon the cue, the rest of the paragraph the
     * content.
     */
    private void colonLines() {
      for (int p = 0; p < paragraphs.size(); p++) {
        Span para = paragraphs.get(p);
        int start = firstToken(para.start());
        if (start >= tokens.size() || segmentOf[start] >= 0 || tokens.get(start).start() >= para.end()) continue;
        int colon = -1;
        for (int k = start + 1; k < Math.min(tokens.size(), start + 6) && tokens.get(k).start() < para.end(); k++) {
          Token t = tokens.get(k);
          if (t.text().equals(":")) {
            colon = k;
            break;
          }
          if (!t.isWord() && !Tokens.abbreviationDot(tokens, k) && !abbreviation(k)) break;
        }
        if (colon < 0 || !colonSpeaker(start, colon - 1)) continue;
        int end = start;
        while (end + 1 < tokens.size() && tokens.get(end + 1).start() < para.end()) end++;
        Span content = trim(colon + 1, end + 1);
        if (content == null || claimedByCue(start, colon) || wordsIn(colon + 1, end + 1) < 4
            || Character.isDigit(tokens.get(colon + 1).text().charAt(0))) continue;
        Found f = new Found(colon, colon, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[colon]);
        f.srcFrom = start;
        f.srcTo = colon - 1;
        f.paragraph = p;
        f.clauseEnd = colon + 1;
        int first = colon + 1;
        if (first < tokens.size() && segmentOf[first] >= 0 && claimedBy[segmentOf[first]] == null) {
          direct(f, segmentOf[first]);
        } else {
          f.parts.add(content);
          f.quoteKind = Quote.Kind.INDIRECT;
        }
        found.add(f);
      }
    }

    /**
     * A quote no cue claimed that follows a colon, in its paragraph or closing the paragraph
     * before: "… doesn't surprise Republican pollster Daron Shaw: “…”", "She then addressed the
     * supporters again: “…”", "President Clinton released the following statement: ¶ “…”". A
     * name right before the colon speaks, with the colon as the cue; otherwise the subject of the
     * clause the colon closes, with the words after it up to the colon as the cue.
     */
    private void colonQuotes() {
      for (int s = 0; s < segments.size(); s++) {
        if (claimedBy[s] != null) continue;
        int first = firstToken(segments.get(s).start());
        int colon = first - 1;
        if (colon < 1 || segmentOf[colon] >= 0 || !tokens.get(colon).text().equals(":")) continue;
        boolean sameParagraph = paragraphOf[colon] == paragraphOf[first];
        if (!sameParagraph && !atParagraphEndAfterColon(colon, first)) continue;
        Span range = sentenceTokens.get(sentenceOf[colon]);
        if (range == null) continue;
        Found f = new Found(colon, colon, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[colon]);
        int floor = Math.max(range.start(), firstToken(paragraphs.get(paragraphOf[colon]).start()));
        int last = colon - 1;
        int dashed = dashedSource(last, floor);
        if (dashed >= 0) {
          // "Polls did predict the caucus - HuffPollster: “…”": a heading signed by its source.
          f.srcFrom = dashed;
          f.srcTo = last;
        } else if (isName(last) || (tokens.get(last).text().equals(")") && isName(skipAside(last, floor)))) {
          int[] src = backwardSource(last, floor, f);
          if (src == null || src[1] != last) continue;
          // "doesn't surprise pollster Daron Shaw:": the verb before the name is no part of it.
          while (src[0] < last && !describesName(src[0])) src[0]++;
          f.srcFrom = src[0];
          f.srcTo = src[1];
        } else {
          clauseSubject(f, new Span(floor, range.end()));
          if (f.srcFrom < 0 || !(personLike(f.srcFrom, f.srcTo) || lexicon.reports().contains(tokens.get(f.srcTo).lower()))) continue;
          int cueFrom = f.srcTo + 1;
          while (cueFrom < colon && (lexicon.is("time", tokens.get(cueFrom).lower()) || isModifier(cueFrom))) cueFrom++;
          // "Shaw and Anderson jointly conduct the poll, while X said:" — only plain words between.
          if (!onlyWordsBetween(cueFrom, colon)) continue;
          Found verbal = new Found(cueFrom, colon, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[colon]);
          verbal.srcFrom = f.srcFrom;
          verbal.srcTo = f.srcTo;
          f = verbal;
        }
        f.paragraph = paragraphOf[first];
        f.clauseEnd = colon + 1;
        direct(f, s);
        found.add(f);
      }
    }

    /** The start of one to four capitalised words ending at {@code last} after a dash, or -1. */
    private int dashedSource(int last, int floor) {
      int k = last;
      while (k >= floor && last - k < 4 && segmentOf[k] < 0 && tokens.get(k).isWord() && tokens.get(k).capitalized()) k--;
      return k < last && k >= floor && isMark(k, "-", "—", "–", "--") ? k + 1 : -1;
    }

    /** A word that may open a name's description: a capital, an article, a role or a title word. */
    private boolean describesName(int i) {
      Token t = tokens.get(i);
      String w = t.lower();
      return !t.isWord() || t.capitalized() || lexicon.is("determiner", w) || lexicon.is("indefinite", w)
          || lexicon.descriptors().contains(w) || lexicon.is("title-modifier", w);
    }

    /**
     * A paragraph that is one quote, signed in the next paragraph by a dash and a name, as fact
     * checks and reader voices give them ("“…” ¶ - Bernie Sanders."): the name speaks, the dash
     * is the cue.
     */
    private void signatures() {
      for (int s = 0; s < segments.size(); s++) {
        Segment seg = segments.get(s);
        int p = seg.paragraph();
        if (claimedBy[s] != null || p + 1 >= paragraphs.size() || seg.start() != paragraphs.get(p).start()) continue;
        int after = firstToken(seg.end());
        if (after < tokens.size() && paragraphOf[after] == p && !onlyPunctuation(after, firstToken(paragraphs.get(p).end()))) continue;
        int dash = firstToken(paragraphs.get(p + 1).start());
        int end = firstToken(paragraphs.get(p + 1).end());
        String d = dash < tokens.size() ? tokens.get(dash).text() : "";
        if (!(d.equals("-") || d.equals("—") || d.equals("–")) || dash + 1 >= end || !(personAt(dash + 1) || knownSurname(dash + 1)) || end - dash > 25) continue;
        int[] np = forwardSource(dash + 1, end, false);
        if (np == null) continue;
        Found f = new Found(dash, dash, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[dash]);
        f.srcFrom = np[0];
        f.srcTo = np[1];
        f.paragraph = p;
        f.clauseEnd = np[1] + 1;
        direct(f, s);
        found.add(f);
      }
    }

    /**
     * Quotes labelled with their speaker as vox-pop lists and reader voices give them, a person's
     * name with maybe an age, place or role and no verb: on the line before ("Ana Ruiz, 27,
     * Tucson ¶ “…”"), before the quote in its paragraph ("Ana, 27, Tucson: “…”", with a dash, a
     * full stop or nothing between), or
     * after the quote closing its paragraph ("“…” — Ana Ruiz, 27, Tucson"). The label speaks; the
     * colon or dash is the cue, or the label's last word when it has neither.
     */
    private void labelledQuotes() {
      for (int s = 0; s < segments.size(); s++) {
        if (claimedBy[s] != null) continue;
        Segment seg = segments.get(s);
        int p = seg.paragraph();
        int first = firstToken(seg.start());
        int paraStart = firstToken(paragraphs.get(p).start());
        int paraEnd = tokenAfter(paragraphs.get(p).end());
        int[] label = null;
        int cue = -1;
        if (first == paraStart && p > 0) {
          int from = firstToken(paragraphs.get(p - 1).start());
          int to = paraStart - 1;
          if (to >= from && isMark(to, ":", "-", "—", "–")) cue = to--;
          label = speakerLabel(from, to);
        } else if (first > paraStart && isMark(first - 1, ":", "-", "—", "–")) {
          cue = first - 1;
          label = speakerLabel(paraStart, first - 2);
        } else if (first > paraStart && endsParagraph(s)) {
          // "Ana Ruiz, 27, Tucson “…”" or "… Tucson. “…”": a label run into its quote, which ends
          // the paragraph (a title in quotes goes on: "host of MSNBC’s “Morning Joe,” said"); a
          // bare one-word name is too weak a label here.
          label = speakerLabel(paraStart, isMark(first - 1, ".") ? first - 2 : first - 1);
          if (label != null && label[1] == label[0]) label = null;
        }
        int after = firstToken(seg.end());
        if (label == null && after < paraEnd && segmentOf[paraEnd - 1] < 0) {
          // A colon or dash that came with no label before the quote is no cue of a label after it.
          cue = -1;
          int from = after;
          while (from < paraEnd && isMark(from, ",", ".")) from++;
          boolean dash = from < paraEnd && isMark(from, "-", "—", "–");
          if (dash) cue = from++;
          int to = paraEnd - 1;
          if (isMark(to, ".")) to--;
          label = speakerLabel(from, to);
          // Without a dash only a name with an apposition signs a quote ("“…” Ana Ruiz, 27").
          if (label != null && !dash && !hasComma(label[0], label[1])) label = null;
        }
        if (label == null) continue;
        int cueAt = cue >= 0 ? cue : label[1];
        Found f = new Found(cueAt, cueAt, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[first]);
        f.srcFrom = label[0];
        f.srcTo = label[1];
        f.apposition = hasComma(label[0], label[1]);
        f.paragraph = p;
        f.clauseEnd = label[1] + 1;
        direct(f, s);
        found.add(f);
      }
    }

    /** Whether only quotes and punctuation follow segment {@code s} to its paragraph's end. */
    private boolean endsParagraph(int s) {
      Segment seg = segments.get(s);
      int end = tokenAfter(paragraphs.get(seg.paragraph()).end());
      for (int i = tokenAfter(seg.end()); i < end; i++) if (segmentOf[i] < 0 && tokens.get(i).isWord()) return false;
      return true;
    }

    private boolean isMark(int i, String... marks) {
      if (i < 0 || i >= tokens.size() || segmentOf[i] >= 0) return false;
      for (String m : marks) if (tokens.get(i).text().equals(m)) return true;
      return false;
    }

    private boolean hasComma(int from, int to) {
      for (int i = from; i <= to; i++) if (tokens.get(i).text().equals(",")) return true;
      return false;
    }

    /**
     * The label in tokens [from, to], as {from, last word}, or null: a person's name, then maybe
     * a comma or bracket opening an age, a place or a role ("Ana Ruiz, 27, a nurse from Tucson"),
     * with no verb and no sentence break.
     */
    private int[] speakerLabel(int from, int to) {
      if (from > to || to - from > 20 || from >= tokens.size() || segmentOf[from] >= 0) return null;
      Mention name = mentionAt(from);
      int k = from;
      if (name != null && name.type() == EntityType.PERSON) {
        while (k + 1 <= to && mentionAt(k + 1) == name) k++;
      } else if (knownSurname(from) || (tokens.get(from).capitalized() && lexicon.firstNames().containsKey(tokens.get(from).lower()))) {
        while (k + 1 <= to && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalized()) k++;
      } else {
        return null;
      }
      if (k < to && !isMark(k + 1, ",", "(")) return null;
      int last = k;
      for (int i = k + 1; i <= to; i++) {
        Token t = tokens.get(i);
        if (segmentOf[i] >= 0) return null;
        if (!t.isWord()) {
          if (!",()-".contains(t.text()) && !Tokens.abbreviationDot(tokens, i)) return null;
          continue;
        }
        if (!labelWord(t)) return null;
        last = i;
      }
      return new int[] {from, last};
    }

    /** A word an age, place or role may hold: a capital, a number, a role noun or a joining word. */
    private boolean labelWord(Token t) {
      String w = t.lower();
      if (isCueWord(w)) return false;
      return t.capitalized() || Character.isDigit(t.text().charAt(0)) || lexicon.descriptors().contains(w)
          || lexicon.is("determiner", w) || lexicon.is("indefinite", w) || lexicon.is("title-modifier", w)
          || lexicon.is("label-joiner", w);
    }

    /**
     * A quote of a few words or more right after a verb no list holds, the verb's subject opening
     * the clause: "the protesters chanted “…”", "One message read “…”", "Toomey fumed: “…”".
     * The subject must be someone or something that speaks (a name, a role, a pronoun, a
     * document), and the quote must sound like speech rather than a title or a scare word.
     */
    private void quoteAfterVerb() {
      for (int s = 0; s < segments.size(); s++) {
        if (claimedBy[s] != null) continue;
        Segment seg = segments.get(s);
        int first = firstToken(seg.start());
        int last = firstToken(seg.end()) - 1;
        if (wordsIn(first, last + 1) < 4) continue;
        int verb = first - 1;
        if (verb >= 0 && segmentOf[verb] < 0 && (tokens.get(verb).text().equals(",") || tokens.get(verb).text().equals(":"))) verb--;
        if (verb < 1 || segmentOf[verb] >= 0 || paragraphOf[verb] != seg.paragraph() || !verbLike(verb)) continue;
        Span range = sentenceTokens.get(sentenceOf[verb]);
        if (range == null) continue;
        Found f = new Found(verb, verb, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[verb]);
        String before = verb - 1 >= range.start() && segmentOf[verb - 1] < 0 ? tokens.get(verb - 1).lower() : "";
        String v = tokens.get(verb).lower();
        boolean bears = v.equals("read") || v.equals("reads") || lexicon.is("quote-verb", v) || cuesByFirstWord.containsKey(v);
        if ((before.equals("which") || before.equals("that")) && bears) {
          // "a banner which read “…”": the relative pronoun stands for what bears the words.
          f.srcFrom = verb - 1;
          f.srcTo = verb - 1;
        } else {
          clauseSubject(f, new Span(range.start(), verb + 1));
          if (f.srcFrom < 0) writingSubject(f, range.start(), verb - 1);
        }
        if (f.srcFrom < 0 || !(personLike(f.srcFrom, f.srcTo) || writing(f.srcTo) || f.srcFrom == verb - 1 && bears)) continue;
        int cueFrom = f.srcTo + 1;
        if (!onlyWordsBetween(cueFrom, verb + 1) || verb - cueFrom > 3) continue;
        Found verbal = new Found(cueFrom, verb, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[verb]);
        verbal.srcFrom = f.srcFrom;
        verbal.srcTo = f.srcTo;
        verbal.paragraph = seg.paragraph();
        verbal.clauseEnd = verb + 1;
        direct(verbal, s);
        found.add(verbal);
      }
    }

    /**
     * "A welcome message on the website reads: “…”", "The suit reads, “…”": a plain noun phrase
     * opening the sentence and ending in a thing that bears words is the source.
     */
    private void writingSubject(Found f, int from, int last) {
      if (last < from || last - from > 10 || !writing(last)) return;
      for (int k = from; k <= last; k++) {
        Token t = tokens.get(k);
        String w = t.lower();
        if (segmentOf[k] >= 0 || !t.isWord() || isCueWord(w)) return;
        if (isStop(w) && !lexicon.is("determiner", w) && !lexicon.is("indefinite", w) && !lexicon.is("joiner", w) && !w.equals("on")) return;
      }
      f.srcFrom = from;
      f.srcTo = last;
    }

    /** A document, occasion or inscription that can bear words: "the statement", "a sign", "the suit". */
    private boolean writing(int i) {
      String w = tokens.get(i).lower();
      return lexicon.reports().contains(w) || lexicon.events().contains(w) || lexicon.is("inscription", w);
    }

    /** A lower-case word shaped like a finite verb: past ("fumed"), irregular past, or present ("reads"). */
    private boolean verbLike(int i) {
      Token t = tokens.get(i);
      String w = t.lower();
      if (!t.isWord() || t.capitalized() || isStop(w) && !isCueWord(w)) return false;
      return w.endsWith("ed") || lexicon.is("past-irregular", w) || lexicon.is("quote-verb", w) || isCueWord(w)
          || (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3);
    }

    private boolean onlyWordsBetween(int from, int to) {
      if (from >= to) return false;
      for (int i = from; i < to; i++) {
        if (segmentOf[i] >= 0 || (!tokens.get(i).isWord() && !tokens.get(i).text().equals("-"))) return false;
      }
      return true;
    }

    private int wordsIn(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) if (tokens.get(i).isWord()) n++;
      return n;
    }

    /** Words before a line's colon that name a speaker: a name, a role or document, or capitals. */
    private boolean colonSpeaker(int from, int to) {
      for (int k = from; k <= to; k++) {
        Token t = tokens.get(k);
        if (t.isWord() && (!t.capitalized() || lexicon.is("time", t.lower()) || lexicon.is("colon-heading", t.lower()))) return false;
      }
      Token last = tokens.get(to);
      if (!last.isWord()) return false;
      Mention m = mentionAt(to);
      if (m != null) return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
      String w = last.lower();
      boolean capitals = last.text().length() > 2 && last.text().equals(last.text().toUpperCase(Locale.ROOT));
      return capitals || lexicon.descriptors().contains(w) || lexicon.reports().contains(w);
    }

    private boolean claimedByCue(int from, int to) {
      for (Found f : found) {
        if (f.cueFrom <= to && f.cueTo >= from) return true;
        if (f.srcFrom >= 0 && f.srcFrom <= to && f.srcTo >= from) return true;
      }
      return false;
    }

    /**
     * Drops the cues that stand inside the reported clause of an earlier cue ("Officials said
     * voters want …"): the outer attribution's content holds them, as PolNeAR annotates it (each
     * word has one role). A cue after a semicolon, a ", and"/", but" break, a quote the earlier
     * cue introduces, or a participle sharing the earlier subject ("…, adding") stands on its own.
     */
    private void dropNested(List<Found> hits) {
      for (int h = hits.size() - 1; h >= 1; h--) {
        Found outer = hits.get(h - 1);
        Found inner = hits.get(h);
        boolean contentRight = outer.srcTo < outer.cueFrom || outer.kind == CueKind.SOURCE_AFTER;
        if (!contentRight || participle(inner) || inner.srcFrom <= outer.cueTo) continue;
        // "Love explained how she felt betrayed, those people said.": the closing cue holds
        // the earlier one in its content, so both stand.
        if (closesSentence(inner)) continue;
        // "A woman asked for a photo and Clinton said, “…”": a cue its quote follows stands.
        if (quoteFollows(inner)) continue;
        // "X said she stayed because Y told her to": speech reported inside reported speech is
        // an attribution of its own; a view or a plan there is the outer source's report.
        if (inner.cueClass == Lexicon.CueClass.SPEECH) continue;
        if (!brokenBetween(outer.clauseEnd, inner.clauseStart()) && !subordinateBefore(outer, inner)) hits.remove(h);
      }
    }

    /**
     * "While Democrats have pushed for new talks, Cornyn told reporters …": the outer cue stands
     * in a clause opened by a subordinating word, which a comma closes before the inner one.
     */
    private boolean subordinateBefore(Found outer, Found inner) {
      int start = sentenceTokens.get(outer.sentence).start();
      int first = outer.clauseStart() - 1;
      while (first > start && !tokens.get(first).text().equals(",")) first--;
      String w = tokens.get(first == start ? start : first + 1).lower();
      if (!lexicon.is("subordinate-opener", w) && !lexicon.is("subordinate-opener", tokens.get(start).lower())) return false;
      for (int i = outer.clauseEnd; i < inner.clauseStart(); i++) {
        if (segmentOf[i] < 0 && tokens.get(i).text().equals(",")) return true;
      }
      return false;
    }

    /** Whether only time words and punctuation follow a cue and its source to the sentence's end. */
    private boolean closesSentence(Found f) {
      Span range = sentenceTokens.get(f.sentence);
      if (f.srcFrom < 0 || f.shared || f.clauseStart() <= range.start()) return false;
      for (int i = Math.max(f.cueTo, f.srcTo) + 1; i < range.end(); i++) {
        Token t = tokens.get(i);
        if (segmentOf[i] >= 0) return false;
        if (t.isWord() && !lexicon.is("time", t.lower())) return false;
      }
      return true;
    }

    /** Whether a quote opens right after a cue and its source, past a comma, colon or "that". */
    private boolean quoteFollows(Found f) {
      int a = Math.max(f.cueTo, f.srcTo) + 1;
      while (a < tokens.size() && segmentOf[a] < 0 && isLeadIn(a)) a++;
      return a < tokens.size() && a > Math.max(f.cueTo, f.srcTo) + 1 && segmentOf[a] >= 0
          && paragraphOf[a] == paragraphOf[f.cueTo] && claimedBy[segmentOf[a]] == null;
    }

    private boolean brokenBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        if (segmentOf[i] >= 0) return true;
        String t = tokens.get(i).text();
        if (t.equals(";") || t.equals(":")) return true;
        if ((t.equals(",") || t.equals("—")) && i + 1 < to && lexicon.is("connective", tokens.get(i + 1).lower())) return true;
      }
      return false;
    }

    // ---- cues ----------------------------------------------------------------------------

    /**
     * "who asked not to be named", "requested anonymity", "spoke on condition of anonymity": the
     * words after a cue that ask for anonymity rather than report anything. Only the few words
     * such a request is made of may come between ("said a man named Ali" reports), and a "that"
     * after it opens what is reported after all ("said on condition of anonymity that …").
     */
    private boolean asksForAnonymity(int after, int end) {
      for (int k = after; k < Math.min(end, after + 5) && segmentOf[k] < 0 && tokens.get(k).isWord(); k++) {
        String w = tokens.get(k).lower();
        if (lexicon.is("anonymity", w)) {
          return k + 1 >= end || segmentOf[k + 1] >= 0 || !tokens.get(k + 1).lower().equals("that");
        }
        if (!lexicon.is("anonymity-request", w)) return false;
      }
      return false;
    }

    /** The cues of one sentence, outside quote marks, longest form first, not overlapping. */
    private List<Found> cues(int sentence, Span range) {
      List<Found> out = new ArrayList<>();
      boolean headline = titleCase(range);
      int i = range.start();
      while (i < range.end()) {
        Found hit = null;
        if (segmentOf[i] < 0 && tokens.get(i).isWord()) {
          for (Lexicon.Cue cue : cuesByFirstWord.getOrDefault(tokens.get(i).lower(), List.of())) {
            int len = cue.words().size();
            if (i + len > range.end()) continue;
            boolean match = true;
            for (int k = 0; k < len && match; k++) {
              match = segmentOf[i + k] < 0 && tokens.get(i + k).lower().equals(cue.words().get(k));
            }
            // Title case is a headline or a name ("United States"), not a cue, unless the
            // sentence opens with it ("According to …").
            match = match && (!tokens.get(i).capitalized() || i == range.start() || headline);
            if (match && cue.nounToo() && nounBefore(i)) match = false;
            // "Advocates say …": a role noun that is also a verb names the speaker of the cue after it.
            if (match && len == 1 && lexicon.descriptors().contains(tokens.get(i).lower()) && i + 1 < range.end()
                && segmentOf[i + 1] < 0 && isCueWord(tokens.get(i + 1).lower())) match = false;
            if (match && asksForAnonymity(i + len, range.end())) match = false;
            if (match) {
              hit = new Found(i, i + len - 1, cue.kind(), cue.cueClass(), sentence);
              break;
            }
          }
        }
        if (hit == null && documentOpening(i, range)) {
          hit = new Found(i, i, CueKind.SOURCE_AFTER, Lexicon.CueClass.EVIDENCE, sentence);
        }
        if (hit == null && speechByPosition(i, range)) {
          hit = new Found(i, i, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentence);
        }
        if (hit == null) {
          i++;
          continue;
        }
        i = hit.cueTo + 1;
        if (hit.kind != CueKind.SOURCE_AFTER && passiveBefore(hit.cueFrom)) continue;
        if (hit.kind != CueKind.SOURCE_AFTER && negatedWithoutClause(hit, range)) continue;
        if (modifiesNoun(hit)) continue;
        out.add(hit);
      }
      return out;
    }

    /**
     * "In a Washington Post-ABC News poll released Sunday, 75 percent said …": a sentence opening
     * with "in" and a document up to a comma relays the document.
     */
    private boolean documentOpening(int i, Span range) {
      int start = range.start();
      if (start < range.end() && lexicon.is("connective", tokens.get(start).lower())) start++;
      if (i != start || !tokens.get(i).lower().equals("in") || segmentOf[i] >= 0) return false;
      for (int k = i + 1; k < Math.min(range.end(), i + MAX_SOURCE_TOKENS); k++) {
        Token t = tokens.get(k);
        if (segmentOf[k] >= 0) return false;
        if (t.text().equals(",")) return false;
        if (t.isWord() && lexicon.reports().contains(t.lower())) {
          return k + 1 < range.end() && (tokens.get(k + 1).text().equals(",") || tokens.get(k + 1).isWord());
        }
      }
      return false;
    }

    /**
     * A verb no list holds that a quote beside it makes a speech verb: "…," Oliver barked.
     * "…," reacted Trump. Pence replied, "…". The frame is strict: the quote, the speaker and the
     * verb, and the sentence or clause ends.
     */
    private boolean speechByPosition(int i, Span range) {
      Token t = tokens.get(i);
      if (segmentOf[i] >= 0 || !t.isWord() || t.capitalized()) return false;
      String w = t.lower();
      if (isStop(w) || !(w.endsWith("ed") || lexicon.is("past-irregular", w) || lexicon.is("quote-verb", w))) return false;
      int next = i + 1;
      // "…," Toomey fumed on Tuesday.
      int after = next;
      if (after + 1 < range.end() && tokens.get(after).lower().equals("on") && lexicon.is("time", tokens.get(after + 1).lower())) after++;
      while (after < range.end() && segmentOf[after] < 0 && lexicon.is("time", tokens.get(after).lower())) after++;
      // "“Go back,” Trump barked and a guard led him out.": the clause ends at "and" too.
      boolean closes = after >= range.end() || (segmentOf[after] < 0 && (tokens.get(after).text().equals(".")
          || tokens.get(after).text().equals(",") || tokens.get(after).lower().equals("and")
          || lexicon.is("subordinator", tokens.get(after).lower())));
      // "…," Oliver barked.
      int q = quoteEndBefore(i - 1, range);
      if (closes && i - 1 >= range.start() && segmentOf[i - 1] < 0) {
        int from = i - 1;
        while (from - 1 >= range.start() && segmentOf[from - 1] < 0 && tokens.get(from - 1).isWord() && i - from < 6) from--;
        if (quoteEndBefore(from - 1, range) >= 0 && speakerWords(from, i - 1)) return true;
      }
      // "…," reacted Trump.
      if (q >= 0) {
        int[] np = forwardSource(next, range.end(), true);
        if (np != null && (np[1] + 1 >= range.end() || tokens.get(np[1] + 1).text().equals("."))) return true;
      }
      // Pence replied, "…"
      if (next + 1 < tokens.size() && segmentOf[next] < 0 && (tokens.get(next).text().equals(",") || tokens.get(next).text().equals(":"))
          && segmentOf[next + 1] >= 0 && i - 1 >= range.start()) {
        int from = range.start();
        if (lexicon.is("connective", tokens.get(from).lower())) from++;
        return from <= i - 1 && i - from < 6 && speakerWords(from, i - 1);
      }
      return false;
    }

    /** The index of the token before a quote that closes at token {@code k} or {@code k - 1} (a comma), or -1. */
    private int quoteEndBefore(int k, Span range) {
      if (k >= range.start() && k >= 0 && segmentOf[k] < 0 && tokens.get(k).text().equals(",")) k--;
      return k >= 0 && segmentOf[k] >= 0 ? k : -1;
    }

    /** Whether tokens from..to are all words and name a speaker: a pronoun, a name or a role. */
    private boolean speakerWords(int from, int to) {
      if (from > to) return false;
      for (int k = from; k <= to; k++) if (segmentOf[k] >= 0 || !tokens.get(k).isWord()) return false;
      String last = tokens.get(to).lower();
      if (from == to && (lexicon.is("pronoun-singular", last) || lexicon.is("pronoun-plural", last) || last.equals("it"))) return true;
      return isName(to) || (tokens.get(to).capitalized() && !lexicon.is("time", last))
          || lexicon.descriptors().contains(last) || lexicon.reports().contains(last);
    }

    /**
     * "a website called Real News", "a super PAC supporting Clinton": a participle after a noun
     * describes it. Only speech participles after a comma (", saying") attribute there.
     */
    private boolean modifiesNoun(Found hit) {
      if (hit.cueFrom != hit.cueTo || hit.cueFrom == 0) return false;
      Token before = tokens.get(hit.cueFrom - 1);
      String w = tokens.get(hit.cueFrom).lower();
      boolean afterNoun = segmentOf[hit.cueFrom - 1] < 0 && before.isWord() && !before.capitalized()
          && !isPronoun(before.lower()) && !lexicon.descriptors().contains(before.lower()) && !isStop(before.lower())
          && !isModifier(hit.cueFrom - 1) && !lexicon.is("connective", before.lower());
      if (lexicon.is("naming-verb", w)) return afterNoun || before.text().equals(",");
      // "in a video posted on its channel", "a statement released by the army": the participle
      // and its preposition describe the occasion or document, which is not a source ("the
      // poll showed that" is still one).
      if (w.endsWith("ed") && (lexicon.events().contains(before.lower()) || lexicon.reports().contains(before.lower()))
          && segmentOf[hit.cueFrom - 1] < 0 && hit.cueTo + 1 < tokens.size() && segmentOf[hit.cueTo + 1] < 0
          && (lexicon.is("event-preposition", tokens.get(hit.cueTo + 1).lower()) || tokens.get(hit.cueTo + 1).lower().equals("by"))) {
        return true;
      }
      return w.endsWith("ing") && hit.cueClass != Lexicon.CueClass.SPEECH && afterNoun;
    }

    /** A headline written in title case ("Christie Says He Would Issue A Quarantine"). */
    private boolean titleCase(Span range) {
      int words = 0;
      int capitals = 0;
      for (int i = range.start(); i < range.end(); i++) {
        Token t = tokens.get(i);
        if (segmentOf[i] >= 0 || !t.isWord() || t.text().length() < 4) continue;
        words++;
        if (t.capitalized()) capitals++;
      }
      return words >= 3 && capitals == words;
    }

    /** "media reports", "the claims": a plural noun, not a cue. */
    private boolean nounBefore(int i) {
      if (i == 0 || segmentOf[i - 1] >= 0 || !tokens.get(i - 1).isWord()) return false;
      Token t = tokens.get(i - 1);
      String w = t.lower();
      if (lexicon.is("determiner", w) || lexicon.is("indefinite", w) || t.possessive()) return true;
      // "a Twitter comment", "an NBC report": a name after "a" modifies the noun.
      if (t.capitalized() && i >= 2 && segmentOf[i - 2] < 0 && (tokens.get(i - 2).lower().equals("a") || tokens.get(i - 2).lower().equals("an"))) return true;
      // "the Benghazi attack", "Paris Terror attacks": a place or an event names the noun's kind.
      // A place opening the clause is the subject instead ("Russia claims", "Ukraine reports").
      Mention m = mentionAt(i - 1);
      // "Russian claims", "the Ukrainian attacks": a nationality says whose the noun is.
      if (t.capitalized() && NATIONALITY.matcher(t.text()).matches()
          && (m == null || m.type() != EntityType.PERSON && m.type() != EntityType.ORGANIZATION)) return true;
      if (t.capitalized() && m != null && (m.type() == EntityType.MISC || m.type() == EntityType.LOCATION && articleBefore(i - 1, m))) return true;
      // "polls show", "data show": a document is the subject of the verb.
      if (lexicon.reports().contains(w)) return false;
      return !t.capitalized() && !lexicon.descriptors().contains(w) && !isPronoun(w) && !isModifier(i - 1);
    }

    /** Whether a determiner or an article stands before the mention {@code m} ending at token {@code last}. */
    private boolean articleBefore(int last, Mention m) {
      int first = last;
      while (first > 0 && mentionAt(first - 1) == m) first--;
      if (first == 0 || segmentOf[first - 1] >= 0) return false;
      String w = tokens.get(first - 1).lower();
      return lexicon.is("determiner", w) || lexicon.is("indefinite", w);
    }

    /** "is reported to", "was told", "to say": no attribution by a source in this sentence. */
    private boolean passiveBefore(int cueFrom) {
      int j = cueFrom - 1;
      while (j >= 0 && isModifier(j)) j--;
      if (j < 0) return false;
      String w = tokens.get(j).lower();
      // "is telling voters": a progressive, not a passive.
      if (lexicon.is("passive", w) && tokens.get(cueFrom).lower().endsWith("ing")) return false;
      return lexicon.is("passive", w) || w.equals("to");
    }

    /**
     * "did not immediately respond to a request for comment", "has not said when": a negated cue
     * reports nothing said, unless a "that" clause follows ("did not deny that the town fell").
     */
    private boolean negatedWithoutClause(Found hit, Span range) {
      boolean negated = false;
      for (int j = hit.cueFrom - 1; j >= 0 && isModifier(j); j--) {
        String w = tokens.get(j).lower();
        negated |= w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n’t");
      }
      int next = hit.cueTo + 1;
      return negated && !(next < range.end() && tokens.get(next).lower().equals("that"));
    }

    /** The auxiliary of a progressive cue ("is telling", "are hoping"), which belongs to the cue. */
    private boolean progressiveAux(int j, Found f) {
      return j >= 0 && segmentOf[j] < 0 && f.cueFrom >= 0 && tokens.get(f.cueFrom).lower().endsWith("ing")
          && lexicon.is("passive", tokens.get(j).lower()) && !tokens.get(j).lower().startsWith("be");
    }

    private boolean isModifier(int i) {
      Token t = tokens.get(i);
      if (segmentOf[i] >= 0 || !t.isWord() || t.capitalized()) return false;
      String w = t.lower();
      return lexicon.cueModifiers().contains(w) || (w.endsWith("ly") && w.length() > 4);
    }

    // ---- sources -------------------------------------------------------------------------

    private void source(Found f, Span range, List<Found> hits) {
      if (f.kind == CueKind.SOURCE_AFTER) {
        int[] np = forwardSource(f.cueTo + 1, range.end(), false, true);
        if (np == null) return;
        f.srcFrom = np[0];
        f.srcTo = extendAfter(np[1], range, f.cueFrom > range.start() && tokens.get(f.cueFrom - 1).text().equals(","));
        f.clauseEnd = f.srcTo + 1;
        return;
      }
      int from = f.cueFrom;
      while (from - 1 >= range.start() && (isModifier(from - 1) || progressiveAux(from - 1, f))) from--;
      // "Clinton's aide rallied supporters, saying", "Jeffries reacted to the news, saying": a
      // participle after a comma speaks for the clause's speaker, not for the words before it.
      // An auxiliary before it makes a finite verb ("Teske, 53, a guard, is backing"), not a participle.
      boolean bare = from == f.cueFrom || !progressiveAux(from, f);
      if (participle(f) && bare && from - 1 > range.start() && segmentOf[from - 1] < 0 && tokens.get(from - 1).text().equals(",")) {
        borrowSubject(f, hits);
        if (f.srcFrom < 0) clauseSubject(f, range);
        if (f.srcFrom >= 0) return;
      }
      boolean afterContent = from == range.start() || isContentEdge(from - 1);
      int[] right = afterContent && !participle(f) ? forwardSource(f.cueTo + 1, range.end(), true) : null;
      if (right != null) {
        f.srcFrom = right[0];
        f.srcTo = extendAfter(right[1], range, true);
        f.clauseEnd = f.srcTo + 1;
      } else if (from - 1 >= range.start()) {
        int[] left = backwardSource(from - 1, range.start(), f);
        if (left != null) {
          f.srcFrom = left[0];
          f.srcTo = left[1];
        }
      }
      boolean made = f.srcFrom >= 0 && participle(f) && objectOfVerb(f.srcFrom, f.srcTo, range);
      if (made) f.srcFrom = -1;
      boolean secondVerb = from - 1 >= range.start() && segmentOf[from - 1] < 0
          && (tokens.get(from - 1).lower().equals("and") || tokens.get(from - 1).lower().equals("but"));
      if (secondVerb && f.kind != CueKind.SOURCE_AFTER) {
        // "Fields later tweeted a photograph … and said": the verbs share the clause's subject.
        f.srcFrom = -1;
        borrowSubject(f, hits);
        if (f.srcFrom < 0) clauseSubject(f, range);
      }
      if (f.srcFrom < 0 && participle(f)) borrowSubject(f, hits);
      if (f.srcFrom < 0 && participle(f)) sentenceSubject(f, range, made);
      // "Obama punctuated his list by saying": the means of the clause's own verb.
      if (f.srcFrom < 0 && participle(f) && from - 1 >= range.start()
          && (tokens.get(from - 1).text().equals(",") || tokens.get(from - 1).lower().equals("by"))) {
        clauseSubject(f, range);
      }
      boolean afterComma = f.kind != CueKind.SOURCE_AFTER && !participle(f) && from - 1 > range.start()
          && tokens.get(from - 1).text().equals(",") && segmentOf[from - 1] < 0;
      // "The levy will hold, said Mary Holt, a farmer.": the speaker after the cue closes the sentence.
      if (f.srcFrom < 0 && afterComma) {
        int[] np = forwardSource(f.cueTo + 1, range.end(), true);
        int end = np == null ? -1 : extendAfter(np[1], range, true);
        boolean closes = np != null && (onlyPunctuation(end + 1, range.end()) || occasionAt(end + 1, range.end())
            || end + 1 < range.end() && lexicon.is("time", tokens.get(end + 1).lower()) && onlyPunctuation(end + 2, range.end()));
        if (closes) {
          f.srcFrom = np[0];
          f.srcTo = end;
          f.clauseEnd = end + 1;
        }
      }
      // "Clinton, speaking to reporters on her plane, said": the subject before the aside.
      if (f.srcFrom < 0 && afterComma) clauseSubject(f, range);
      if (f.srcFrom >= 0 && f.cueClass == Lexicon.CueClass.WEAK && !personLike(f.srcFrom, f.srcTo)) f.srcFrom = -1;
      if (f.srcFrom >= 0 && participle(f) && describesOrGoverned(f, from, range)) f.srcFrom = -1;
    }

    /**
     * A short bracket right after the source's name belongs to it ("Sen. Roy Blunt (R-Mo.), facing a
     * stiff challenge, noted"), whichever way the source was read.
     */
    private void partyTag(Found f, Span range) {
      if (f.srcFrom < 0) return;
      int open = f.srcTo + 1;
      int limit = f.srcTo < f.cueFrom ? f.cueFrom : range.end();
      if (open >= limit || segmentOf[open] >= 0 || !tokens.get(open).text().equals("(") || !tokens.get(f.srcTo).capitalized()) return;
      for (int k = open + 1; k < Math.min(limit, open + 7) && segmentOf[k] < 0; k++) {
        String t = tokens.get(k).text();
        if (t.equals(")")) {
          f.srcTo = k;
          return;
        }
        if (t.equals("(") || tokens.get(k).isWord() && !tokens.get(k).capitalized()) return;
      }
    }

    /**
     * The comma closing an apposition in a source after its cue, which PolNeAR counts with the
     * source when the sentence goes on ("…,” said Ana Ruiz, a nurse, adding …"), as it does before
     * a cue ("Ana Ruiz, a nurse, said"); not before a relative clause left out of it.
     */
    private void closingComma(Found f, Span range) {
      if (f.srcFrom < 0 || f.shared) return;
      if (f.srcFrom > f.cueTo && f.srcTo + 2 < range.end() && tokens.get(f.srcTo + 1).text().equals(",")
          && segmentOf[f.srcTo + 1] < 0 && hasComma(f.srcFrom, f.srcTo) && tokens.get(f.srcTo + 2).isWord()
          && !lexicon.is("pronoun-relative", tokens.get(f.srcTo + 2).lower())) {
        f.srcTo++;
      }
    }

    /**
     * Whether a participle cue with no comma before it describes the noun just before it ("a super
     * PAC supporting Clinton", "governors seeking to stem his rise") or is governed by a word that
     * makes it no report ("criticised for saying", "had been predicting", "while calling"), rather
     * than reporting what its subject says. A quote right after it still makes it speech
     * ("the crowd chanting “…”").
     */
    private boolean describesOrGoverned(Found f, int from, Span range) {
      if (from - 1 < range.start() || segmentOf[from - 1] >= 0) return false;
      Token before = tokens.get(from - 1);
      if (!before.isWord()) return false;
      int next = f.cueTo + 1;
      while (next < tokens.size() && segmentOf[next] < 0 && (tokens.get(next).text().equals(",") || tokens.get(next).text().equals(":"))) next++;
      if (next < tokens.size() && segmentOf[next] >= 0) return false;
      if (from != f.cueFrom || f.cueFrom != f.cueTo) return false;
      if (!f.shared && f.srcTo == from - 1) return true;
      return !before.capitalized() && lexicon.is("participle-governor", before.lower());
    }

    /**
     * Where a source read forward ends once what PolNeAR counts with it is added: a bracketed
     * party tag ("(D-Ore.)"), an apposition running to the sentence's end ("said Penny Nance,
     * president of …."), or the rest of a document's description ("according to a study last
     * year by economists at Duke University").
     *
     * @param toEnd whether the source closes its sentence (its content came before it): it then
     *     runs over commas to the end; otherwise it stops at the first comma
     */
    private int extendAfter(int last, Span range, boolean toEnd) {
      int end = range.end() - 1;
      // A full stop closing the sentence belongs to no source unless it ends a listed
      // abbreviation ("Va."): "president of entertainment at Fox." ends at "Fox".
      while (end > last && !tokens.get(end).isWord() && !tokens.get(end).text().equals(")")
          && !(Tokens.abbreviationDot(tokens, end) && (end < range.end() - 1 || abbreviation(end)))) end--;
      int j = last + 1;
      if (j < end && tokens.get(j).text().equals("(")) {
        for (int k = j + 1; k <= Math.min(end, j + 8) && segmentOf[k] < 0; k++) {
          if (tokens.get(k).text().equals(")")) {
            last = k;
            break;
          }
        }
      }
      boolean atComma = last + 1 <= end && tokens.get(last + 1).text().equals(",");
      if (toEnd && atComma && appositionOpener(last + 2) || !atComma && plainTail(last + 1, end)) {
        int stop = last;
        // Where the description stood before a relative clause opened ("…, the director of X, who").
        int beforeRelative = -1;
        for (int k = last + 1; k <= end; k++) {
          Token t = tokens.get(k);
          if (segmentOf[k] >= 0 || t.text().equals(";") || t.text().equals(":")
              || (t.isWord() && (isCueWord(t.lower()) || participle(k)) && k > last + 1)) {
            // "said Harvey, who acknowledged …": a clause cut at its verb is no description, but
            // the apposition before it is ("said Ana Ruiz, a nurse, who said …").
            if (stop > last && isStop(tokens.get(stop).lower())) return beforeRelative > last ? beforeRelative : last;
            return stop;
          }
          if (beforeRelative < 0 && k > last + 2 && lexicon.is("pronoun-relative", t.lower())) {
            beforeRelative = tokens.get(k - 1).text().equals(",") ? k - 2 : k - 1;
          }
          if (!toEnd && t.text().equals(",")) return stop;
          if (occasionAt(k, end + 1)) return stop;
          // "…, referring to the former president", "…, after listening to him": the speaker's
          // circumstances, not a description of the speaker.
          if (t.text().equals(",") && k + 1 <= end && segmentOf[k + 1] < 0
              && (tokens.get(k + 1).lower().endsWith("ing") || lexicon.is("circumstance", tokens.get(k + 1).lower()))) return stop;
          if (t.isWord() || t.text().equals(")") || Tokens.abbreviationDot(tokens, k)) stop = k;
        }
        return stop;
      }
      return last;
    }

    /** "by economists at Duke", "released Thursday": words that go on describing a source. */
    private boolean plainTail(int i, int end) {
      if (i > end || segmentOf[i] >= 0) return false;
      String w = tokens.get(i).lower();
      return lexicon.is("joiner", w) || lexicon.is("time", w) || w.equals("by") || w.equals("from") || w.endsWith("ed") || w.equals("/");
    }

    private boolean participle(int i) {
      String w = tokens.get(i).lower();
      return w.endsWith("ing") && w.length() > 5 && oneWordCues.contains(w);
    }

    /**
     * A role noun within the first few plain lower-case words from token {@code i}, as in "research
     * and policy director of …", "executive director of …", "co-founder of …": a role described by
     * the words before it.
     */
    private boolean roleAhead(int i) {
      for (int k = i; k < Math.min(tokens.size(), i + 4) && segmentOf[k] < 0; k++) {
        Token t = tokens.get(k);
        String w = t.lower();
        if (!t.isWord() || t.capitalized() || isCueWord(w) || w.endsWith("ing") || (isStop(w) && !w.equals("and"))) return false;
        String head = w.substring(w.lastIndexOf('-') + 1);
        if (lexicon.descriptors().contains(w) || lexicon.descriptors().contains(head)) return true;
      }
      return false;
    }

    /** A word that can open an apposition: an article, a number, "who", a role or a title. */
    private boolean appositionOpener(int i) {
      if (i >= tokens.size() || segmentOf[i] >= 0) return false;
      Token t = tokens.get(i);
      String w = t.lower();
      // "pastor of the Fort Des Moines Church", "at a consulting firm": a role with its complement.
      boolean roleOf = !t.capitalized() && t.isWord() && i + 1 < tokens.size() && segmentOf[i + 1] < 0
          && (lexicon.is("joiner", tokens.get(i + 1).lower()) && !tokens.get(i + 1).lower().equals("and")) && !isStop(w);
      return roleOf || roleAhead(i) || w.equals("at") || lexicon.is("determiner", w) || lexicon.is("indefinite", w) || lexicon.is("apposition-opener", w)
          || Character.isDigit(t.text().charAt(0)) || lexicon.descriptors().contains(w)
          || lexicon.is("title-modifier", w) || (t.capitalized() && !isPronoun(w));
    }

    /**
     * "Senator Bob Corker, a Tennessee Republican who has met privately with Mr. Trump,": a name
     * followed by one or more appositions between commas, the closing comma included (as PolNeAR
     * marks it), ending at token {@code comma}; or null.
     */
    private int[] appositive(int comma, int floor) {
      int commas = 0;
      int[] found = null;
      for (int j = comma - 1; j > floor && comma - j < 45; j--) {
        if (segmentOf[j] >= 0) return found;
        String t = tokens.get(j).text();
        if (t.equals(";") || t.equals(":") || t.equals("\"")) return found;
        if (!t.equals(",")) continue;
        if (++commas > 4) return found;
        // An inner comma ("a Hollywood, Fla., rabbi") need not open anything; the name's must.
        if (!appositionOpener(j + 1)) continue;
        // "Paris, who used to work on Capitol Hill,": a capitalised word before "who" is a person,
        // whatever the tagger took it for.
        boolean who = tokens.get(j + 1).lower().equals("who") && tokens.get(j - 1).capitalized();
        if (who || isName(j - 1) || (tokens.get(j - 1).capitalized() && mentionAt(j - 1) != null
            && mentionAt(j - 1).type() != EntityType.LOCATION)
            || (tokens.get(j - 1).isWord() && lexicon.descriptors().contains(tokens.get(j - 1).lower()))
            || speakerPhraseEndingAt(j - 1, floor)) {
          int from = scanBack(j - 1, floor);
          if (from < 0) continue;
          // "Ana Ruiz, the attorney general of Arizona, one of the states suing,": a role phrase
          // may itself stand in apposition to a person named before it, who heads the source.
          if (found != null && !(who || (isName(j - 1) && mentionAt(j - 1).type() == EntityType.PERSON))) continue;
          found = new int[] {from, comma};
          if (isName(j - 1) && mentionAt(j - 1).type() == EntityType.PERSON) return found;
        }
      }
      return found;
    }

    /** "Authorities in North-Rhine Westphalia": a role or name heading a phrase that ends in a place. */
    private boolean speakerPhraseEndingAt(int last, int floor) {
      if (!tokens.get(last).isWord() || !tokens.get(last).capitalized()) return false;
      int from = scanBack(last, floor);
      for (int k = Math.max(from, 0); from >= 0 && k < last; k++) {
        if (lexicon.is("joiner", tokens.get(k).lower()) || lexicon.is("np-preposition", tokens.get(k).lower())) {
          for (int h = from; h < k; h++) if (isName(h) || lexicon.descriptors().contains(tokens.get(h).lower())) return true;
          return false;
        }
      }
      return false;
    }

    /** The full stop of a listed abbreviation ("Capt.", "Calif."). */
    private boolean abbreviation(int i) {
      return i > 0 && tokens.get(i).text().equals(".") && tokens.get(i - 1).end() == tokens.get(i).start()
          && lexicon.is("abbreviation", tokens.get(i - 1).lower());
    }

    /** A pronoun, a person or organisation's name, or a role noun: someone who can know or see. */
    private boolean personLike(int from, int to) {
      String w = tokens.get(to).lower();
      if (from == to && isPronoun(w)) return true;
      return isName(to) || lexicon.descriptors().contains(w);
    }

    /** A cue right after a quote, or after a comma that follows one: "…," said X. */
    private boolean isContentEdge(int i) {
      if (segmentOf[i] >= 0) return true;
      String t = tokens.get(i).text();
      return (t.equals(",") || t.equals("—") || t.equals("–")) && i > 0 && segmentOf[i - 1] >= 0;
    }

    private boolean participle(Found f) {
      return tokens.get(f.cueFrom).lower().endsWith("ing");
    }

    /**
     * "The town released a statement Wednesday saying": the words before the participle are what
     * the subject made (a document or an occasion), not who speaks.
     */
    private boolean objectOfVerb(int from, int to, Span range) {
      String head = tokens.get(to).lower();
      boolean made = lexicon.reports().contains(head) || lexicon.events().contains(head);
      return made && from > range.start() && tokens.get(from - 1).isWord() && !tokens.get(from - 1).capitalized();
    }

    /**
     * "Fiorina was upfront about …, saying", "The town released a statement saying": a name
     * opening the sentence speaks the participle.
     */
    private void sentenceSubject(Found f, Span range, boolean afterDocument) {
      if (!afterDocument && (f.cueFrom == 0 || !tokens.get(f.cueFrom - 1).text().equals(","))) return;
      int j = range.start();
      String first = tokens.get(j).lower();
      // "She sent an email saying": a pronoun opening the sentence does as well as a name.
      if ((lexicon.is("pronoun-singular", first) || lexicon.is("pronoun-plural", first)) && j + 1 < f.cueFrom
          && segmentOf[j] < 0 && tokens.get(j + 1).isWord() && !tokens.get(j + 1).capitalized()) {
        f.srcFrom = j;
        f.srcTo = j;
        return;
      }
      if (lexicon.is("determiner", first)) j++;
      int last = -1;
      while (j < f.cueFrom && segmentOf[j] < 0 && isName(j)) last = j++;
      if (last < 0 || last + 1 >= f.cueFrom || !tokens.get(last + 1).isWord()) return;
      f.srcFrom = range.start();
      f.srcTo = last;
    }

    /**
     * The subject opening the clause a cue belongs to, when the cue does not stand beside it:
     * "Trump doubled down on his comments and said", "She went on to attack Trump, saying",
     * "Clinton, speaking to reporters Tuesday, said". An opening phrase up to a comma ("In an
     * interview with the Journal, Trump …") is passed over. The subject ends at its last name or
     * role noun before the verb.
     */
    private void clauseSubject(Found f, Span range) {
      int j = range.start();
      int before = f.cueFrom;
      // "“…,” Blunt, after a long pause, said": the clause opens after the quote.
      while (j < before && (segmentOf[j] >= 0 || isDash(j))) j++;
      while (j < before && segmentOf[j] < 0 && !tokens.get(j).isWord()) j++;
      j = afterDateline(j, before);
      if (j < before && lexicon.is("connective", tokens.get(j).lower()) && !tokens.get(j).lower().equals("as")) j++;
      if (j >= before || segmentOf[j] >= 0) return;
      // "On Thursday, after remaining neutral, Warren endorsed Clinton, saying": opening phrases
      // up to their commas are passed over, and so is an adverb ("Then Trump went on, saying").
      for (int phrases = 0; phrases < 3 && j < before && segmentOf[j] < 0; phrases++) {
        if (lexicon.cueModifiers().contains(tokens.get(j).lower())) j++;
        if (j >= before || !(lexicon.is("opener", tokens.get(j).lower()) || lexicon.is("time", tokens.get(j).lower()))) break;
        int k = j;
        while (k < before && segmentOf[k] < 0 && !tokens.get(k).text().equals(",")) k++;
        if (k >= before - 1 || segmentOf[k] >= 0) return;
        j = k + 1;
      }
      String first = tokens.get(j).lower();
      if (lexicon.is("pronoun-singular", first) || lexicon.is("pronoun-plural", first)) {
        if (j + 1 < before) {
          f.srcFrom = j;
          f.srcTo = j;
          f.shared = true;
        }
        return;
      }
      int last = -1;
      for (int k = j; k < before && segmentOf[k] < 0 && k - j < MAX_SOURCE_TOKENS; k++) {
        Token t = tokens.get(k);
        if (!t.isWord()) {
          if (Tokens.abbreviationDot(tokens, k) || abbreviation(k) || t.text().equals("-")) continue;
          break;
        }
        String w = t.lower();
        if (k > j && !t.capitalized() && (w.endsWith("ed") || isCueWord(w))) break;
        if (!lexicon.is("joiner", w) && isStop(w)) break;
        if (isHead(k) && !lexicon.is("joiner", w) && !lexicon.is("determiner", w) && !lexicon.is("indefinite", w)) last = k;
      }
      if (last < 0 || last + 1 >= before) return;
      if (!(tokens.get(last).capitalized() || isName(last) || lexicon.descriptors().contains(tokens.get(last).lower())
          || lexicon.reports().contains(tokens.get(last).lower()))) return;
      f.srcFrom = j;
      f.srcTo = last;
      f.shared = true;
    }

    /**
     * The first token after a dateline opening the sentence ("WASHINGTON, Dec. 8 (UPI) — …"): a
     * place in capitals, then a comma, dot, bracket or dash ("ST. LOUIS —"), up to a dash within a few words; {@code j}
     * itself when there is none. An acronym heading a phrase ("UN envoy X toured … — …") is no
     * dateline.
     */
    private int afterDateline(int j, int before) {
      int caps = j;
      // "KYIV/BRUSSELS —": a report filed from two places
      while (caps < before && segmentOf[caps] < 0 && (allCapitals(tokens.get(caps).text())
          || caps > j && isMark(caps, "/") && caps + 1 < before && allCapitals(tokens.get(caps + 1).text()))) caps++;
      if (caps == j || caps >= before || !isMark(caps, ",", ".", "(", "—", "–", "-", "--")) return j;
      for (int k = caps; k < Math.min(before, j + 12) && segmentOf[k] < 0; k++) {
        if (isMark(k, "—", "–", "-", "--")) return k + 1;
      }
      return j;
    }

    private static boolean allCapitals(String word) {
      return word.length() >= 2 && Character.isLetter(word.charAt(0)) && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** "…, adding that …": the participle's source is the sentence's earlier speaker. */
    private void borrowSubject(Found f, List<Found> hits) {
      for (int k = hits.indexOf(f) - 1; k >= 0; k--) {
        Found prior = hits.get(k);
        if (prior.srcFrom >= 0) {
          f.srcFrom = prior.srcFrom;
          f.srcTo = prior.srcTo;
          f.apposition = prior.apposition;
          f.shared = true;
          return;
        }
      }
    }

    /**
     * The source description ending at token {@code end}: a pronoun, a name with its title
     * ("the pro-Kremlin war blogger Rybar"), a description ("Another Russian military blogger"),
     * or a name with an apposition ("Viktor Trehubov, head of communications for …,").
     */
    private int[] backwardSource(int end, int floor, Found f) {
      int[] src = backwardSpan(end, floor, f);
      // "Sen. Ted Cruz (R-Tex.) said": a short bracket after the name belongs to it.
      if (src != null && tokens.get(end).text().equals(")") && src[1] < end && end - src[1] <= 7
          && tokens.get(src[1] + 1).text().equals("(")) {
        src[1] = end;
      }
      // "Sen. Jack Reed (D-R.I.), said": the same with the closing comma, as PolNeAR marks it.
      boolean beforeTag = src != null && src[1] + 1 < end && tokens.get(src[1] + 1).text().equals("(");
      if ((src == null || beforeTag) && end - 1 > floor && tokens.get(end).text().equals(",") && tokens.get(end - 1).text().equals(")")) {
        int[] tagged = backwardSource(end - 1, floor, f);
        if (tagged != null && tagged[1] == end - 1) {
          tagged[1] = end;
          return tagged;
        }
      }
      return src;
    }

    private int[] backwardSpan(int end, int floor, Found f) {
      int last = skipAside(end, floor);
      // "The Kyiv Post on Thursday reported": the time is neither source nor cue.
      while (last >= floor && segmentOf[last] < 0 && lexicon.is("time", tokens.get(last).lower())) last--;
      if (last < floor) return null;
      boolean closingComma = tokens.get(last).text().equals(",");
      if (closingComma) {
        int[] app = appositive(last, floor);
        if (app != null) {
          f.apposition = true;
          return app;
        }
        last--;
      }
      if (last < floor || segmentOf[last] >= 0) return null;
      String lw = tokens.get(last).lower();
      if (!closingComma && isPronoun(lw)) return new int[] {last, last};
      // "water bottles that said, “…”": the relative pronoun is the source, as for "who".
      if (!closingComma && (lw.equals("that") || lw.equals("which")) && last == end && last > floor
          && tokens.get(last - 1).isWord() && !isCueWord(tokens.get(last - 1).lower()) && quoteFollows(f)) {
        return new int[] {last, last};
      }
      // "It says foreign nationals …": a document speaking, right before a speech cue.
      if (!closingComma && lw.equals("it") && last == end && f.cueClass == Lexicon.CueClass.SPEECH
          && !participle(f)) return new int[] {last, last};
      int[] share = share(last, floor);
      if (!closingComma && share != null) return share;
      int from = scanBack(last, floor);
      if (from < 0) return null;
      int described = closingComma ? -1 : relativeClauseHead(from, floor);
      if (described >= 0) return new int[] {widenShare(described, floor), last};
      // "Name, role said" / "Name, role, said": the name before the comma heads the source.
      if (from - 2 >= floor && tokens.get(from - 1).text().equals(",") && segmentOf[from - 2] < 0) {
        Token opener = tokens.get(from);
        boolean roleFirst = !opener.capitalized() || lexicon.is("determiner", opener.lower())
            || lexicon.is("indefinite", opener.lower());
        if (roleFirst && isName(from - 2)) {
          int nameFrom = scanBack(from - 2, floor);
          if (nameFrom >= 0) {
            f.apposition = true;
            return new int[] {nameFrom, last};
          }
        }
      }
      if (closingComma || !(isHead(last) || determined(from, last))) return null;
      // A lone capitalised word opening the sentence that the tagger took for no name is an
      // ordinary word ("Latest reports suggest").
      if (from == last && from == floor && tokens.get(from).capitalized() && mentionAt(from) == null && !knownSurname(from)
          && !lexicon.descriptors().contains(tokens.get(from).lower()) && !lexicon.reports().contains(tokens.get(from).lower())
          && !lexicon.is("quantifier", tokens.get(from).lower()) && !plainSpeech(f)) {
        return null;
      }
      return new int[] {widenShare(from, floor), last};
    }

    /**
     * "Residents who fled to X said", "a farmer who reached X said": words read back from a cue that
     * end a relative clause describe the person before "who", who speaks. The first token of that
     * person's description, or -1 when no such clause leads up to {@code from}.
     */
    private int relativeClauseHead(int from, int floor) {
      for (int j = from - 1; j > floor && from - j <= 8 && segmentOf[j] < 0 && tokens.get(j).isWord(); j--) {
        // Lower case only: "WHO officials" are the organisation's.
        if (!tokens.get(j).text().equals("who")) continue;
        boolean verb = verbLike(j + 1) || List.of("has", "had", "have", "was", "were", "is", "are").contains(tokens.get(j + 1).lower());
        int head = j - 1;
        if (!verb || segmentOf[head] >= 0 || !lexicon.descriptors().contains(tokens.get(head).lower())) return -1;
        return scanBack(head, floor);
      }
      return -1;
    }

    /**
     * Where a source starting at {@code from} starts once the share of the group it counts is
     * added: "Nine in 10 Democratic voters", "three-quarters of the voters", "a third", "only 49
     * percent of Republicans", "all the attendees", "more than 4 in 10".
     */
    private int widenShare(int from, int floor) {
      if (personAt(from)) return from;
      while (from - 1 >= floor && segmentOf[from - 1] < 0) {
        int j = from - 1;
        String w = tokens.get(j).lower();
        boolean number = number(from) || (isA(from) && from + 1 < tokens.size() && number(from + 1));
        if ((w.equals("of") || w.equals("in") || w.equals("out")) && j - 1 >= floor && segmentOf[j - 1] < 0 && counts(j - 1)) {
          from = j - 1;
        } else if (w.equals("of") && j - 2 >= floor && segmentOf[j - 2] < 0 && tokens.get(j - 1).lower().equals("out") && counts(j - 2)) {
          from = j - 2;
        } else if (number(j)) {
          from = j;
        } else if (number(from) && (isA(j) || w.equals("the"))) {
          from = j;
        } else if (number && lexicon.is("approximator", w) && !w.equals("just")) {
          from = j;
        } else if ((w.equals("all") || w.equals("both")) && lexicon.is("determiner", tokens.get(from).lower())) {
          from = j;
        } else if (number(from) && (w.equals("than") || w.equals("least")) && j - 1 >= floor && segmentOf[j - 1] < 0
            && List.of("more", "less", "fewer", "at").contains(tokens.get(j - 1).lower())) {
          from = j - 1;
        } else {
          break;
        }
      }
      return from;
    }

    private boolean isA(int i) {
      String w = tokens.get(i).lower();
      return w.equals("a") || w.equals("an");
    }

    /** A share word or number that may count a group ("all", "most", "Twenty-four", "10"). */
    private boolean counts(int i) {
      return number(i) || lexicon.is("quantifier", tokens.get(i).lower());
    }

    /** A number or a share ("10", "Twenty-four", "three-quarters", "majority"), no year. */
    private boolean number(int i) {
      String text = tokens.get(i).text();
      if (text.matches("1[89]\\d\\d|20\\d\\d")) return false;
      String w = text.toLowerCase(Locale.ROOT);
      return Character.isDigit(text.charAt(0)) || lexicon.is("fraction", w) || lexicon.is("fraction", w.replaceAll("^.*-", ""));
    }

    /**
     * A share of people as a source: "Six in 10 say", "42% say", "three-fourths say", "nearly
     * nine out of 10 said", "majorities in all five say". Null when {@code last} ends none.
     */
    private int[] share(int last, int floor) {
      Token t = tokens.get(last);
      String w = t.lower();
      boolean number = t.text().equals("%") || Character.isDigit(t.text().charAt(0))
          || lexicon.is("fraction", w) || lexicon.is("fraction", w.replaceAll("^.*-", ""));
      if (!number || segmentOf[last] >= 0) return null;
      int from = last;
      for (int j = last - 1; j >= floor && last - j < 8 && segmentOf[j] < 0; j--) {
        Token u = tokens.get(j);
        String x = u.lower();
        if (Character.isDigit(u.text().charAt(0)) || lexicon.is("fraction", x) || lexicon.is("quantifier", x)) {
          from = j;
        } else if (!(x.equals("in") || x.equals("out") || x.equals("of") || lexicon.is("approximator", x))) {
          break;
        }
      }
      while (from > floor && lexicon.is("approximator", tokens.get(from - 1).lower()) && segmentOf[from - 1] < 0) from--;
      return new int[] {from, last};
    }

    /** "King says …": a one-word speech verb right after the word, which no noun reading fits. */
    private boolean plainSpeech(Found f) {
      return f.cueFrom == f.cueTo && f.cueClass == Lexicon.CueClass.SPEECH && !participle(f)
          && lexicon.is("plain-speech", tokens.get(f.cueFrom).lower());
    }

    /**
     * Steps back over an aside between dashes or brackets ("Rybar - who is reported to have
     * close ties to Russia's Ministry of Defence - said"): the token before it, or {@code end}.
     */
    private int skipAside(int end, int floor) {
      String t = tokens.get(end).text();
      String open = switch (t) {
        case "-", "—", "–" -> t;
        case ")" -> "(";
        default -> null;
      };
      if (open == null || segmentOf[end] >= 0) return end;
      for (int j = end - 1; j >= floor && segmentOf[j] < 0; j--) {
        if (tokens.get(j).text().equals(open)) return j - 1;
      }
      return end;
    }

    /** The first token of the description ending at {@code last}, or -1. */
    private int scanBack(int last, int floor) {
      int from = -1;
      int j = last;
      while (j >= floor && segmentOf[j] < 0 && last - j < MAX_SOURCE_TOKENS) {
        Token t = tokens.get(j);
        if (!t.isWord()) {
          if (Tokens.abbreviationDot(tokens, j) || abbreviation(j)) {
            j--;
            continue;
          }
          // "a CNN/ORC poll", "Obama/Clinton": names joined by a slash are one description.
          if (t.text().equals("/") && from == j + 1 && j - 1 >= floor && segmentOf[j - 1] < 0
              && tokens.get(j - 1).isWord() && tokens.get(j - 1).capitalized() && tokens.get(j + 1).capitalized()) {
            j--;
            continue;
          }
          break;
        }
        String w = t.lower();
        // "James A. Baker", "F.A.A. records": a capital with its full stop is an initial, not "a" or "I".
        if (t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0)) && j + 1 < tokens.size()
            && tokens.get(j + 1).text().equals(".") && from == j + 2) {
          from = j;
          j--;
          continue;
        }
        if (lexicon.is("determiner", w) || lexicon.is("indefinite", w)) {
          from = j;
          // "head of the ministry": the description goes on past "of the".
          if (j - 2 >= floor && ofPhrase(j - 1) && (isTitleWord(j - 2) || lexicon.reports().contains(tokens.get(j - 2).lower())
              || lexicon.is("quantifier", tokens.get(j - 2).lower()) || madeBy(j - 1, floor) || placedPerson(j - 2, floor))) {
            j--;
            continue;
          }
          break;
        }
        if (w.equals("and") && from >= 0 && j - 1 >= floor && segmentOf[j - 1] < 0) {
          String before = tokens.get(j - 1).lower();
          // "he and Brafman said", "She and her aides have vowed": the pronoun speaks too.
          if (lexicon.is("pronoun-singular", before) || lexicon.is("pronoun-plural", before)) return j - 1;
          // "Martin O'Malley and Mike Huckabee announced": two names are one source.
          if (isName(j - 1) && (isName(from) || isTitleWord(from))) {
            j--;
            continue;
          }
        }
        // "people close to the campaign said"
        if (w.equals("to") && from >= 0 && j - 2 >= floor && segmentOf[j - 1] < 0 && tokens.get(j - 1).lower().equals("close")
            && tokens.get(j - 2).isWord() && !isStop(tokens.get(j - 2).lower())) {
          j -= 2;
          continue;
        }
        if (lexicon.is("joiner", w)) {
          // "head of communications for Ukraine's Joint Forces grouping"
          if (from < 0 || j - 1 < floor || segmentOf[j - 1] >= 0 || !tokens.get(j - 1).isWord()
              || isStop(tokens.get(j - 1).lower())) break;
          // "Blumenthal and Cohen", "aides and advisers", but not "asked for a photo and Holt".
          // "politicians and activists", "current and former officials", "polls and other research"
          if (w.equals("and") && !isTitleWord(j - 1) && !joinsGroups(j)) break;
          j--;
          continue;
        }
        if (lexicon.is("np-preposition", w)) {
          // "records compiled by the Center", "a survey conducted by Gallup": the document's maker.
          if (from >= 0 && madeBy(j, floor)) {
            j--;
            continue;
          }
          // "a study by Vanderbilt University", "a spokesman with the campaign"
          if (from < 0 || j - 1 < floor || segmentOf[j - 1] >= 0 || !tokens.get(j - 1).isWord()
              || !(lexicon.reports().contains(tokens.get(j - 1).lower()) || lexicon.descriptors().contains(tokens.get(j - 1).lower()))) break;
          j--;
          continue;
        }
        // "US Senator Jeff Sessions": capitals are an abbreviation, not the pronoun.
        boolean capitals = t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT));
        if (isStop(w) && !knownSurname(j) && !capitals) break;
        // A lowercase word modifies a lowercase head ("war blogger"), not a name: "a history
        // Ukrainian officials say" starts at "Ukrainian".
        if (from >= 0 && !t.capitalized() && !lexicon.descriptors().contains(w) && !t.text().contains("-")
            && !lexicon.is("title-modifier", w) && tokens.get(j + 1).capitalized() && !personAt(j + 1)) break;
        from = j;
        j--;
      }
      return from;
    }

    /** "an officer serving in the area", "a nurse based at the hospital": a participle placing the person before it. */
    private boolean placedPerson(int participle, int floor) {
      if (participle - 1 < floor || segmentOf[participle] >= 0 || segmentOf[participle - 1] >= 0) return false;
      String w = tokens.get(participle).lower();
      boolean placing = (w.endsWith("ing") || w.endsWith("ed")) && w.length() > 5 && !isCueWord(w);
      return placing && lexicon.descriptors().contains(tokens.get(participle - 1).lower());
    }

    /** "and" at {@code and} joining two groups or documents, or two time words before one ("current and former"). */
    private boolean joinsGroups(int and) {
      String before = tokens.get(and - 1).lower();
      String after = tokens.get(and + 1).lower();
      if (List.of("current", "former", "past", "present").contains(before)) return true;
      boolean group = lexicon.descriptors().contains(before) || lexicon.reports().contains(before);
      return group && before.endsWith("s") && !tokens.get(and - 1).capitalized() && !tokens.get(and + 1).capitalized()
          && !isStop(after);
    }

    /** "by" at {@code by} after a document and its making ("records compiled by", "a poll conducted by"). */
    private boolean madeBy(int by, int floor) {
      if (!tokens.get(by).lower().equals("by") || by - 2 < floor || segmentOf[by - 1] >= 0 || segmentOf[by - 2] >= 0) return false;
      String w = tokens.get(by - 1).lower();
      boolean participle = (w.endsWith("ed") && w.length() > 4 && !isCueWord(w)) || w.equals("run") || w.equals("led")
          || w.equals("done") || w.equals("written") || w.equals("drawn");
      return participle && lexicon.reports().contains(tokens.get(by - 2).lower());
    }

    /** "of", "for", "by", "among": a preposition that may join a head noun to its complement. */
    private boolean ofPhrase(int i) {
      String w = tokens.get(i).lower();
      return segmentOf[i] < 0 && (lexicon.is("joiner", w) || lexicon.is("np-preposition", w));
    }

    /** The source description starting at token {@code start}, or null. */
    private int[] forwardSource(int start, int ceiling, boolean inverted) {
      return forwardSource(start, ceiling, inverted, false);
    }

    /**
     * @param lenient whether any phrase of two words or more will do ("according to FEC
     *     filings"): the cue itself says a source follows
     */
    private int[] forwardSource(int start, int ceiling, boolean inverted, boolean lenient) {
      if (start >= ceiling || segmentOf[start] >= 0) return null;
      Token first = tokens.get(start);
      if (!first.isWord()) return null;
      if (isPronoun(first.lower())) return lexicon.is("pronoun-relative", first.lower()) ? null : new int[] {start, start};
      // "“…,” read one.": after a quote, a lone "one" or "another" stands for a speaker already described.
      String fw = first.lower();
      if (inverted && (fw.equals("one") || fw.equals("another")) && (start + 1 >= ceiling || !tokens.get(start + 1).isWord())) {
        return new int[] {start, start};
      }
      int j = start;
      if (lexicon.is("determiner", first.lower()) || lexicon.is("indefinite", first.lower())) j++;
      int last = -1;
      // Past "in the city's", the words complete the phrase ("a trader in the city's central market").
      boolean complement = false;
      while (j < ceiling && segmentOf[j] < 0 && j - start < MAX_SOURCE_TOKENS) {
        Token t = tokens.get(j);
        if (!t.isWord()) {
          if (Tokens.abbreviationDot(tokens, j) || abbreviation(j)) {
            j++;
            continue;
          }
          break;
        }
        String w = t.lower();
        if (last >= 0 && occasionAt(j, ceiling)) break;
        if (lexicon.is("joiner", w) || lexicon.is("determiner", w)) {
          if (last < 0 || j + 1 >= ceiling || !(isTitleWord(j + 1) || lexicon.is("determiner", tokens.get(j + 1).lower()))) break;
          complement |= lexicon.is("joiner", w);
          j++;
          continue;
        }
        // "said Will Doyle": a word the tagger reads as part of a person's name is no stop word.
        boolean inName = t.capitalized() && (personAt(j) || knownSurname(j));
        if (!inName && (isStop(w) || (lexicon.is("time", w) && t.capitalized()) || isCueWord(w))) break;
        // "the ad's narrator", "party boss Reince Priebus", "former tech executive Carly Fiorina":
        // a noun after a possessive or before a person's name goes on describing the source.
        boolean describes = tokens.get(j - 1).possessive() || personAhead(j + 1, ceiling);
        if (inverted && !t.capitalized() && !lexicon.descriptors().contains(w) && last >= 0 && !isTitleWord(j) && !describes
            && !complement) break;
        last = j;
        j++;
      }
      if (last < 0) return null;
      if (!(isHead(last) || determined(start, last) || (lenient && last > start))) return null;
      return new int[] {start, last};
    }

    /**
     * Whether a person's name starts within a few words from token {@code i}, with only plain
     * words before it ("tech executive Carly Fiorina", "master of ceremonies Asab Al-Tabchi").
     */
    private boolean personAhead(int i, int ceiling) {
      for (int k = i; k < Math.min(ceiling, i + 4) && segmentOf[k] < 0 && tokens.get(k).isWord(); k++) {
        if (personAt(k)) return true;
        String w = tokens.get(k).lower();
        if (isStop(w) || isCueWord(w) || lexicon.is("time", w)) return false;
      }
      return false;
    }

    /** "in a statement", "in his speech", "on Twitter": the occasion of a statement, not its source. */
    private boolean occasionAt(int j, int ceiling) {
      if (!lexicon.is("event-preposition", tokens.get(j).lower())) return false;
      int k = j + 1;
      if (k < ceiling && (lexicon.is("determiner", tokens.get(k).lower()) || lexicon.is("indefinite", tokens.get(k).lower()))) k++;
      for (int n = 0; n < 3 && k < ceiling && segmentOf[k] < 0 && tokens.get(k).isWord(); n++, k++) {
        if (lexicon.events().contains(tokens.get(k).lower())) return true;
      }
      return false;
    }

    /** "the gambling tycoon": an article makes a noun phrase of any words after it. */
    private boolean determined(int from, int last) {
      String w = tokens.get(from).lower();
      // "She and her husband": a pronoun joined to a description determines it as well.
      boolean pronounAnd = (lexicon.is("pronoun-singular", w) || lexicon.is("pronoun-plural", w))
          && from + 2 < last && tokens.get(from + 1).lower().equals("and");
      return last > from && (lexicon.is("determiner", w) || lexicon.is("indefinite", w) || pronounAnd);
    }

    /** A word that can end a source description: a name, a role noun, or a pronoun. */
    private boolean isHead(int i) {
      Token t = tokens.get(i);
      return t.isWord() && (t.capitalized() || lexicon.descriptors().contains(t.lower())
          || lexicon.reports().contains(t.lower()) || lexicon.outlets().contains(t.lower()) || mentionAt(i) != null);
    }

    private boolean isTitleWord(int i) {
      if (i < 0 || i >= tokens.size() || segmentOf[i] >= 0) return false;
      Token t = tokens.get(i);
      return t.isWord() && (t.capitalized() || t.possessive() || lexicon.descriptors().contains(t.lower()));
    }

    /**
     * A capitalised word the tagger missed here that ends a person's name elsewhere in the
     * article: "Pence replied", "Will wrote" after "George Will".
     */
    private boolean knownSurname(int i) {
      Token t = tokens.get(i);
      return t.capitalized() && segmentOf[i] < 0 && surnames.contains(t.lower());
    }

    private boolean personAt(int i) {
      Mention m = segmentOf[i] < 0 ? mentionAt(i) : null;
      return m != null && m.type() == EntityType.PERSON;
    }

    private boolean isName(int i) {
      Mention m = mentionAt(i);
      return m != null && (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION);
    }

    private boolean isPronoun(String w) {
      return lexicon.is("pronoun-singular", w) || lexicon.is("pronoun-plural", w) || lexicon.is("pronoun-relative", w);
    }

    private boolean isStop(String w) {
      return lexicon.is("stop", w) || lexicon.is("subordinator", w) || lexicon.is("passive", w)
          || lexicon.is("pronoun-singular", w) || lexicon.is("pronoun-plural", w) || isCueWord(w);
    }

    private boolean isCueWord(String w) {
      return oneWordCues.contains(w);
    }

    /** The mention covering token {@code i}, if any. */
    private Mention mentionAt(int i) {
      return mentionOf[i];
    }

    /** The first mention overlapping each token, read in one pass over the sorted mentions. */
    private Mention[] mentionsByToken() {
      Mention[] out = new Mention[tokens.size()];
      List<Mention> ms = annotations.mentions();
      int from = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        while (from < ms.size() && ms.get(from).end() <= t.start()) from++;
        for (int k = from; k < ms.size() && ms.get(k).start() < t.end(); k++) {
          Mention m = ms.get(k);
          if (t.start() < m.end()) {
            out[i] = m;
            break;
          }
        }
      }
      return out;
    }

    // ---- contents ------------------------------------------------------------------------

    private void content(Found f, Span range, Found previous, Found next) {
      f.paragraph = paragraphOf[f.cueFrom];
      int after = afterClause(f, range);
      f.clauseEnd = Math.max(f.clauseEnd, after);
      int lower = previous == null || closesSentence(f) ? range.start() : Math.max(previous.clauseEnd, range.start());
      int upper = next == null ? range.end() : next.clauseStart();

      // A quote just before the clause: "…," Trehubov said. It may close the sentence before
      // ("… a pathetic figure!" he wrote.), so look back to the paragraph's start.
      int floor = previous == null ? firstToken(paragraphs.get(f.paragraph).start()) : previous.clauseEnd;
      int b = f.clauseStart() - 1;
      while (b >= floor && segmentOf[b] < 0 && isDash(b)) b--;
      // "“…,” Blunt, after a long pause, said": the subject read over the aside follows the quote.
      if (f.shared && f.srcFrom >= 0 && f.srcFrom < f.cueFrom && (b < floor || segmentOf[b] < 0)) {
        int c = f.srcFrom - 1;
        while (c >= floor && segmentOf[c] < 0 && isDash(c)) c--;
        if (c >= floor && segmentOf[c] >= 0) b = c;
      }
      // A quote an earlier cue holds only as part of its reported speech ("Ruiz said she stayed
      // because “…,” she said.") is the direct quote of the cue right after it.
      if (b >= floor && segmentOf[b] >= 0
          && (claimedBy[segmentOf[b]] == null || claimedBy[segmentOf[b]].quoteKind == Quote.Kind.PARTIAL)
          && segments.get(segmentOf[b]).paragraph() == f.paragraph && f.kind != CueKind.SOURCE_AFTER) {
        direct(f, segmentOf[b]);
        return;
      }
      // A quote just after it: X said: "…"
      int a = f.clauseEnd;
      while (a < range.end() && segmentOf[a] < 0 && isLeadIn(a)) a++;
      if (a < tokens.size() && segmentOf[a] >= 0 && claimedBy[segmentOf[a]] == null
          && (a < range.end() || atParagraphEndAfterColon(f.clauseEnd, a))
          && onlyGlueUntil(segments.get(segmentOf[a]).end(), upper)) {
        direct(f, segmentOf[a]);
        return;
      }
      int from;
      int to;
      boolean before = f.kind == CueKind.SOURCE_AFTER
          ? !onlyGlue(lower, f.clauseStart())
          : onlyPunctuation(f.clauseEnd, range.end());
      if (before) {
        // "VILNIUS — Lithuania will …, the minister said": the dateline is the report's, not the speaker's.
        from = afterDateline(lower, f.clauseStart());
        to = f.clauseStart();
      } else {
        from = f.clauseEnd;
        to = beforeCaveat(from, upper);
      }
      Span span = trim(from, to);
      // "reported that officials say …": the content holds the attribution nested in it.
      if (!before && next != null && (span == null || onlyGlue(from, to))) span = trim(from, range.end());
      if (span == null) return;
      // "The rebels, residents said, entered the town" and "The rebels entered the town,
      // residents said, a day after …": a cue set off by commas inside the clause it reports
      // reports the words on both sides.
      if (!before && f.kind != CueKind.SOURCE_AFTER && f.srcFrom >= 0 && f.srcFrom < f.cueFrom && !f.shared
          && f.clauseStart() > lower && isMark(f.clauseStart() - 1, ",") && f.clauseEnd < range.end() && isMark(f.clauseEnd, ",")) {
        Span head = trim(afterDateline(lower, f.clauseStart()), f.clauseStart());
        if (head != null && tokenCount(head) >= 2) f.parts.add(head);
      }
      f.parts.add(span);
      f.quoteKind = Quote.Kind.INDIRECT;
      for (int s = 0; s < segments.size(); s++) {
        Segment seg = segments.get(s);
        if (claimedBy[s] == null && seg.start() >= span.start() && seg.end() <= span.end()) {
          claimedBy[s] = f;
          f.quoteKind = Quote.Kind.PARTIAL;
        }
      }
    }

    /** The comma opening a reporter's remark on the content in [from, to) ({@link #caveat}), or {@code to}. */
    private int beforeCaveat(int from, int to) {
      for (int i = from + 1; i < to; i++) {
        if (segmentOf[i] >= 0 || !isMark(i, ",")) continue;
        var m = caveat.matcher(text).region(tokens.get(i).start(), Math.min(text.length(), tokens.get(i).start() + 80));
        if (m.lookingAt()) return i;
      }
      return to;
    }

    /** The words in {@code span}. */
    private int tokenCount(Span span) {
      int n = 0;
      for (int i = firstToken(span.start()); i < tokens.size() && tokens.get(i).start() < span.end(); i++) if (tokens.get(i).isWord()) n++;
      return n;
    }

    /** Tokens after the cue and source that belong to neither content: addressee, time, event. */
    private int afterClause(Found f, Span range) {
      int j = Math.max(f.clauseEnd, f.cueTo + 1);
      if (f.kind == CueKind.TELL && j < range.end() && segmentOf[j] < 0 && tokens.get(j).isWord()
          && !lexicon.is("subordinator", tokens.get(j).lower())) {
        int[] addressee = forwardSource(j, range.end(), false);
        if (lexicon.is("addressee-pronoun", tokens.get(j).lower()) || bareNounBeforeThat(j, range.end())) {
          // "told me the soldiers came back", "told parliament that": a pronoun or a bare noun.
          j++;
        } else if (addressee != null) {
          if (isOutlet(addressee[0], addressee[1])) {
            addCitation(Citation.Kind.OUTLET, addressee[0], addressee[1], null, tokens.get(f.cueFrom).text());
          }
          j = addressee[1] + 1;
        }
        // "told TCNA by phone that": how the words reached the addressee.
        if (j + 1 < range.end() && segmentOf[j] < 0 && tokens.get(j).lower().equals("by")
            && lexicon.is("medium", tokens.get(j + 1).lower())) {
          j += 2;
        }
      }
      // "reported to President Putin on Thursday", "said to reporters": whom the words were
      // spoken to is neither the source nor the content.
      if (f.kind != CueKind.TELL && f.cueClass == Lexicon.CueClass.SPEECH && j + 1 < range.end() && segmentOf[j] < 0
          && segmentOf[j + 1] < 0 && tokens.get(j).lower().equals("to") && addresseeOpening(j + 1)) {
        int[] addressee = forwardSource(j + 1, range.end(), false);
        if (addressee != null) j = addressee[1] + 1;
      }
      while (j < range.end() && segmentOf[j] < 0 && lexicon.is("time", tokens.get(j).lower())) j++;
      int event = event(j, range.end(), f);
      return event > j ? event : namedSettingBeforeThat(j, range.end());
    }

    /** A lower-case word right before "that" after a cue: the addressee of "told parliament that". */
    private boolean bareNounBeforeThat(int i, int ceiling) {
      return i + 1 < ceiling && segmentOf[i + 1] < 0 && tokens.get(i).isWord() && !tokens.get(i).capitalized()
          && !lexicon.is("time", tokens.get(i).lower()) && tokens.get(i + 1).lower().equals("that");
    }

    /** A name, or a noun phrase opened by a determiner ("the crowd", "his troops"), not a verb ("said to be"). */
    private boolean addresseeOpening(int i) {
      Token t = tokens.get(i);
      return t.isWord() && (t.capitalized() || lexicon.is("determiner", t.lower()) || lexicon.is("indefinite", t.lower())
          || t.lower().equals("reporters") || t.lower().equals("journalists"));
    }

    /**
     * "wrote on X that …", "said in Geneva that …": a name of one to three words after a
     * preposition, right before "that", is where the words were said, in neither the source nor
     * the content. Returns the index of "that", or {@code at} when there is no such setting.
     */
    private int namedSettingBeforeThat(int at, int ceiling) {
      // The preposition may have been passed over as a time word ("on") or may stand here ("in").
      int name = at < ceiling && segmentOf[at] < 0 && lexicon.is("event-preposition", tokens.get(at).lower()) ? at + 1 : at;
      if (name == at && (at == 0 || !lexicon.is("event-preposition", tokens.get(at - 1).lower()))) return at;
      int k = name;
      while (k < ceiling && k < name + 3 && segmentOf[k] < 0 && tokens.get(k).isWord() && tokens.get(k).capitalized()) k++;
      boolean that = k > name && k < ceiling && segmentOf[k] < 0 && tokens.get(k).lower().equals("that");
      return that ? k : at;
    }

    /**
     * An occasion after a cue, recorded as an event citation: "during a televised briefing
     * carried by Ukrainian state media", "in an interview with Reuters", "in a statement".
     *
     * @return the token after the occasion, or {@code at} when there is none
     */
    private int event(int at, int ceiling, Found f) {
      if (at >= ceiling || segmentOf[at] >= 0 || !lexicon.is("event-preposition", tokens.get(at).lower())) return at;
      int j = at + 1;
      if (j < ceiling && (lexicon.is("determiner", tokens.get(j).lower()) || lexicon.is("indefinite", tokens.get(j).lower()))) j++;
      int nounFrom = j;
      int nounTo = -1;
      for (int k = j; k < Math.min(ceiling, j + 4) && segmentOf[k] < 0 && tokens.get(k).isWord(); k++) {
        String w = tokens.get(k).lower();
        String two = k + 1 < ceiling ? w + " " + tokens.get(k + 1).lower() : "";
        if (lexicon.events().contains(two)) {
          nounTo = k + 1;
          break;
        }
        if (lexicon.events().contains(w)) {
          nounTo = k;
          break;
        }
      }
      if (nounTo < 0) return at;
      // "a video message": the occasion's noun is the last of those in a row.
      while (nounTo + 1 < ceiling && segmentOf[nounTo + 1] < 0 && lexicon.events().contains(tokens.get(nounTo + 1).lower())) nounTo++;
      int end = nounTo + 1;
      String via = null;
      int viaFrom = -1;
      int viaTo = -1;
      // "carried by state media", "posted on its Telegram channel"
      if (end + 1 < ceiling && lexicon.is("channel-verb", tokens.get(end).lower())
          && (tokens.get(end + 1).lower().equals("by") || tokens.get(end + 1).lower().equals("on"))) {
        int[] np = forwardSource(end + 2, ceiling, false);
        if (np != null) {
          viaFrom = np[0];
          viaTo = np[1];
        }
      } else if (end + 2 < ceiling && lexicon.is("channel-verb", tokens.get(end).lower())
          && tokens.get(end + 1).lower().equals("to") && segmentOf[end + 2] < 0) {
        // "in a voice message sent to journalists that …": whom the occasion was addressed to
        // belongs to it, not to what was said.
        int[] np = addresseeOpening(end + 2) ? forwardSource(end + 2, ceiling, false) : null;
        if (np != null) {
          end = np[1] + 1;
        } else if (bareNounBeforeThat(end + 2, ceiling)) {
          end = end + 3;
        }
      } else if (end < ceiling && (tokens.get(end).lower().equals("with") || tokens.get(end).lower().equals("on"))) {
        int[] np = forwardSource(end + 1, ceiling, false);
        if (np != null) {
          viaFrom = np[0];
          viaTo = np[1];
        }
      }
      if (viaFrom >= 0) {
        via = strip(viaFrom, viaTo);
        end = viaTo + 1;
      }
      String target = text.substring(tokens.get(nounFrom).start(), tokens.get(nounTo).end());
      Span span = new Span(tokens.get(nounFrom).start(), tokens.get(nounTo).end());
      citations.putIfAbsent("event|" + target.toLowerCase(Locale.ROOT) + "|" + via,
          new Citation(Citation.Kind.EVENT, target, null, via, tokens.get(at).text(), span));
      return end;
    }

    private void direct(Found f, int segment) {
      f.quoteKind = Quote.Kind.DIRECT;
      claim(f, segment);
      // Quotes later in the paragraph that no other cue claims carry on: "…," he said. "…"
      for (int s = segment + 1; s < segments.size(); s++) {
        Segment seg = segments.get(s);
        if (seg.paragraph() != f.paragraph || claimedBy[s] != null
            || cueBetween(segments.get(s - 1).end(), seg.start(), f) || hasOwnCue(seg, f)
            || !afterBreak(seg) || namedBeforeColon(seg)) break;
        claim(f, s);
      }
    }

    /** "… Brenner: “…”": a quote introduced by another name and a colon is that name's, not carried on. */
    private boolean namedBeforeColon(Segment seg) {
      int colon = firstToken(seg.start()) - 1;
      return colon >= 1 && isMark(colon, ":") && paragraphOf[colon] == seg.paragraph()
          && (isName(colon - 1) || knownSurname(colon - 1));
    }

    /**
     * Whether a quote follows a break that can carry a speaker's words on ("…," he said. "…" or
     * he said, "…"), not a word that makes it a name or title ("on the podcast "Rural Hour."").
     */
    private boolean afterBreak(Segment seg) {
      int first = firstToken(seg.start());
      if (first == 0 || paragraphOf[first - 1] != seg.paragraph()) return true;
      Token before = tokens.get(first - 1);
      return segmentOf[first - 1] >= 0 || ".,:;!?—–-".contains(before.text());
    }

    /** "…," Tom Reed said: a cue after the quote in its own sentence, which will claim it. */
    private boolean hasOwnCue(Segment seg, Found f) {
      int after = firstToken(seg.end());
      if (after >= tokens.size() || tokens.get(after).start() < seg.end() || after == 0) return false;
      if (paragraphOf[after] != seg.paragraph() || sentenceOf[after] != sentenceOf[after - 1]) return false;
      Span sentence = sentenceTokens.get(sentenceOf[after]);
      if (sentence == null || sentence.end() - 1 < after) return false;
      return cueBetween(seg.end(), tokens.get(sentence.end() - 1).end(), f);
    }

    private void claim(Found f, int segment) {
      claimedBy[segment] = f;
      f.parts.add(segments.get(segment).span());
    }

    /** Whether a cue other than f's lies between two offsets, which ends a carried-on quote. */
    private boolean cueBetween(int from, int to, Found f) {
      for (int i = firstToken(from); i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() >= to) break;
        if (i >= f.cueFrom && i <= f.cueTo) continue;
        if (segmentOf[i] < 0 && t.isWord() && isCueWord(t.lower())) return true;
      }
      return false;
    }

    /**
     * Joins quotes no cue claimed to the quote they carry on. A quote with no speaker in reach is
     * left out: an analyst cannot weigh words without knowing whose they are.
     */
    private void carryOn() {
      // A quote opened in one paragraph and carried into the next, where its cue stands.
      for (int s = segments.size() - 2; s >= 0; s--) {
        if (claimedBy[s] == null && segments.get(s).continues() && claimedBy[s + 1] != null
            && claimedBy[s + 1].quoteKind == Quote.Kind.DIRECT) {
          claim(claimedBy[s + 1], s);
        }
      }
      List<Found> added = new ArrayList<>();
      for (int s = 0; s < segments.size(); s++) {
        if (claimedBy[s] != null) continue;
        Segment seg = segments.get(s);
        boolean opensParagraph = seg.start() == paragraphs.get(seg.paragraph()).start();
        if (s > 0 && claimedBy[s - 1] != null && segments.get(s - 1).continues() && opensParagraph) {
          Found owner = claimedBy[s - 1];
          claim(owner, s);
          continue;
        }
        Found previous = opensParagraph ? lastDirectIn(seg.paragraph() - 1, added) : null;
        int first = firstToken(seg.start());
        if (previous != null) {
          Found c = new Found(-1, -1, CueKind.SUBJECT, Lexicon.CueClass.SPEECH, sentenceOf[first]);
          c.carriesOn = previous.carriesOn != null ? previous.carriesOn : previous;
          c.paragraph = seg.paragraph();
          c.quoteKind = Quote.Kind.DIRECT;
          direct(c, s);
          added.add(c);
        }
      }
      found.addAll(added);
    }

    private Found lastDirectIn(int paragraph, List<Found> added) {
      if (paragraph < 0) return null;
      Found last = null;
      for (List<Found> list : List.of(found, added)) {
        for (Found f : list) {
          if (f.parts.isEmpty()) continue;
          Span end = f.parts.get(f.parts.size() - 1);
          int p = paragraphOf[firstToken(end.start())];
          if (p == paragraph && (last == null || end.start() > last.parts.get(last.parts.size() - 1).start())) last = f;
        }
      }
      boolean speaks = last != null && (last.srcFrom >= 0 || last.carriesOn != null);
      if (!speaks) return null;
      if (last.quoteKind == Quote.Kind.DIRECT) return last;
      // Reported speech closing the paragraph, by a person: "Sanders said the system is rigged."
      // then a paragraph of quote alone.
      Span end = last.parts.get(last.parts.size() - 1);
      boolean closes = onlyPunctuation(firstToken(end.end()), firstToken(paragraphs.get(paragraph).end()));
      return closes && last.srcFrom >= 0 && personLike(last.srcFrom, last.srcTo) ? last : null;
    }

    // ---- citations -----------------------------------------------------------------------

    private void cite(Found f) {
      String cue = text.substring(tokens.get(f.cueFrom).start(), tokens.get(f.cueTo).end());
      int from = f.srcFrom;
      int to = f.srcTo;
      if (f.apposition) return; // a person with a role: a quote, not a relayed outlet
      if (isOutlet(from, to)) {
        addCitation(Citation.Kind.OUTLET, from, to, f.speaker == null ? null : f.speaker.entityId(), cue);
      } else if (lexicon.reports().contains(tokens.get(to).lower()) && !organisationNameTail(from, to)) {
        addCitation(Citation.Kind.REPORT, from, to, null, cue);
      } else if (f.kind == CueKind.SOURCE_AFTER) {
        addCitation(Citation.Kind.PERSON, from, to, f.speaker == null ? null : f.speaker.entityId(), cue);
      }
    }

    /**
     * Whether a capitalised report word ends an organisation's name, "Institute for Security
     * Studies": a researcher there is quoted, no study is relayed.
     */
    private boolean organisationNameTail(int from, int to) {
      return to - 2 >= from && tokens.get(to).capitalized() && tokens.get(to - 1).capitalized()
          && Set.of("for", "of").contains(tokens.get(to - 2).lower());
    }

    private boolean isOutlet(int from, int to) {
      String last = tokens.get(to).lower().replaceAll("['’]s?$", "");
      // "the civil protection agency" is a public body; "the news agency", "Anadolu Agency" outlets.
      if (last.equals("agency") && !tokens.get(to).capitalized()
          && (to == from || !Set.of("news", "press", "wire").contains(tokens.get(to - 1).lower()))) return false;
      if (lexicon.outlets().contains(last) && (tokens.get(to).capitalized() || to > from)) return true;
      return lexicon.outlets().contains(strip(from, to).toLowerCase(Locale.ROOT));
    }

    private void addCitation(Citation.Kind kind, int from, int to, String entityId, String cue) {
      String target = strip(from, to);
      int start = tokens.get(from).start();
      if (lexicon.is("determiner", tokens.get(from).lower()) || lexicon.is("indefinite", tokens.get(from).lower())) {
        start = tokens.get(Math.min(to, from + 1)).start();
      }
      Span span = new Span(start, tokens.get(to).end());
      if (entityId == null) {
        Mention m = mentionAt(to);
        if (m != null && m.type() != EntityType.LOCATION) entityId = m.entityId();
      }
      citations.putIfAbsent(kind + "|" + target.toLowerCase(Locale.ROOT),
          new Citation(kind, target, entityId, null, cue, span));
    }

    /** The words from token {@code from} to {@code to}, without a leading article. */
    private String strip(int from, int to) {
      int f = from;
      if (f < to && (lexicon.is("determiner", tokens.get(f).lower()) || lexicon.is("indefinite", tokens.get(f).lower()))) f++;
      return text.substring(tokens.get(f).start(), tokens.get(to).end());
    }

    // ---- building quotes -----------------------------------------------------------------

    private Quote quote(Found f) {
      f.parts.sort(Comparator.comparingInt(Span::start));
      List<String> pieces = new ArrayList<>();
      for (Span p : f.parts) pieces.add(f.quoteKind == Quote.Kind.DIRECT ? unquote(p) : text.substring(p.start(), p.end()));
      Span span = new Span(f.parts.get(0).start(), f.parts.get(f.parts.size() - 1).end());
      Span speakerSpan = null;
      String description = null;
      if (f.carriesOn != null) {
        Found origin = f.carriesOn;
        description = origin.srcFrom < 0 ? null
            : text.substring(tokens.get(origin.srcFrom).start(), tokens.get(origin.srcTo).end());
      } else if (f.srcFrom >= 0) {
        speakerSpan = new Span(tokens.get(f.srcFrom).start(), tokens.get(f.srcTo).end());
        description = text.substring(speakerSpan.start(), speakerSpan.end());
      }
      String cue = null;
      Span cueSpan = null;
      if (f.cueFrom >= 0) {
        int from = f.cueFrom;
        while (from - 1 >= 0 && from - 1 != f.srcTo && (isModifier(from - 1) || progressiveAux(from - 1, f))) from--;
        cueSpan = new Span(tokens.get(from).start(), tokens.get(f.cueTo).end());
        cue = text.substring(cueSpan.start(), cueSpan.end());
      }
      String speakerId = f.speaker == null ? null : f.speaker.entityId();
      return new Quote(String.join(" ", pieces), span, f.parts, f.quoteKind, speakerId, description,
          speakerSpan, cue, cueSpan, f.sentence < 0 ? 0 : f.sentence);
    }

    /** A quoted stretch without its marks and the spaces inside them. */
    private String unquote(Span p) {
      int s = p.start();
      int e = p.end();
      if (text.startsWith("''", s) && text.startsWith("''", e - 2) && e - s >= 4) {
        s += 2;
        e -= 2;
      }
      if (s < e && QuoteMarks.isOpener(text.charAt(s))) s++;
      if (e > s && "\"”»“".indexOf(text.charAt(e - 1)) >= 0) e--;
      return text.substring(s, e).strip();
    }

    // ---- small helpers -------------------------------------------------------------------

    private boolean inQuote(int offset) {
      for (Segment s : segments) {
        if (s.start() <= offset && offset < s.end()) return true;
        if (s.start() > offset) break;
      }
      return false;
    }

    /** The first token starting at or after {@code offset}; the token count when none does. */
    private int tokenAfter(int offset) {
      int i = firstToken(offset);
      return i < tokens.size() && tokens.get(i).start() >= offset ? i : tokens.size();
    }

    private int firstToken(int offset) {
      int lo = 0;
      int hi = tokens.size() - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).start() < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }

    private boolean isDash(int i) {
      String t = tokens.get(i).text();
      return t.equals(",") || t.equals("—") || t.equals("–") || t.equals("-");
    }

    /** Words between a cue and its quote: "said:", "said that", "told reporters,". */
    private boolean isLeadIn(int i) {
      String t = tokens.get(i).lower();
      return t.equals(":") || t.equals(",") || t.equals("that") || t.equals("—");
    }

    private boolean atParagraphEndAfterColon(int clauseEnd, int quoteToken) {
      return clauseEnd < tokens.size() && tokens.get(clauseEnd).text().equals(":")
          && paragraphOf[quoteToken] == paragraphOf[clauseEnd] + 1
          && segments.get(segmentOf[quoteToken]).start() == paragraphs.get(paragraphOf[quoteToken]).start();
    }

    /** Whether only punctuation and joining words lie between an offset and token {@code upper}. */
    private boolean onlyGlueUntil(int offset, int upper) {
      for (int i = firstToken(offset); i < Math.min(upper, tokens.size()); i++) {
        Token t = tokens.get(i);
        if (t.start() < offset) continue;
        if (t.isWord() && !lexicon.is("connective", t.lower())) return false;
      }
      return true;
    }

    private boolean onlyGlue(int from, int to) {
      for (int i = from; i < to; i++) {
        Token t = tokens.get(i);
        if (t.isWord() && !lexicon.is("connective", t.lower()) && !lexicon.is("stop", t.lower())) return false;
      }
      return true;
    }

    private boolean onlyPunctuation(int from, int to) {
      for (int i = from; i < to; i++) if (tokens.get(i).isWord()) return false;
      return true;
    }

    /** The span of tokens [from, to) without edge punctuation and joining words; null if empty. */
    private Span trim(int from, int to) {
      int f = from;
      int t = to - 1;
      while (f <= t && (edge(f) || lexicon.is("connective", tokens.get(f).lower()))) f++;
      while (t >= f && (edge(t) || lexicon.is("connective", tokens.get(t).lower())
          || t > f && tokens.get(t).lower().equals("which") && isMark(t - 1, ","))) t--;
      if (f > t) return null;
      boolean anyWord = false;
      for (int i = f; i <= t && !anyWord; i++) anyWord = tokens.get(i).isWord();
      return anyWord ? new Span(tokens.get(f).start(), tokens.get(t).end()) : null;
    }

    private boolean edge(int i) {
      Token t = tokens.get(i);
      if (t.isWord()) return false;
      char c = t.text().charAt(0);
      if (segmentOf[i] >= 0) {
        // A quote mark stays with the quote it opens or closes.
        Segment s = segments.get(segmentOf[i]);
        return t.start() != s.start() && t.end() != s.end();
      }
      return c != '(' && c != ')' && c != '$' && c != '%';
    }
  }
}
