package org.crosscheck.claims;

import static org.crosscheck.claims.ClaimExtractor.CALENDAR_NAMES;
import static org.crosscheck.claims.ClaimExtractor.LEADING_THE;
import static org.crosscheck.claims.ClaimExtractor.LOCATIVE_BEFORE;
import static org.crosscheck.claims.ClaimExtractor.WORD;
import static org.crosscheck.claims.ClaimExtractor.WORD_BEFORE;
import static org.crosscheck.claims.ClaimExtractor.sameSide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;

/**
 * Decides which side's party a stretch of a sentence names: the nearest demonym, country or capital, state body,
 * organisation or group name before a point, or an own-side pronoun standing for the claimant's side; and whether a
 * name is a place used as a person or a site after a name. Separate from {@link ClaimExtractor}, which asks it for
 * actors, deniers, admitters and announcers alike: this reads only names and side words, never triggers or claims.
 */
final class SideParties {

  private static final Set<String> OWN_PRONOUNS = Set.of("it", "its", "our", "their", "they", "we", "us", "his", "her");
  private static final Pattern POSSESSIVE_END = Pattern.compile(".*['’]s?$");
  private static final Pattern LOWER_WORDS = Pattern.compile("^(\\s+[\\p{Ll}][\\p{L}-]*){0,2}");
  private static final Pattern PHRASE_END_AFTER = Pattern.compile("^(?:\\s*[,;.)]|\\s*$)");
  /** A side named as backing another: "supported by elements of X", "backed by X", "with the support of X". */
  private static final Pattern SUPPORT_ASIDE = Pattern.compile(
      "(?i)\\b(?:supported|backed|aided|assisted|accompanied|reinforced)\\s+by\\s+[^,;:.]*|\\bwith\\s+the\\s+(?:support|backing|help)\\s+of\\s+[^,;:.]*");
  /** "clashes between", "fighting pitting": two parties joined by "and" after these are foes, not allies. */
  private static final Pattern FOES_BEFORE = Pattern.compile("(?i)\\b(?:between|pitting|pitted|against|versus|vs\\.?)\\s");
  /** "the group", "this movement": a definite noun pointing back to a group named before. */
  private static final Pattern DEFINITE_ONLY = Pattern.compile("(?i)\\b(?:the|this|that)\\s+$");
  private static final Pattern BORDER_AFTER = Pattern.compile(
      "(?i)^\\s+(?:border|frontier)s?(?!\\s+(?:guards?|police|forces?|troops|units?|officers?|patrols?|service|agents?)\\b)(?![\\p{L}-])");
  private static final Pattern NOT_OWN_FORCE = Pattern.compile(
      "(?i)its|their|our|his|her|rebel|rebels'|militia|opposition|enemy|foreign|private|allied|insurgent|separatist");
  /** Capitalised words before a force word that make no name of it: determiners, days, months. */
  private static final Pattern DETERMINER_WORD = Pattern.compile("The|These|Those|A|An|Some|All|Many|Several|Two|Three|Four|Five|When|As|After|"
      + CALENDAR_NAMES);
  /** From a person's name to a word inside the apposition after it: a comma, then no clause mark. */
  private static final int APPOSITION_REACH = 60;
  private static final Pattern IN_APPOSITION = Pattern.compile(",\\s+[^,;:.!?()\"“”—–]*");
  /** A word whose object a name is ("Speaking to X,", "After meeting X,", "with X,"): the name heads no subject. */
  private static final Pattern OBJECT_OF_BEFORE = Pattern.compile(
      "(?:\\b(?!(?:morning|evening|spring)\\b)\\p{Ll}+ing|(?<!\\baccording\\s)\\bto|\\b(?:with|after|before|for|by|from|against|about|of|on|at|in|than|like))\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$");
  /** A settlement noun right after a side word: "the Congolese city", "Ukrainian villages". */
  private final Pattern settlementAfter;
  /** A state's forces joined to an ally in one subject: see {@link #stateCoordinatedBefore}. */
  private final Pattern stateAndAlly;

  private final Vocabulary vocabulary;
  private final Sides sides;
  private final GroupNames groups;
  private final StateSides stateSides;
  private final PlaceReferences placeReferences;

