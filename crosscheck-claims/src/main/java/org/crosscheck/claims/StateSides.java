package org.crosscheck.claims;

import static org.crosscheck.claims.ClaimExtractor.LEADING_THE;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;

/**
 * The state a source stands for when it is named as an institution without a country: "the
 * army", "Army spokesman Major General X", "the Defence Ministry". Reports name the state once
 * ("Myanmar's military said ... the military added") or not at all when it is the state where
 * everything happens; so the side is the one a qualified mention of the same institution earlier
 * in the report names, else the report's home country: the one most of its located places lie in.
 * Words come from {@code statenouns.tsv}.
 */
final class StateSides {

  /** A dateline names where the report was filed: worth several mentions. */
  private static final int DATELINE_WEIGHT = 3;
  /** Mentions a paragraph needs of one other country to be read as about it rather than the report's home. */
  private static final int PARAGRAPH_EVIDENCE = 2;
  /** How far before an institution a side word may stand: "Russia's Defence Ministry", "the Chadian army". */
  private static final int QUALIFIER_REACH = 25;

  /** How far before a person's name a title may start: "Army spokesman Major General". */
  private static final int TITLE_REACH = 40;
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;:\\n]");
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,.;:\"“”()—–]");

  /** A capitalised word right before an institution word makes it part of a name, unless it names a country. */
  private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*)\\s+$");

  /** A ministry named by its portfolio: "Interior Ministry", "Ministry of Defence", "Ministry of Home Affairs". */
  private static final Pattern PORTFOLIO_MINISTRY = Pattern.compile(
      "(?:\\p{Lu}\\p{L}+\\s+){1,2}Ministry|Ministry\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+(?:\\s+(?:and\\s+)?\\p{Lu}\\p{L}+)?");

  /** A possessive pronoun owning a body: "Its General Staff" is some state named before, not the one named elsewhere. */
  private static final Pattern OWNED = Pattern.compile("(?i)(?:its|their|his|her|our)\\s");
  // Compiled once: every claimant and group name is read through these.
  private static final Pattern LEADING_CAPITAL_THE = Pattern.compile("^(?:[Tt]he)\\s+");
  /** Between a state's word and its body only the body's own name words: "Russia's Defence Ministry", "the Malian army". */
  private static final Pattern QUALIFIER_GAP = Pattern.compile("(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}-]*)*\\s+");

  private final Vocabulary vocabulary;
  private final Sides sides;
  /** Institution words are few: each one's pattern is compiled once. */
  private final Map<String, Pattern> wordPatterns = new java.util.concurrent.ConcurrentHashMap<>();
  /** The last article's home country, per thread: extraction runs articles on several threads at once. */
  private final ThreadLocal<Home> lastHome = new ThreadLocal<>();

  StateSides(Vocabulary vocabulary, Sides sides) {
    this.vocabulary = vocabulary;
    this.sides = sides;
  }

  /**
   * The party with its state side when it had none and is a state institution (an unnamed source
   * or a person whose words name one, an organisation whose name is a state organ); else as it is.
   */
  Party sided(AnnotatedArticle article, Party p, int at) {
    if (p == null || p.side() != null) return p;
    String institution = institution(article, p, at);
    if (institution == null) return p;
    String side = qualifiedBefore(article.text(), institution, at);
    if (side == null) side = localHome(article, at);
    return side == null ? p : new Party(p.entityId(), p.name(), p.description(), side);
  }

  /**
   * The state institution a party speaks as, by its name if an organisation ("the Defence Ministry"), else by
   * its name, description or the title before it ("a military source", "Army spokesman X"); {@code null} if none.
   */
  String institution(AnnotatedArticle article, Party p, int at) {
    StringBuilder words = new StringBuilder(p.name());
    if (p.description() != null) words.append(' ').append(p.description());
    words.append(" | ").append(titleBefore(article.text(), p.name(), at));
    boolean organisation = p.entityId() != null && !p.entityId().startsWith("person:");
    return organisation ? first("stateorgan", p.name()) : first("statenoun", words.toString());
  }

  /**
   * The state a force or state body named without a country stands for ("soldiers", "the army",
   * "police"): the one a qualified mention of the same words earlier names, else the home country.
   */
  String forceSide(AnnotatedArticle article, String force, int at) {
    String side = qualifiedBefore(article.text(), force, at);
    return side != null ? side : localHome(article, at);
  }

  /**
   * The one state a report's own qualified mentions of a source's state body name, wherever they
   * stand, for a source named by the body alone: "the General Staff said" where the report writes
   * "Mali's General Staff" once. {@code null} when the mentions name two states or none, or when
   * the source's words give the body an owner of their own ("Its General Staff").
   */
  String namedState(AnnotatedArticle article, Party p) {
    if (p == null || p.side() != null || p.entityId() != null && p.entityId().startsWith("person:")) return null;
    if (p.description() != null && OWNED.matcher(p.description().strip()).lookingAt()) return null;
    String body = LEADING_THE.matcher(p.name().strip()).replaceFirst("");
    List<Vocabulary.Hit> nouns = vocabulary.find("statenoun", body, 0, body.length());
    if (nouns.isEmpty() || nouns.get(nouns.size() - 1).end() != body.length()) return null;
    String text = article.text();
    // Not kept in wordPatterns: sources' names are as many as the reports, the institution words few.
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(body) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text);
    String side = null;
    while (m.find()) {
      List<Sides.SideHit> hits = sides.find(text, Math.max(0, m.start() - QUALIFIER_REACH), m.start());
      if (hits.isEmpty()) continue;
      Sides.SideHit last = hits.get(hits.size() - 1);
      // "Russia's Chief of the General Staff" qualifies the chief; only a name's own words may stand between.
      if (!sides.isCountry(last.side()) || !QUALIFIER_GAP.matcher(text.substring(last.end(), m.start())).matches()) continue;
      if (side != null && !side.equals(last.side())) return null;
      side = last.side();
    }
    return side;
  }

  /**
   * The state a report's outlet speaks for when the outlet is a state body ("DIRPA, Senegalese
   * Armed Forces", "Ministry of Defence, Somaliland"): a country its name gives, else the home
   * country; a force or body named with its country ("Guyana Defence Force", "Nigerian Army, 8
   * Division"), or a force by its own name ("FARDC"), that country; {@code null} for any other outlet.
   */
  String outletSide(AnnotatedArticle article) {
    String name = article.outlet();
    if (name == null) return null;
    String country = null;
    for (Sides.SideHit h : sides.find(name, 0, name.length())) {
      if (country == null && sides.isCountry(h.side())) country = h.side();
    }
    if (vocabulary.contains("stateorgan", name)) return country != null ? country : home(article);
    // "Guyana Defence Force", "Nigerian Army, 8 Division": a force named with its country is that state's voice, and so is
    // one named by its own name ("Tatmadaw Information Team").
    return country != null && (vocabulary.contains("statebody", name) || first("statenoun", name) != null || sides.namesArmedForce(name))
        ? country : null;
  }

  /**
   * The institution a side names when its own name is all the side it was given: a state force or
   * body named alone ("the Navy", "Air Force"), or "ministry" for a portfolio before "Ministry"
   * ("Interior Ministry", "Ministry of Defence") with no country in it. {@code null} for any other name.
   */
  String bareStateBody(String name) {
    if (name == null) return null;
    String bare = LEADING_CAPITAL_THE.matcher(name).replaceFirst("");
    String lower = bare.toLowerCase(Locale.ROOT);
    if (vocabulary.isExactly("statebody", lower) || vocabulary.isExactly("stateforce", lower)) return lower;
    if (PORTFOLIO_MINISTRY.matcher(bare).matches() && sides.find(bare, 0, bare.length()).isEmpty()) return "ministry";
    return null;
  }

  /**
   * The state a {@link #bareStateBody bare state body} stands for: the one a qualified mention of the
   * same words earlier names, else the home country when the report names no other state as a side;
   * {@code null} when the text does not say.
   */
  String stateOf(AnnotatedArticle article, String institution, int at) {
    String side = qualifiedBefore(article.text(), institution, at);
    if (side != null) return side;
    String home = localHome(article, at);
    return home == null || namesAnotherState(article.text(), home) ? null : home;
  }

  /**
   * Whether the text names a state other than {@code home} as a side ("Russian", "Kyiv's"): then an
   * unqualified ministry may be either state's (a Russian outlet's "the Defence Ministry" in a report
   * set in Ukraine), and guessing the home country would put the claim on the wrong side.
   */
  private boolean namesAnotherState(String text, String home) {
    for (Sides.SideHit h : sides.find(text, 0, text.length())) {
      if (sides.isCountry(h.side()) && !h.side().equals(home)) return true;
    }
    return false;
  }

  /**
   * Whether a name with no country in it is a state body's by its words: a bare body ("the Navy"), a portfolio's ministry
   * ("Interior Ministry"), or a body's name word in it ("National Guard", "Bahia Military Police").
   */
  boolean bodyName(String name) {
    return sides.find(name, 0, name.length()).isEmpty() && (bareStateBody(name) != null || vocabulary.contains("statebody", name));
  }

  /** Whether an organisation's name makes it a state body ("Defence Ministry", "General Staff"). */
  boolean isStateOrgan(String name) {
    return first("stateorgan", name) != null;
  }

  /** The words right before the name's first use, within its clause: "Army spokesman Major General" before a name. */
  private static String titleBefore(String text, String name, int at) {
    int i = text.indexOf(name);
    if (i < 0 || i > at + 400) return "";
    String before = text.substring(Math.max(0, i - TITLE_REACH), i);
    Matcher cut = CLAUSE_MARK.matcher(before);
    int from = 0;
    while (cut.find()) from = cut.end();
    return before.substring(from);
  }

  /** The first phrase of the class that is not the end of a name ("White Army", "Arakan Army"). */
  private String first(String cls, String words) {
    for (Vocabulary.Hit h : vocabulary.find(cls, words, 0, words.length())) {
      Matcher before = NAME_BEFORE.matcher(words.substring(0, h.start()));
      if (!before.find() || sides.sideOf(before.group(1)) != null) return h.phrase();
    }
    return null;
  }

  /** The side named right before the last earlier mention of the institution that has one. */
  private String qualifiedBefore(String text, String institution, int at) {
    Matcher m = wordPatterns.computeIfAbsent(institution,
        w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)).matcher(text).region(0, Math.min(at, text.length()));
    String side = null;
    while (m.find()) {
      List<Sides.SideHit> hits = sides.find(text, Math.max(0, m.start() - QUALIFIER_REACH), m.start());
      if (hits.isEmpty()) continue;
      Sides.SideHit last = hits.get(hits.size() - 1);
      // "**Niger.** Troops retook X": a country ending the sentence before qualifies nothing in this one.
      if (sides.isCountry(last.side()) && !SENTENCE_BREAK.matcher(text.substring(last.end(), m.start())).find()) side = last.side();
    }
    return side;
  }

  /**
   * The country the report is about: the one with the most located place mentions and country
   * words ("South Sudan", "Malian"), the dateline's place ("JUBA, Jan 14 -") counting as much as
   * the report's first lines do; none on a tie.
   */
  private String home(AnnotatedArticle article) {
    // Rules ask for it once per state word; the article's answer is kept while it is read (articles are immutable).
    Home known = lastHome.get();
    if (known != null && known.article() == article) return known.country();
    String country = computeHome(article);
    lastHome.set(new Home(article, country));
    return country;
  }

  private record Home(AnnotatedArticle article, String country) {}

  /**
   * The home country where {@code at} stands: that of its paragraph when the paragraph names none
   * of the report's home country's places or words and at least {@value #PARAGRAPH_EVIDENCE} of
   * another's (a round-up's section on another conflict: "**Bolivia.** ... the army says"), else
   * the report's.
   */
  private String localHome(AnnotatedArticle article, int at) {
    String home = home(article);
    String text = article.text();
    int start = Math.max(0, text.lastIndexOf("\n\n", Math.max(0, at - 1)));
    int end = text.indexOf("\n\n", Math.min(text.length(), at));
    Map<String, Integer> score = scores(article, start, end < 0 ? text.length() : end);
    if (home != null && score.containsKey(home)) return home;
    String local = top(score);
    return local != null && score.get(local) >= PARAGRAPH_EVIDENCE ? local : home;
  }

  private String computeHome(AnnotatedArticle article) {
    return top(scores(article, 0, article.text().length()));
  }

  /** Located place mentions and country words per country in {@code text[from, to)}, a dateline's place weighing more. */
  private Map<String, Integer> scores(AnnotatedArticle article, int from, int to) {
    String text = article.text();
    Map<String, Integer> score = new HashMap<>();
    for (Mention m : article.annotations().mentions()) {
      if (m.type() != EntityType.LOCATION || m.start() < from || m.end() > to) continue;
      Place p = article.place(m);
      String country = p == null ? null : sides.country(p.country());
      if (country == null) continue;
      boolean dateline = m.text().length() > 3 && text.substring(m.start(), m.end()).equals(text.substring(m.start(), m.end()).toUpperCase(Locale.ROOT));
      score.merge(country, dateline ? DATELINE_WEIGHT : 1, Integer::sum);
    }
    // A de facto state's words count for its GeoNames country's places no more than a rival's would.
    boolean paragraph = from > 0 || to < text.length();
    for (Sides.SideHit h : sides.find(text, from, to)) {
      // In a paragraph, "Lake Chad" is a place already counted where it lies, not the word "Chad".
      if (paragraph && insidePlace(article, h)) continue;
      if (sides.isGeoNamesCountry(h.side())) score.merge(h.side(), 1, Integer::sum);
    }
    return score;
  }

  private static boolean insidePlace(AnnotatedArticle article, Sides.SideHit h) {
    return article.annotations().mentions().stream()
        .anyMatch(m -> m.type() == EntityType.LOCATION && m.start() <= h.start() && h.end() <= m.end() && (m.start() < h.start() || h.end() < m.end()));
  }

  /** The country with the highest score, {@code null} on a tie or when there is none. */
  private static String top(Map<String, Integer> score) {
    String best = null;
    int top = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : score.entrySet()) {
      if (e.getValue() > top) {
        best = e.getKey();
        top = e.getValue();
        tie = false;
      } else if (e.getValue() == top) {
        tie = true;
      }
    }
    return tie ? null : best;
  }
}