  /** Compiles the side phrases' patterns from the vocabulary's word lists, once. */
  SideParties(Vocabulary vocabulary, Sides sides, GroupNames groups, StateSides stateSides, PlaceReferences placeReferences) {
    this.vocabulary = vocabulary;
    this.sides = sides;
    this.groups = groups;
    this.stateSides = stateSides;
    this.placeReferences = placeReferences;
    this.settlementAfter = Pattern.compile("^\\s+" + vocabulary.regex("settlementnoun", "adminnoun") + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    // Between a state's word and its ally only the force's own name and nouns: "Malian troops and",
    // "Somali National Army soldiers alongside", "Mali's army, together with" (no verb, no clause).
    this.stateAndAlly = Pattern.compile("(?:['’]s)?(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|" + vocabulary.regex("groupnoun", "forcenoun", "postedforce")
        + "))*\\s*,?\\s+(?i:and|alongside|together\\s+with|along\\s+with)\\s+(?:the\\s+)?");
  }

  /**
   * The nearest thing before {@code to} that names a side: a demonym or country word, a capital,
   * an organisation, or an own-side pronoun (the claimant's side). With {@code speaker}, a
   * subject that itself speaks (a denier) is wanted, so pronouns map to the attribution.
   */
  Party sidePartyIn(AnnotatedArticle article, int from, int to, ClaimantResolver.Attribution attribution, boolean speaker) {
    String text = article.text();
    int bestAt = -1;
    Party best = null;
    // "White Army youths, supported by elements of the SPLA-IO, attacked": a side backing the subject is not it.
    List<int[]> asides = new ArrayList<>();
    Matcher support = SUPPORT_ASIDE.matcher(text).region(from, to);
    while (support.find()) asides.add(new int[] {support.start(), support.end()});
    IntPredicate backing = at -> asides.stream().anyMatch(a -> a[0] <= at && at < a[1]);
    for (Sides.SideHit h : sides.find(text, from, to)) {
      if (backing.test(h.start())) continue;
      // "the eastern Congolese city of Uvira": a country word on a place noun says where, not who.
      if (settlementAfter.matcher(text).region(h.end(), to).lookingAt()) continue;
      // "near the Eritrean border": a country's border is a place, not its forces ("Tajik border guards" are).
      if (BORDER_AFTER.matcher(text).region(h.end(), to).lookingAt()) continue;
      if (LOCATIVE_BEFORE.matcher(text).region(from, h.start()).find() && PHRASE_END_AFTER.matcher(text).region(h.end(), to).lookingAt()) continue;
      if (h.start() > bestAt) {
        bestAt = h.start();
        String words = vocabulary.describedSource(text.substring(h.start(), Math.min(to, wordEnd(text, h.end(), to))));
        // "Syrian rebels" oppose Syria's state; "Houthi rebels" are the Houthis.
        best = Party.ofSide(words, sides.isCountry(h.side()) && vocabulary.contains("faction", words) ? h.side() + " opposition" : h.side());
      }
    }
    for (Mention m : article.mentionsIn(from, to)) {
      if (m.start() <= bestAt || backing.test(m.start())) continue;
      Place capital = m.type() == EntityType.LOCATION ? article.place(m) : null;
      if (!speaker && capital != null && placeReferences.usedAsSide(text, m, capital.featureCode()) && sides.country(capital.country()) != null) {
        // "Kyiv's forces", "Moscow said": a capital or country standing for its state.
        bestAt = m.start();
        best = Party.ofSide(m.text(), sides.country(capital.country()));
        continue;
      }
      if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.PERSON && m.type() != EntityType.MISC) continue;
      Entity e = article.entity(m);
      String side = sides.ofEntity(e);
      if (side == null) side = sides.sideOf(m.text());
      if (side == null && e != null) for (String role : e.roles()) if (side == null && Sides.describes(role)) side = sides.sideOf(role);
      if (side == null && m.type() == EntityType.ORGANIZATION) side = ownSide(article, m, e == null ? m.text() : e.name());
      if (side == null && speaker && m.type() == EntityType.PERSON && !namesPlace(article, m.text())) {
        bestAt = m.start();
        best = new Party(m.entityId(), e == null ? m.text() : e.name(), null, null);
        continue;
      }
      if (side == null) continue;
      bestAt = m.start();
      best = new Party(m.entityId(), e == null ? m.text() : e.name(), null, side);
    }
    // "the Defence Forces": a name made only of a state force's words is that force, not a group called "Defence".
    List<GroupNames.Found> named = groups.find(text, from, to).stream()
        .filter(g -> !vocabulary.isExactly("stateforce", LEADING_THE.matcher(g.words().toLowerCase(Locale.ROOT)).replaceFirst(""))).toList();
    // "Soldiers retook X": a state's forces named without a country are the home state's (as actors:
    // a denier is a source, and "one soldier had died and denied" names none).
    for (Vocabulary.Hit h : vocabulary.find("stateforce", text, from, to)) {
      if (speaker || h.start() <= bestAt || !unqualifiedForce(text, h.start()) || backing.test(h.start()) || siteAfter(text, h.end())) continue;
      if (named.stream().anyMatch(g -> !g.opponent() && g.start() <= h.start() && h.start() < g.end())) continue;
      String side = stateSides.forceSide(article, h.phrase(), h.start());
      if (side == null) continue;
      bestAt = h.start();
      best = Party.ofSide(text.substring(h.start(), h.end()), side);
    }
    // Groups the tagger missed or mislabelled: "Fano fighters", "the SDF captured"; "the terrorists"
    // are whoever opposes the speaker.
    for (GroupNames.Found g : named) {
      if (g.start() < bestAt || backing.test(g.start())) continue;
      if (!g.opponent()) {
        bestAt = g.start();
        best = Party.ofSide(g.words(), g.side());
      } else if (!speaker && attribution != null && attribution.claimant().side() != null) {
        // "the terrorists" in a side's words: the one armed group the report names besides the speaker's, else whoever opposes it.
        String own = attribution.claimant().side();
        String only = groups.onlyGroupBut(text, own);
        if (only == null || sameSide(only, own)) only = groups.claimedBy(text, g.start());
        bestAt = g.start();
        best = Party.ofSide(g.words(), only != null && !sameSide(only, own) ? only : GroupNames.opponentsOf(own));
      } else if (!speaker) {
        // In the writer's own voice "the rebels" are the one armed group the report names, if one;
        // "bandits" and "pirates" name a side of their own.
        String only = groups.writersOpponent(g.words(), text);
        if (only == null) only = groups.claimedBy(text, g.start());
        if (only != null) {
          bestAt = g.start();
          best = Party.ofSide(g.words(), only);
        }
      }
    }
    if (!speaker) {
      // "In 2020 the group briefly held X": a definite group noun is the armed group named last before it.
      for (Vocabulary.Hit h : vocabulary.find("groupanaphor", text, from, to)) {
        if (h.start() <= bestAt || backing.test(h.start()) || !DEFINITE_ONLY.matcher(text).region(Math.max(0, h.start() - 6), h.start()).find()) continue;
        if (named.stream().anyMatch(g -> g.start() <= h.start() && h.start() < g.end())) continue;
        String last = groups.lastGroup(text, h.start());
        if (last == null) continue;
        bestAt = h.start();
        best = Party.ofSide(text.substring(h.start(), h.end()), last);
      }
    }
    Matcher w = WORD.matcher(text).region(from, to);
    while (w.find()) {
      if (w.start() <= bestAt) continue;
      String word = w.group().toLowerCase(Locale.ROOT);
      if (OWN_PRONOUNS.contains(word) && attribution != null && attribution.claimant().side() != null) {
        bestAt = w.start();
        best = claimantAsActor(attribution);
      }
    }
    if (!speaker && best != null && best.side() != null && !sides.isCountry(best.side())) {
      // "Malian troops and Africa Corps units retook X": a state's forces acting with an ally or a
      // militia are the state's operation, and the claim names the state.
      Party state = stateCoordinatedBefore(article, from, bestAt);
      if (state != null) best = state;
    }
    if (speaker && best != null) {
      Party person = describedPerson(article, from, bestAt);
      if (person != null) return person;
    }
    return best;
  }

  /**
   * The state whose forces are joined by "and" (or "alongside", "together with") to the party at
   * {@code at}, in one subject: "Malian troops and", "Somali National Army soldiers alongside",
   * "government troops and" (the home state's, as a force named alone is); {@code null} when none
   * stands so, when the country's word names its opponents ("Chadian rebels and"), or when the pair
   * is two foes ("clashes between X and Y").
   */
  private Party stateCoordinatedBefore(AnnotatedArticle article, int from, int at) {
    String text = article.text();
    Party state = null;
    int stateAt = -1;
    for (Sides.SideHit h : sides.find(text, from, at)) {
      if (!sides.isCountry(h.side()) || !coordinatedWith(text, from, h.start(), h.end(), at)) continue;
      String words = vocabulary.describedSource(text.substring(h.start(), Math.min(at, wordEnd(text, h.end(), at))));
      if (vocabulary.contains("faction", words)) continue;
      state = Party.ofSide(words, h.side());
      stateAt = h.start();
    }
    for (Vocabulary.Hit h : vocabulary.find("stateforce", text, from, at)) {
      if (h.start() <= stateAt || !unqualifiedForce(text, h.start()) || !coordinatedWith(text, from, h.start(), h.end(), at)) continue;
      String side = stateSides.forceSide(article, h.phrase(), h.start());
      if (side != null) state = Party.ofSide(text.substring(h.start(), h.end()), side);
    }
    return state;
  }

  /** Whether the words {@code [start, end)} and the party at {@code at} are one subject joined by "and", not two foes. */
  private boolean coordinatedWith(String text, int from, int start, int end, int at) {
    return stateAndAlly.matcher(text).region(end, at).matches()
        && !FOES_BEFORE.matcher(text).region(Math.max(from, start - 30), start).find();
  }

  /**
   * "Ali Maiga, the spokesman for Mali's Northern Command, called ...": the person whose apposition
   * holds {@code at} (no clause mark between the person's comma and it) speaks, not the body the
   * apposition names; the person's side is the one known for them, else a country the apposition names.
   */
  private Party describedPerson(AnnotatedArticle article, int from, int at) {
    String text = article.text();
    // The name may stand before the words searched: a long apposition outruns a denial's reach.
    for (Mention m : article.mentionsIn(Math.max(0, from - APPOSITION_REACH), at)) {
      if (m.type() != EntityType.PERSON || m.end() >= at || !IN_APPOSITION.matcher(text.substring(m.end(), at)).matches()) continue;
      if (OBJECT_OF_BEFORE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) continue;
      Entity e = article.entity(m);
      String side = sides.ofEntity(e);
      if (side == null) {
        int end = text.indexOf(',', at);
        side = sides.find(text, m.end(), end < 0 ? at : end).stream().map(Sides.SideHit::side).filter(sides::isCountry).findFirst().orElse(null);
      }
      return new Party(m.entityId(), e == null ? m.text() : e.name(), null, side);
    }
    return null;
  }

  /** "an army checkpoint", "the police station": a force word before a fixed place says whose it is, not who acts. */
  boolean siteAfter(String text, int at) {
    int word = at;
    while (word < text.length() && Character.isWhitespace(text.charAt(word))) word++;
    int start = word;
    return start > at && vocabulary.first("forcesite", text, start, Math.min(text.length(), start + 20)).filter(h -> h.start() == start).isPresent();
  }

  /**
   * Whether a state force word stands alone: not the end of a name ("Arakan Army", "Fano troops"),
   * not qualified by a side ("Malian soldiers", read as a side word) and not someone else's
   * ("its troops", "rebel troops").
   */
  private static boolean unqualifiedForce(String text, int at) {
    Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, at - 30), at));
    if (!m.find()) return true;
    String word = m.group(1);
    if (NOT_OWN_FORCE.matcher(word).matches()) return false;
    return !Character.isUpperCase(word.charAt(0)) || DETERMINER_WORD.matcher(word).matches();
  }

  /**
   * The side an organisation the text names no country for stands for: its own name ("M23"),
   * unless it is a state body ("the General Staff"), which speaks for its state (see {@link
   * StateSides}) or for no known side, or a possessive the tagger took for a name ("Kyiv's").
   */
  private String ownSide(AnnotatedArticle article, Mention m, String name) {
    if (POSSESSIVE_END.matcher(name).matches()) return null;
    if (!stateSides.isStateOrgan(name)) return name;
    return stateSides.sided(article, new Party(m.entityId(), name, null, null), m.start()).side();
  }

  static boolean placeAsPerson(AnnotatedArticle article, Party p) {
    return p.entityId() != null && p.entityId().startsWith("person:") && namesPlace(article, p.name());
  }

  /** Whether a name is one the article resolves as a place elsewhere: a person so named is a tagging slip ("claims about X are lies"). */
  private static boolean namesPlace(AnnotatedArticle article, String name) {
    for (Place p : article.placesById().values()) {
      if (p.name().equalsIgnoreCase(name) || p.surfaces().stream().anyMatch(name::equalsIgnoreCase)) return true;
    }
    return article.annotations().mentions().stream().anyMatch(m -> m.type() == EntityType.LOCATION && m.text().equalsIgnoreCase(name));
  }

  private static int wordEnd(String text, int from, int limit) {
    Matcher m = LOWER_WORDS.matcher(text.substring(from, limit));
    return m.find() ? from + m.end() : from;
  }

  static Party claimantAsActor(ClaimantResolver.Attribution attribution) {
    if (attribution == null || attribution.claimant().side() == null) return null;
    return Party.ofSide(attribution.claimant().name(), attribution.claimant().side());
  }
}
