package org.crosscheck.claims;

import static org.crosscheck.claims.ClaimExtractor.DIRECTION_ONLY;
import static org.crosscheck.claims.ClaimExtractor.ROAD_END;
import static org.crosscheck.claims.ClaimExtractor.SENTENCE_OPENING;
import static org.crosscheck.claims.Locators.LOCATING_DIRECTION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Trigger.Kind;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;

/**
 * Decides which places a sentence names or refers to: the tagged places it names (not a side, an outlet or a dateline),
 * and what "the town", "the village", "the camp", "there" or a plural "the villages" stand for: the settlement named
 * before in the sentence or the few before, one brought in with the same noun, the onlookers' own settlement, the topic
 * of the paragraph or the report. Separate from {@link ClaimExtractor}, which reads what happened at those places: this
 * needs only the places, their locators and the sentences' triggers, never the claims.
 */
final class PlaceReferences {

  /** A sentence opening on "In" and a place: "In X, residents said". */
  private static final Pattern FRONTED_IN = Pattern.compile("\\W*(?i:in)\\s+(?:the\\s+)?");
  /** After an unresolved tagged word, the rest of an "X of Y" name: "Line of Control". */
  private static final Pattern OF_NAME = Pattern.compile("\\s+of\\s+\\p{Lu}");
  /** "the main road to X", "the roads north to X": X only names the road. */
  private static final Pattern ROAD_TO = Pattern.compile("\\b(?i:roads?|highways?|routes?)\\s+(?:(?i:north|south|east|west)\\p{L}*\\s+)?(?i:to|towards)\\s+(?:(?i:the)\\s+)?$");
  /** Words that mark a name as a region ({@code regionnoun}): "Kharkiv region", "the province of Gao". */
  private final Pattern regionWordEnd;
  private final Pattern regionBefore;
  /** A lower-case noun right after "the town" makes a compound: "the town hall", "the village shop". */
  private static final Pattern COMPOUND_AFTER = Pattern.compile("^\\s+(?!(?:is|was|were|are|has|had|have|and|or|but|in|on|at|of|from|to|by|with|for|since|after|before|itself|that|which|where|while|as|remains|remained|fell|again|under|last|this|until|when|overnight)\\b)\\p{Ll}{3,}\\b(?![\\p{L}]*ed\\b)");
  private static final int ANAPHORA_LOOKBACK = 3;
  /** Between two members of a list of places: a comma or "and" ("X, Y and Z" before "the three villages"). */
  private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,\\s*|,?\\s+and\\s+)");
  /** "of" right after a phrase: "the town centre of X" names its own place. */
  private static final Pattern OF_AFTER = Pattern.compile("^\\s+of\\b");
  /** Right before a site noun, a word referring it back: "the station", "its facility". */
  private static final Pattern SITE_REFERRED = Pattern.compile("\\b(?i:the|this|that|its|their|our)\\s+$");
  /** Between a site noun and the place it stands at: "station of X", "compound in the X". */
  private static final Pattern SITE_AT = Pattern.compile("\\s+(?:of|at|in|near|outside)\\s+(?:the\\s+)?");
  /** After a noun for a place, what names the place it stands at: " at ", " in the ". */
  private static final Pattern NAMED_AFTER = Pattern.compile("\\s+(?:at|in|near|outside)\\s+(?:the\\s+)?");
  /** "the town never fell", "the post changed hands", "its post there", "left the community around noon": a verb, adverb or preposition after an anaphor noun makes it a whole noun phrase, not a compound's first part. */
  private static final Pattern VERB_AFTER_ANAPHOR = Pattern.compile("^\\s+(?:never|not|still|also|already|there|around|near|before|during|overnight|early|late|did|does|could|would|will|can|may|might|must|should|\\p{Ll}+ed)\\b");
  /** Between a place and the control verb it is the subject of, a head noun it names may stand: "the X post was never taken". */
  private static final Pattern EARLIER_SUBJECT_GAP = Pattern.compile("(?:\\s+\\p{Ll}+)?\\s+(?:(?:has|have|had|was|were|is|are|did|does|do|never|not|still|also|already|always|been|n't)\\s+){0,3}");
  /** "local sources in X", "residents of X": a place that says where a source is, not where the story happens. */
  private final Pattern sourcePlace;
  /** "residents of X", "a trader from X", "villagers who fled X": an onlooker and the settlement they are of, the name right after. */
  private final Pattern onlookerOf;
  /** ", residents said", ", some villagers reached by phone told": onlookers as the subject of a speech verb after a fronted place. */
  private final Pattern onlookersSpeaking;
  /** "X residents", "a X villager": the settlement named right before an onlooker noun. */
  private final Pattern onlookerAfterName;
  /** A flight verb right before "from": "fighters retreating from X" left X; no attack came from it. */
  private final Pattern fledFrom;
  /** "A military officer in X", "a diplomat based in X": a speaker placed by a place right before it (`speakerabroad` in lexicon.tsv). */
  final Pattern speakerPlace;
  /** "told our correspondent in X", "confirmed to a reporter in X": where the one told sits, no place of what was told. */
  final Pattern listenerPlace;
  /**
   * After an attack word, "from" and what it came from: "shelled the camp from X", "fired from our positions on X",
   * "attacked from three directions from X", "rockets fired from the hills near X". Only lower-case words between,
   * ending in a word that places (so "from Monday in X" and "from the air in X" are not origins).
   */
  private static final Pattern ATTACK_ORIGIN = Pattern.compile(
      "\\bfrom\\s+(?:(?:the\\s+)?|(?:[\\p{Ll}\\d][\\p{L}\\d'’-]*\\s+){1,4}(?:of|near|on|around|outside|beyond|behind|above|across)\\s+(?:the\\s+)?)$");
  private static final Pattern WHOLE = Pattern.compile("(?i)\\b(?:whole|entire)\\b");
  /**
   * "struck a market there", "the army is there now": "there" as a place, not the "there" of "there are soldiers" or
   * "is there any", nor where something came from or a vague "over there", "here and there".
   */
  private static final Pattern THERE = Pattern.compile("(?<!\\b(?:from|over|out|and|or)\\s)\\bthere\\b"
      + "(?!\\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|can|seems?|seemed|appears?|appeared"
      + "|remains?|remained|exists?|existed|comes|came|lies|lay|stands|stood|be|been|being|any|a|an|no|some|enough)\\b)(?![’']s\\b)");
  /** Between a control verb and the place it takes: an article or a few lower-case words ("held the town of"). */
  private static final Pattern TAKEN_OBJECT_GAP = Pattern.compile("(?:\\s+[\\p{Ll}'’-]+){0,3}\\s+");
  /**
   * Between an attack verb and the place its definite object stands at, in the object's own words: "stormed the X barracks",
   * "stormed the barracks of the Nigerian army in", "stormed the army camp at". An indefinite object ("ambushed a convoy near")
   * is a thing a later "it" may take up, not ground; so is one whose place is only where it came from or went ("the convoy
   * coming from X", "the lorry heading to X"): the object's words end on a preposition of where it stands, no participle among them.
   */
  private static final Pattern ASSAULTED_OBJECT_GAP = Pattern.compile("(?:\\s+[\"“]?(?i:the|its|their|his|her)"
      + "(?:(?:\\s+(?!\\p{Ll}+ing\\b)[^\\s,;:.!?]+){0,6}?\\s+(?i:at|in|of|near|outside|inside))?)?\\s+");
  /** A noun phrase right after a verb: "attacked the police post", "seized a truck". */
  private static final Pattern OBJECT_AFTER = Pattern.compile("\\s+(?:the|a|an|its|their|his|her|our|this)\\s", Pattern.CASE_INSENSITIVE);
  /** A new thing right after a verb, no settlement: "attacked a convoy", "seized an armoured truck". */
  private static final Pattern INDEFINITE_OBJECT = Pattern.compile("\\s+(?:an?|another)\\s", Pattern.CASE_INSENSITIVE);
  /** A sentence that asks: "And X?" */
  private static final Pattern QUESTION_END = Pattern.compile("\\?[\"”’']?\\s*$");
  private static final Pattern PRONOUN_OBJECT = Pattern.compile("\\s+(it)\\b(?!\\s+(?:is|was|has|had|would|will|could|did)\\b)");
  /** After a paragraph's first name, a date, past a region perhaps: ", 8 February", ", Lakeside State, March 3". */
  private static final Pattern DATE_AFTER_DATELINE = Pattern.compile(
      "(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{0,30}?)?,\\s*(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{L}+|\\p{Lu}\\p{L}+\\.?\\s+\\d{1,2}\\b)");
  private final SettlementKinds kinds;
  /** A place referred back to: "the city", "the town's", "the locality" (nouns from the vocabulary). */
  private final Pattern anaphor;
  private final Pattern townQuarter;
  private final Pattern areaByNoun;
  private final Pattern pluralPlaces;
  /** A speech verb and the complementiser that opens what was said: "told reporters that". */
  private final Pattern reportedContent;
  final Pattern speechWord;
  /** A media noun right after a name: "Amaq outlet", "Tasnim news agency". */
  private final Pattern outletAfter;
  /** After a capital or country, words that make it its state: "Kyiv's", "Moscow said", "the Lakeside government" (statenouns.tsv's "statevoice" and "governmentnoun"). */
  private final Pattern stateVoiceAfter;
  /** A name for the government seated there: "the Lakeside government", "the Ridgeton regime" (statenouns.tsv's "governmentnoun", as written). */
  private final Pattern governmentAfter;
  /** A part of a settlement right after "the town" (`townpart` in placewords.tsv): "the town centre", "the village square". */
  private final Pattern townPartAfter;
  /** Travelling or carrying towards a place (lexicon `travelto`): "a convoy bound for", "passengers travelling to". */
  final Pattern travelTo;
  /** Where a side fled or withdrew to, right before a place: "have fled towards X", "withdrew south to the town of X", "to its camp in X". */
  final Pattern destination;
  /** "a NOUN at" patterns by anaphor noun, made once: extraction runs one for every "the camp" it meets. */
  private final Map<String, Pattern> introducedAtNoun = new ConcurrentHashMap<>();
  /** The site nouns of {@code anaphorsite} as whole words, compiled on first use (a handful; shared by all threads). */
  private final Map<String, Pattern> siteWords = new ConcurrentHashMap<>();
  /** A headline naming a settlement weighs as much as this many half-occurrences in the text. */
  private static final int TITLE_WEIGHT = 1;
  /** The lead sentence's naming a settlement as where the event is weighs as much as this many. */
  private static final int LEAD_WEIGHT = 4;

  private final Vocabulary vocabulary;
  private final Sides sides;
  private final PlaceFallback fallback;
  private final Locators locators;
  private final TriggerSearch triggerSearch;

  /** Compiles the anaphors' and topics' patterns from the vocabulary's word lists, once. */
  PlaceReferences(Vocabulary vocabulary, Sides sides, PlaceFallback fallback, Locators locators, TriggerSearch triggerSearch) {
    this.vocabulary = vocabulary;
    this.sides = sides;
    this.fallback = fallback;
    this.locators = locators;
    this.triggerSearch = triggerSearch;
    this.kinds = new SettlementKinds(vocabulary);
    // "the whole town", "the entire city": the whole of the place named before.
    this.anaphor = Pattern.compile("\\b" + vocabulary.regex("anaphordet") + "\\s+(?:(?i:whole|entire)\\s+)?(" + vocabulary.union("anaphor", "anaphornear", "anaphorport", "anaphorsite", "townsite").pattern() + ")\\b(?!\\s+of\\b)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "its eastern wards", "the western neighbourhoods": a part of a town told by its direction, no "of" after it.
    this.townQuarter = Pattern.compile("\\b" + vocabulary.regex("quarterdet") + "\\s+(?:" + vocabulary.regexAsWritten("compass") + ")\\s+(?:"
        + vocabulary.regexAsWritten("quarternoun") + ")\\b(?![\\p{L}-])(?!\\s+of\\b)");
    // "both villages", "the two towns", "all three villages": the places listed just before.
    this.pluralPlaces = Pattern.compile("\\b(?i:(both)|(?:the|all)\\s+(\\p{L}+))\\s+" + vocabulary.regex("pluralplace") + "\\b");
    this.areaByNoun = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*\\s+" + vocabulary.regex("areanoun") + "\\b");
    String speech = vocabulary.regex("speech");
    this.reportedContent = Pattern.compile(speech + "[^,;:]*\\bthat\\b", Pattern.CASE_INSENSITIVE);
    this.speechWord = Pattern.compile(speech);
    this.stateVoiceAfter = Pattern.compile("['’]s|\\s+" + vocabulary.regex("statevoice", "governmentnoun") + "\\b", Pattern.CASE_INSENSITIVE);
    this.governmentAfter = Pattern.compile("\\s+(?:" + vocabulary.regexAsWritten("governmentnoun") + ")\\b");
    this.outletAfter = Pattern.compile("^\\s+" + vocabulary.regex("outletnoun") + "(?![\\p{L}])");
    this.onlookerOf = Pattern.compile("(?i)\\b" + vocabulary.regex("onlooker") + "\\s+(?:of|from|in|who\\s+" + vocabulary.regex("lefthome") + ")\\s+(?:the\\s+)?");
    this.onlookersSpeaking = Pattern.compile(",\\s+(?:(?i:the|some|many|several|local)\\s+)*(?i:" + vocabulary.regex("onlooker") + ")\\s+(?:\\p{Ll}+\\s+){0,3}$");
    this.onlookerAfterName = Pattern.compile("(?<![\\p{L}'’-])(?!(?:A|An|The|Two|Three|Four|Five|Several|Some|Many)\\s)(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s+" + vocabulary.regex("onlooker") + "\\b");
    this.sourcePlace = Pattern.compile("(?i)\\b" + vocabulary.regex("placedsource") + "\\s+(?:in|of|from)\\s+$");
    this.fledFrom = Pattern.compile("(?i)\\b" + vocabulary.regex("flight") + "\\s+$");
    String speakerAt = vocabulary.regex("speakerabroad") + "\\s+(?:based\\s+|stationed\\s+)?(?:in|at)\\s+(?:the\\s+)?$";
    // The one told is the object of a telling verb or follows "to" ("confirmed to"); "says the officers at X" is a subject.
    this.listenerPlace = Pattern.compile("(?i)\\b(?:" + vocabulary.regex("tellverb") + "|" + vocabulary.regex("cue") + "\\s+to)\\s+(?:our|a|an|the|this|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+)?"
        + speakerAt);
    this.speakerPlace = Pattern.compile("(?i)\\b" + speakerAt);
    String region = vocabulary.regexAsWritten("regionnoun");
    this.regionWordEnd = Pattern.compile("\\s" + vocabulary.regex("regionnoun") + "$");
    this.regionBefore = Pattern.compile("\\b" + region + "\\s+of\\s+$");
    this.travelTo = Pattern.compile("\\b" + vocabulary.regex("travelto") + "\\s+(?:the\\s+)?$");
    this.townPartAfter = Pattern.compile("^\\s+" + vocabulary.regex("townpart") + "\\b");
    this.destination = Pattern.compile("\\b" + vocabulary.regex("flight") + "(?:\\s+[\\p{Ll}-]+){0,3}?\\s+(?i:to|towards|toward|into|for)\\s+"
        + "(?:(?:(?i:the)\\s+)?(?:[\\p{Ll}-]+\\s+of\\s+(?:the\\s+)?)?"
        // "withdrew to its base in X", "fell back towards the wooded hills of X": the goal may be a spot at the place
        // (not "to villages north of X", which only takes its bearing from X).
        + "|(?:(?i:the|its|their|his|her|a|an)\\s+)?(?:(?!(?i:north|south|east|west))[\\p{Ll}-]+\\s+){1,2}(?:of|in|at|near)\\s+(?:the\\s+)?)$");
  }

  static void addUnlessCovered(List<PlaceMention> places, PlaceMention p) {
    int a = p.mention().start();
    int b = p.mention().end();
    if (places.stream().noneMatch(q -> q.mention().start() < b && a < q.mention().end())) places.add(p);
  }

  /**
   * "the city", "the town": the settlement named last before it in the sentence, else the
   * article's main settlement named before it (the one its tagger counted most often, the later
   * on a tie), so that "Ukraine says it still holds the city" is
   * about that place; "the village", "the island": the one named last in the few sentences before.
   * A noun after it ("the town hall", "the village shop") makes it part of a compound, not the place.
   */
  void anaphora(AnnotatedArticle article, List<Annotations.Span> sentences, int index, List<PlaceMention> places, State state) {
    String text = article.text();
    Annotations.Span s = sentences.get(index);
    Matcher m = anaphor.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      if (places.stream().anyMatch(p -> p.mention().start() < m.end() && m.start() < p.mention().end())) continue;
      String next = text.substring(m.end(), Math.min(s.end(), m.end() + 24));
      // "held the town centre", "troops were in the village square": a part of the town is the town (not "the town hall", a compound),
      // unless a name follows ("the town centre of X" names its own place).
      Matcher part = townPartAfter.matcher(next);
      if (part.lookingAt()) {
        if (OF_AFTER.matcher(text.substring(m.end() + part.end(), Math.min(s.end(), m.end() + part.end() + 8))).lookingAt()) continue;
      } else if (COMPOUND_AFTER.matcher(next).find() && !VERB_AFTER_ANAPHOR.matcher(next).lookingAt()) continue;
      if (namedRightAfter(text, m.end(), places)) continue;
      // "Residents of X said fighters were patrolling the market": a public site in onlookers' words is one of their own
      // settlement's; in anyone else's it may be any town's, so it stands for none.
      if (vocabulary.contains("townsite", m.group(1))) {
        PlaceMention home = onlookersHome(article, s, m.start(), places, state.countries);
        if (home != null) places.add(new PlaceMention(new Mention(m.start(), m.end(), m.group(), EntityType.LOCATION, home.mention().entityId()), home.ref(), home.featureCode()));
        continue;
      }
      boolean port = vocabulary.contains("anaphorport", m.group(1));
      // "left the post at X wharf, leaving the port to the police": a harbour stands for the report's town only in a sentence naming no place.
      if (port && !places.isEmpty()) continue;
      boolean main = port || vocabulary.contains("anaphor", m.group(1));
      // "the whole town": a town or city is read whole; "the whole village" (one of several named before) or "the whole airport" is not.
      boolean settlementNoun = vocabulary.isExactly("settlementnoun", m.group(1).toLowerCase(Locale.ROOT))
          || vocabulary.isExactly("adminnoun", m.group(1).toLowerCase(Locale.ROOT));
      if (WHOLE.matcher(m.group()).find() && !(main && settlementNoun)) continue;
      if (main || settlementNoun || vocabulary.contains("anaphornear", m.group(1))) {
        PlaceMention home = onlookersHome(article, s, m.start(), places, state.countries);
        if (home != null) {
          places.add(new PlaceMention(new Mention(m.start(), m.end(), m.group(), EntityType.LOCATION, home.mention().entityId()), home.ref(), home.featureCode()));
          continue;
        }
      }
      PlaceMention antecedent = antecedent(article, s.start(), m.start(), places, false);
      if (vocabulary.contains("anaphorsite", m.group(1))) {
        // A site is where the report brought it in, or nowhere it can tell.
        PlaceMention site = antecedent != null ? antecedent : siteIntroduced(article, sentences, index, m.group(1), state.countries);
        // "troops hold the police station": a town's own service the report never placed, in a sentence naming no place, is
        // one of the town the report is about.
        if (site == null && places.isEmpty() && vocabulary.isExactly("townservice", m.group(1).toLowerCase(Locale.ROOT))) {
          site = paragraphTopic(article, state, m.start());
        }
        if (site != null) places.add(new PlaceMention(new Mention(m.start(), m.end(), m.group(), EntityType.LOCATION, site.mention().entityId()), site.ref(), site.featureCode()));
        continue;
      }
      if (antecedent == null && main) {
        // "entered the Lebanese part of the town of X ... the town": the place named with the same noun in the few sentences before.
        PlaceFallback.Found of = fallback.namedOf(article, m.group(1), sentences.get(Math.max(0, index - ANAPHORA_LOOKBACK)).start(), m.start(), state.countries);
        if (of != null) antecedent = PlaceMention.of(of);
      }
      if (antecedent == null && main) {
        // "the Ridgeton post ... the post": the place named with the same noun before.
        PlaceFallback.Found named = fallback.namedWith(article, m.group(1), m.start(), state.countries);
        if (named != null && !ofAnotherEntry(article, PlaceMention.of(named), m.start())) antecedent = PlaceMention.of(named);
      }
      // "militants overran a town near X ... retook the town": a town brought in at or near a place is another
      // settlement than it (X only locates it); a camp or a base brought in at X stands there, and stays there in
      // another voice: "the group said its fighters took the camp" is no speaker's own place past a speech break.
      PlaceMention introduced = antecedent == null && main && !settlementNoun ? introducedAt(article, m.group(1), m.start()) : null;
      if (introduced != null) antecedent = introduced;
      // "Residents who fled to X told reporters that the insurgents held the town": past a speech
      // break "the town" is the article's, not the place named in the speaker's clause.
      if (main && (antecedent == null || introduced == null && reportedContent.matcher(text).region(antecedent.mention().end(), m.start()).find())) {
        PlaceMention topic = paragraphTopic(article, state, m.start());
        if (topic != null) antecedent = topic;
      }
      if (antecedent == null) {
        int from = main ? 0 : sentences.get(Math.max(0, index - ANAPHORA_LOOKBACK)).start();
        antecedent = antecedent(article, from, m.start(), places, main);
      }
      if (antecedent == null) continue;
      antecedent = ofSameKind(article, state, m.group(1), m.start(), antecedent);
      if (speakersPlaceHere(article, s.start(), m.start(), antecedent)) continue;
      Mention here = new Mention(m.start(), m.end(), m.group(), EntityType.LOCATION, antecedent.mention().entityId());
      places.add(new PlaceMention(here, antecedent.ref(), antecedent.featureCode()));
    }
  }

  /**
   * "the river hamlet of X ... fled to the town of Y ... no marines in the hamlet": the place brought in as the
   * anaphor's size of settlement, when the antecedent found was brought in as another size or only locates it
   * ({@link SettlementKinds#sameKind}); else the antecedent.
   */
  private PlaceMention ofSameKind(AnnotatedArticle article, State state, String noun, int at, PlaceMention antecedent) {
    if (state.introductions == null) state.introductions = kinds.introductions(article, fallback, state.countries);
    PlaceFallback.Found other = kinds.sameKind(state.introductions, noun, at, antecedent.mention());
    return other == null ? antecedent : PlaceMention.of(other);
  }

  /**
   * Whether {@code found} was named in an earlier paragraph, and the paragraph of {@code at} has named another
   * settlement before it: a round-up's or a live blog's new entry tells of its own town ("north of X town ... [new
   * entry] Rebels drove the police out of Y. The army says it holds the town"), so a noun referring back stays in it.
   */
  private boolean ofAnotherEntry(AnnotatedArticle article, PlaceMention found, int at) {
    int paragraph = article.text().lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    if (found.mention().start() >= paragraph) return false;
    String name = found.mention().text();
    String entity = found.mention().entityId();
    return paragraphSettlementsIn(article, paragraph, at, true).stream()
        .anyMatch(p -> !p.mention().text().equals(name) && (entity == null || !entity.equals(p.mention().entityId())));
  }

  /**
   * "Gunmen raided X on Monday ... jets struck a market there": in a sentence naming no settlement, "there" stands
   * for the settlement named last in the few sentences before, as "the village" does; with none named it stands for
   * nothing the extractor can tell. Not beside a control verb: "armed men were still there", "nothing left there to
   * hold" are as often about a part of the town or a site as about the town named last, and read there they cost more
   * control claims than they gave.
   */
  void thereReferences(AnnotatedArticle article, List<Annotations.Span> sentences, int index, List<PlaceMention> places, List<Trigger> triggers) {
    Annotations.Span s = sentences.get(index);
    if (places.stream().anyMatch(p -> Locators.settlement(p.featureCode())) || triggers.stream().anyMatch(Trigger::control)) return;
    Matcher m = THERE.matcher(article.text()).region(s.start(), s.end());
    PlaceMention antecedent = null;
    while (m.find()) {
      if (antecedent == null) antecedent = antecedent(article, sentences.get(Math.max(0, index - ANAPHORA_LOOKBACK)).start(), s.start(), List.of(), false);
      if (antecedent == null) return;
      if (speakersPlaceHere(article, s.start(), m.start(), antecedent)) continue;
      Mention here = new Mention(m.start(), m.end(), m.group(), EntityType.LOCATION, antecedent.mention().entityId());
      places.add(new PlaceMention(here, antecedent.ref(), antecedent.featureCode()));
    }
  }

  /**
   * "Residents of X told us gunmen had entered the village", "a trader from X who reached Y said soldiers patrol the
   * town", "villagers who fled X towards Y say the militants hold the village": onlookers tell of the settlement they
   * are of, so in their words "the village" is that one, not a place they went to since, one that only locates theirs
   * ("X, in Z municipality") nor the report's topic; so is "the checkpoint" or "the post" they watch. Only when their
   * words name no place before the anaphor; {@code null} when the sentence's speaker is no onlooker of a named settlement.
   */
  PlaceMention onlookersHome(AnnotatedArticle article, Annotations.Span s, int at, List<PlaceMention> places, Set<String> countries) {
    String text = article.text();
    Matcher said = speechWord.matcher(text).region(s.start(), at);
    if (!said.find()) return null;
    int cue = said.start();
    if (places.stream().anyMatch(p -> p.mention().start() >= cue && p.mention().start() < at
        && !listenerPlace.matcher(text).region(cue, p.mention().start()).find())) return null;
    Matcher of = onlookerOf.matcher(text).region(s.start(), cue);
    while (of.find()) {
      PlaceMention home = settlementAt(article, of.end(), cue, countries);
      if (home != null) return home;
    }
    // "In X, a farming town, residents said": a fronted place the onlookers then speak in is theirs.
    Matcher fronted = FRONTED_IN.matcher(text).region(s.start(), cue);
    if (fronted.lookingAt() && onlookersSpeaking.matcher(text).region(fronted.end(), cue).find()) {
      PlaceMention home = settlementAt(article, fronted.end(), cue, countries);
      if (home != null) return home;
    }
    Matcher before = onlookerAfterName.matcher(text).region(s.start(), cue);
    while (before.find()) {
      // Untagged, a capitalised word before "villagers" is as often a people's name ("Dogon villagers") as a place's.
      PlaceMention home = settlementAt(article, before.start(1), before.end(1), null);
      if (home != null) return home;
    }
    return null;
  }

  /**
   * The settlement named right at {@code start}, before {@code limit}: tagged, or found by the fallback unless
   * {@code countries} is {@code null}; else {@code null}.
   */
  private PlaceMention settlementAt(AnnotatedArticle article, int start, int limit, Set<String> countries) {
    for (Mention named : article.mentionsIn(start, limit)) {
      if (named.start() != start || named.type() != EntityType.LOCATION) continue;
      Place p = article.place(named);
      return (p == null || Locators.settlement(p.featureCode())) && !locators.areaNamed(article.text(), named.end()) ? PlaceMention.of(named, p) : null;
    }
    if (countries == null) return null;
    PlaceFallback.Found f = fallback.namedAt(article, start, limit, countries);
    return f == null || !Locators.settlement(f.featureCode()) || locators.areaNamed(article.text(), f.mention().end()) ? null
        : PlaceMention.of(f);
  }

  /**
   * "attacked a camp for displaced people at Tessit, in the Lakeside territory ... set fire to shelters
   * in the camp": the place the noun was last brought in at ("a camp at X", "their patrol base in
   * X"). Towns named after it do not move it: they are where help came from, where people fled, where
   * sources sit, far more often than a second camp's, which its own "a camp at Y" brings in. {@code null} if none.
   */
  private PlaceMention introducedAt(AnnotatedArticle article, String noun, int before) {
    String text = article.text();
    Matcher m = introducedAtNoun.computeIfAbsent(noun.toLowerCase(Locale.ROOT), n -> Pattern.compile("\\b" + Pattern.quote(n)
        + "(?:\\s+(?:for|of)(?:\\s+[\\p{Ll}-]+){1,3}?)?" + NAMED_AFTER.pattern(), Pattern.CASE_INSENSITIVE)).matcher(text).region(0, before);
    PlaceMention last = null;
    while (m.find()) {
      for (Mention named : article.mentionsIn(m.end(), Math.min(before, m.end() + 12))) {
        Place p = article.place(named);
        if (named.type() != EntityType.LOCATION || p != null && !Locators.settlement(p.featureCode())) continue;
        last = PlaceMention.of(named, p);
        break;
      }
    }
    return last;
  }

  /**
   * "an oil flow station at X ... troops recaptured the facility": the settlement named nearest the
   * site noun in the latest earlier sentence that has both, the sentence that brought the site in;
   * {@code null} when no earlier sentence names the site beside a settlement.
   */
  private PlaceMention siteIntroduced(AnnotatedArticle article, List<Annotations.Span> sentences, int index, String noun, Set<String> countries) {
    String text = article.text();
    Pattern word = siteWords.computeIfAbsent(noun.toLowerCase(Locale.ROOT),
        n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\b", Pattern.CASE_INSENSITIVE));
    for (int k = index - 1; k >= 0; k--) {
      Annotations.Span s = sentences.get(k);
      Matcher site = word.matcher(text).region(s.start(), s.end());
      if (!site.find()) continue;
      // "assigned to the station withdrew to Y": a site referred back to stands at no place named after it.
      boolean referred = SITE_REFERRED.matcher(text).region(Math.max(s.start(), site.start() - 8), site.start()).find();
      if (!referred) {
        // "the Integrated Police Station of X": a place named right after the site is where it stands, tagged or not.
        for (PlaceFallback.Found f : fallback.after(article, site.end(), s.end(), countries)) {
          if (Locators.settlement(f.featureCode()) && SITE_AT.matcher(text).region(site.end(), f.mention().start()).matches()) {
            return PlaceMention.of(f);
          }
        }
      }
      PlaceMention nearest = null;
      for (Mention m : article.mentionsIn(s.start(), referred ? site.start() : s.end())) {
        if (m.type() != EntityType.LOCATION || m.end() > s.end()) continue;
        Place p = article.place(m);
        // "X, a town north of Y, where militants attacked the station": Y only locates X.
        if (p != null && !Locators.settlement(p.featureCode()) || usedAsSide(text, m, p == null ? "" : p.featureCode())
            || LOCATING_DIRECTION.matcher(text).region(Math.max(s.start(), m.start() - 20), m.start()).find()
            // "attacked the station and then fled towards Y": where a side fled to is not where the site stands.
            || destination.matcher(text).region(Math.max(s.start(), m.start() - 60), m.start()).find()) continue;
        if (nearest == null || Math.abs(m.start() - site.start()) < Math.abs(nearest.mention().start() - site.start())) {
          nearest = PlaceMention.of(m, p);
        }
      }
      if (nearest != null) return nearest;
    }
    return null;
  }

  /**
   * "the army says it holds the town; residents say rebels still patrol its eastern wards", "the RSF
   * holds the market and the western neighbourhoods": a part of a town told only by its direction is
   * the town "the town" would stand for here, the settlement named last before it in the sentence,
   * else the paragraph's; not when a name follows ("the eastern wards of X", "the eastern districts in
   * X": that name is the place), nor when the place named last before it is a region or country ("Gao
   * region ... its northern districts").
   */
  void townQuarters(AnnotatedArticle article, Annotations.Span s, List<PlaceMention> places, State state) {
    String text = article.text();
    Matcher m = townQuarter.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      int start = m.start(), end = m.end();
      if (places.stream().anyMatch(p -> p.mention().start() < end && start < p.mention().end())) continue;
      Matcher at = NAMED_AFTER.matcher(text).region(end, Math.min(s.end(), end + 16));
      if (at.lookingAt() && at.end() < s.end() && Character.isUpperCase(text.charAt(at.end()))) continue;
      // The area named last before it, by the gazetteer or by its noun ("In Gao region", "in X state"), after any settlement.
      int area = -1, town = -1;
      boolean unknown = false;
      for (Mention n : article.mentionsIn(s.start(), start)) {
        if (n.type() != EntityType.LOCATION) continue;
        Place p = article.place(n);
        if (locators.areaNamed(text, n.end()) || p != null && !Locators.settlement(p.featureCode())) area = n.start();
        else if (p != null) town = n.start();
        else unknown = true;
      }
      Matcher named = areaByNoun.matcher(text).region(s.start(), start);
      while (named.find()) area = Math.max(area, named.start());
      if (area > town) continue;
      PlaceMention antecedent = antecedent(article, s.start(), start, places, false);
      // "the base is divided: government forces hold its western edge": "its" is a thing's the sentence names, a
      // settlement only when the sentence names one; nor is a name no gazetteer places ("In X, our men hold the
      // eastern neighbourhoods") the paragraph's town.
      boolean possessive = !m.group().regionMatches(true, 0, "the", 0, 3);
      if (antecedent == null && !possessive && !unknown) antecedent = paragraphTopic(article, state, start);
      if (antecedent == null) continue;
      places.add(new PlaceMention(new Mention(start, end, m.group(), EntityType.LOCATION, antecedent.mention().entityId()), antecedent.ref(), antecedent.featureCode()));
    }
  }

  /**
   * "Rebels seized X and Y last year ... It says troops dominate both villages": "both villages",
   * "the two towns", "all three villages" stand for each of the settlements listed last before them
   * (in the sentence or the few before), when as many are named one after another joined by commas
   * or "and"; with no such list they refer to nothing the extractor can tell.
   */
  void pluralReferences(AnnotatedArticle article, List<Annotations.Span> sentences, int index, List<PlaceMention> places, State state) {
    String text = article.text();
    Annotations.Span s = sentences.get(index);
    Matcher m = pluralPlaces.matcher(text).region(s.start(), s.end());
    while (m.find()) {
      Long count = m.group(1) != null ? Long.valueOf(2) : vocabulary.numberWord(m.group(2).toLowerCase(Locale.ROOT));
      if (count == null || count < 2 || count > 4) continue;
      List<PlaceMention> named = settlementsBefore(article, sentences, index, state);
      for (PlaceMention p : places) if (p.mention().end() <= m.start() && Locators.settlement(p.featureCode())) named.add(p);
      named.sort(Comparator.comparingInt(p -> p.mention().start()));
      if (named.size() < count) continue;
      List<PlaceMention> list = named.subList(named.size() - count.intValue(), named.size());
      boolean joined = true;
      for (int k = 1; k < list.size() && joined; k++) {
        joined = LIST_JOIN.matcher(text.substring(list.get(k - 1).mention().end(), Math.max(list.get(k - 1).mention().end(), list.get(k).mention().start()))).matches()
            && !Objects.equals(list.get(k - 1).ref().entityId(), list.get(k).ref().entityId());
      }
      if (!joined) continue;
      for (PlaceMention p : list) {
        places.add(new PlaceMention(new Mention(m.start(), m.end(), m.group(), EntityType.LOCATION, p.mention().entityId()), p.ref(), p.featureCode()));
      }
    }
  }

  /**
   * The settlements the few sentences before {@code index} name: resolved, tagged though no gazetteer knows them, or
   * found by the fallback as the place of a claim there ("gunmen raided X and Y ... both villages" with X and Y unknown).
   */
  private List<PlaceMention> settlementsBefore(AnnotatedArticle article, List<Annotations.Span> sentences, int index, State state) {
    int first = Math.max(0, index - ANAPHORA_LOOKBACK);
    Map<Integer, PlaceMention> named = new TreeMap<>();
    for (Mention n : article.mentionsIn(sentences.get(first).start(), sentences.get(index).start())) {
      if (n.type() != EntityType.LOCATION) continue;
      Place p = article.place(n);
      boolean unknown = p == null && !namedAsOrganisation(article, n.text()) && !namesSide(n.text());
      if (p != null && Locators.settlement(p.featureCode()) || unknown) named.put(n.start(), PlaceMention.of(n, p));
    }
    String text = article.text();
    for (int k = state.claims.size() - 1; k >= 0 && state.claimSentence.get(k) >= first; k--) {
      PlaceRef ref = state.claims.get(k).place();
      if (ref == null || ref.geonameId() != 0 || ref.surface() == null || ref.surface().isEmpty()) continue;
      Annotations.Span in = sentences.get(state.claimSentence.get(k));
      for (int at = PhraseFinder.wholeWord(text, ref.surface(), in.start(), in.end(), in.start()); at >= 0; at = PhraseFinder.wholeWord(text, ref.surface(), in.start(), in.end(), at + 1)) {
        named.putIfAbsent(at, new PlaceMention(new Mention(at, at + ref.surface().length(), ref.surface(), EntityType.LOCATION, ref.entityId()), ref, ""));
      }
    }
    return new ArrayList<>(named.values());
  }

  /** "abandoned their post at Kalmat", "the base in X": a noun with the settlement it stands at named right after refers back to none. */
  private static boolean namedRightAfter(String text, int end, List<PlaceMention> places) {
    Matcher at = NAMED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 16));
    return at.lookingAt() && places.stream().anyMatch(p -> p.mention().start() == at.end() && Locators.settlement(p.featureCode()));
  }

  /**
   * "Marte, north of X, changed hands after the army recaptured it", "rebels held Nasir for months
   * before the army retook it": "it" right after a control verb stands for the settlement that
   * opens the sentence, that an earlier control verb of the sentence took or where the definite object of an earlier
   * attack stands ("stormed the camp at X and took control of it"), the later of them; in a sentence naming
   * no place ("Rebels overran Ridgeford. The army says it retook it"), the one settlement the sentence before names.
   */
  void pronounObjects(AnnotatedArticle article, List<Annotations.Span> sentences, int index, List<Trigger> triggers, List<PlaceMention> places,
      State state) {
    String text = article.text();
    Annotations.Span s = sentences.get(index);
    boolean unnamed = places.isEmpty();
    for (Trigger t : triggers) {
      if (!t.control()) continue;
      Matcher it = PRONOUN_OBJECT.matcher(text).region(t.end(), s.end());
      if (!it.lookingAt()) continue;
      PlaceMention antecedent = null;
      for (PlaceMention p : places) {
        if (p.mention().end() > t.start() || !Locators.settlement(p.featureCode())) continue;
        boolean opens = SENTENCE_OPENING.matcher(text).region(s.start(), p.mention().start()).matches();
        boolean taken = triggers.stream().anyMatch(o -> o != t && o.control() && o.end() <= p.mention().start()
            && TAKEN_OBJECT_GAP.matcher(text).region(o.end(), p.mention().start()).matches());
        // "stormed the barracks at X and took full control of it": what an assault hit and the taking then took is one site.
        taken |= triggers.stream().anyMatch(o -> o.kind() == Kind.ATTACK && o.end() <= p.mention().start()
            && ASSAULTED_OBJECT_GAP.matcher(text).region(o.end(), p.mention().start()).matches());
        // "the X post was never lost, and residents say soldiers remained inside it": so does the subject of an earlier control verb.
        boolean subject = triggers.stream().anyMatch(o -> o != t && o.control() && o.end() <= t.start() && o.start() >= p.mention().end()
            && EARLIER_SUBJECT_GAP.matcher(text).region(p.mention().end(), o.start()).matches());
        if ((opens || taken || subject) && (antecedent == null || p.mention().start() > antecedent.mention().start())) antecedent = p;
      }
      // "The gunmen attacked the police post but did not take it": "it" is the nearer thing an earlier verb of the sentence took.
      boolean nearerObject = triggers.stream().anyMatch(o -> o != t && o.kind() != Kind.DENIAL && o.end() <= t.start()
          && OBJECT_AFTER.matcher(text).region(o.end(), t.start()).lookingAt());
      if (antecedent == null && unnamed && !nearerObject) antecedent = onlySettlementBefore(article, sentences, index, state);
      if (antecedent == null) continue;
      Mention here = new Mention(it.start(1), it.end(1), it.group(1), EntityType.LOCATION, antecedent.mention().entityId());
      addUnlessCovered(places, new PlaceMention(here, antecedent.ref(), antecedent.featureCode()));
    }
  }

  /**
   * The settlement the sentence before names, when it is in the same paragraph, names only that one (its residents
   * and sources included) and tells of fighting or control there, or asks about it ("Residents of X said fighters stayed
   * for hours. Nobody holds it now", "And X? The army says it retook it"); else {@code null}. A settlement only named
   * ("Troops from X found a cache. They seized it") is no object of the taking.
   */
  private PlaceMention onlySettlementBefore(AnnotatedArticle article, List<Annotations.Span> sentences, int index, State state) {
    if (index == 0) return null;
    String text = article.text();
    Annotations.Span before = sentences.get(index - 1);
    if (text.indexOf('\n', before.end(), sentences.get(index).start()) >= 0) return null;
    List<PlaceMention> named = paragraphSettlementsIn(article, before.start(), before.end(), false);
    if (named.isEmpty() || named.stream().map(p -> p.mention().entityId()).distinct().count() > 1) return null;
    PlaceMention only = named.get(0);
    if (QUESTION_END.matcher(text).region(before.start(), before.end()).find()) return only;
    // "Militants attacked a convoy near X. Soldiers recovered it.": a thing the last verb there brought in is what "it" takes up.
    Trigger last = triggerSearch.triggers(text, before, state).stream().max(Comparator.comparingInt(Trigger::end)).orElse(null);
    if (last != null && INDEFINITE_OBJECT.matcher(text).region(last.end(), before.end()).lookingAt()) return null;
    for (int k = state.claims.size() - 1; k >= 0 && state.claimSentence.get(k) == index - 1; k--) {
      Claim c = state.claims.get(k);
      if (c.type() != ClaimType.QUANTITY && c.place() != null && only.mention().entityId() != null && only.mention().entityId().equals(c.place().entityId())) return only;
    }
    return null;
  }

  /**
   * The settlement the article is about, if named before {@code at}: of the settlements it names
   * (tagged, or found by syntax after a claim trigger, as names the tagger missed often are), the
   * one named most often as a place the story is at, the headline's and the lead's naming it weighing
   * too; the first named on a tie. A town named often only as where the officers telling the story
   * sit, where people fled or what distances are measured from would otherwise outweigh the place
   * the lead tells of.
   */
  private PlaceMention topic(AnnotatedArticle article, State state, int at) {
    if (!state.topicKnown) {
      state.topicKnown = true;
      String text = article.text();
      List<PlaceMention> candidates = new ArrayList<>();
      for (Mention m : article.annotations().mentions()) {
        if (m.type() != EntityType.LOCATION) continue;
        Place p = article.place(m);
        if (p == null) {
          // A name the tagger read as a place though no gazetteer knows it ("Macomia") may be the topic all the same.
          if (!dateline(text, m) && !locators.areaNamed(text, m.end()) && !namedAsOrganisation(article, m.text()) && !namesSide(m.text())) candidates.add(PlaceMention.of(m, null));
          continue;
        }
        if (!Locators.settlement(p.featureCode()) || usedAsSide(text, m, p.featureCode()) || dateline(text, m) || locators.areaNamed(text, m.end())) continue;
        candidates.add(PlaceMention.of(m, p));
      }
      Annotations.Span lead = null;
      for (Annotations.Span s : article.annotations().sentences()) {
        for (Trigger t : triggerSearch.triggers(text, s, state)) {
          if (t.kind() == Kind.DENIAL) continue;
          if (lead == null) lead = s;
          for (PlaceFallback.Found f : fallback.after(article, t.end(), s.end(), state.countries)) {
            if (Locators.settlement(f.featureCode()) && !locators.areaNamed(text, f.mention().end()) && !namedAsOrganisation(article, f.mention().text())) {
              candidates.add(PlaceMention.of(f));
            }
          }
        }
      }
      Set<String> leading = new HashSet<>();
      for (PlaceMention c : candidates) if (leads(text, lead, c.mention())) leading.add(c.mention().text());
      int best = 0;
      // Candidates repeat their names (each tagged mention is one): each name is counted once.
      Map<String, Integer> counts = new HashMap<>();
      for (PlaceMention c : candidates) {
        int n = counts.computeIfAbsent(c.mention().text(), name -> settlementWeight(article, name) + (leading.contains(name) ? LEAD_WEIGHT : 0));
        if (n > best || n == best && state.topic != null && c.mention().start() < state.topic.mention().start()) {
          best = n;
          state.topic = c;
        }
      }
      if (state.topic != null) {
        int first = firstOccurrence(text, state.topic.mention().text());
        Mention m = state.topic.mention();
        state.topic = new PlaceMention(new Mention(first, first + m.text().length(), m.text(), m.type(), m.entityId()),
            state.topic.ref(), state.topic.featureCode());
      }
    }
    return state.topic != null && state.topic.mention().start() < at ? state.topic : null;
  }

  /**
   * The settlement "the town" or "the post" at {@code at} refers to: the article's topic, unless
   * the paragraph does not name it and has told of an event at another settlement before, as a
   * round-up's paragraph on a story of its own does ("Casamance. Rebels say they took X. The army
   * says the post never changed hands."); then that event's place, the latest.
   */
  private PlaceMention paragraphTopic(AnnotatedArticle article, State state, int at) {
    PlaceMention topic = topic(article, state, at);
    String text = article.text();
    int start = text.lastIndexOf('\n', at) + 1;
    // A paragraph names the topic when it names it as a place the story is at: "Y, 120 km south of X", "fled towards X",
    // "an officer in X said" name X only as what Y is measured from, where someone went or where a posted speaker is, and
    // leave the paragraph to the places it tells of (residents of X are X's, and still name it).
    if (topic != null) {
      String name = topic.mention().text();
      for (int i = PhraseFinder.wholeWord(text, name, start, at, start); i >= 0; i = PhraseFinder.wholeWord(text, name, start, at, i + name.length())) {
        if (!onlyLocates(text, start, i, false)) return topic;
      }
    }
    for (int k = state.claims.size() - 1; k >= 0; k--) {
      Claim c = state.claims.get(k);
      if (c.evidenceStart() < start) break;
      if (c.place() == null || c.type() != ClaimType.CONTROL && c.type() != ClaimType.ATTACK) continue;
      boolean tagged = false;
      for (Mention m : article.annotations().mentions()) {
        if (m.type() != EntityType.LOCATION || m.start() < start || m.end() > at) continue;
        Place p = article.place(m);
        if (p != null && p.entityId().equals(c.place().entityId())) {
          if (Locators.settlement(p.featureCode()) && !sourcePlace.matcher(text).region(start, m.start()).find()) return PlaceMention.of(m, p);
          tagged = true;
        }
      }
      // A name no gazetteer places, tagged or found after a trigger, may be the story's settlement all the same.
      String surface = c.place().surface();
      int named = tagged ? -1 : PhraseFinder.wholeWord(text, surface, start, at, start);
      if (named >= 0 && !sourcePlace.matcher(text).region(start, named).find()) {
        return new PlaceMention(new Mention(named, named + surface.length(), surface, EntityType.LOCATION, c.place().entityId()), c.place(), "");
      }
    }
    // "In Y, life was back to normal on Monday. Separatist fighters attacked the town": a paragraph that
    // does not name the report's topic is about the settlement it names itself (the last, past locators
    // and where sources sit); one that names none answers the question closing the paragraph before
    // ("PRESENTER: And Y itself? - GUEST: They say the town is besieged").
    // Only sentences before the anaphor's own: the same sentence's places were weighed already, and one before a
    // speech break there ("Residents who fled to X said the rebels held the town") says where the speakers are.
    int sentenceStart = at;
    for (Annotations.Span sp : article.annotations().sentences()) if (sp.start() <= at && at < sp.end()) sentenceStart = sp.start();
    PlaceMention own = paragraphSettlement(article, start, Math.max(start, sentenceStart));
    if (own == null && start >= 2) {
      int end = start - 1;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
      // Only a question about one settlement: "an elder from X who is now in Y, what have you heard?" asks about neither alone.
      int question = text.lastIndexOf('\n', end - 1) + 1;
      if (end > 0 && text.charAt(end - 1) == '?') own = paragraphSettlement(article, question, end);
      if (own != null && paragraphSettlements(article, question, end) > 1) own = null;
    }
    return own != null ? own : topic;
  }

  /** The settlement named last in {@code [from, to)} that is not a locator, a road's end, a destination or where a source sits. */
  private PlaceMention paragraphSettlement(AnnotatedArticle article, int from, int to) {
    List<PlaceMention> named = paragraphSettlementsIn(article, from, to, true);
    return named.isEmpty() ? null : named.get(named.size() - 1);
  }

  /** How many distinct settlements {@link #paragraphSettlement} weighs in {@code [from, to)}. */
  private int paragraphSettlements(AnnotatedArticle article, int from, int to) {
    return (int) paragraphSettlementsIn(article, from, to, true).stream().map(p -> p.mention().text()).distinct().count();
  }

  /** With {@code sources}, places where sources sit ("residents of X", "officials in X") are left out too. */
  private List<PlaceMention> paragraphSettlementsIn(AnnotatedArticle article, int from, int to, boolean sources) {
    String text = article.text();
    List<PlaceMention> named = new ArrayList<>();
    for (Mention m : article.mentionsIn(from, to)) {
      if (m.type() != EntityType.LOCATION) continue;
      Place p = article.place(m);
      String code = p == null ? "" : p.featureCode();
      if (p == null && (namedAsOrganisation(article, m.text()) || namesSide(m.text()))) continue;
      if (!Locators.settlement(code) || usedAsSide(text, m, code) || dateline(text, m) || outletName(text, m) || locators.areaNamed(text, m.end())
          || fallback.partOfOtherName(article, m.start(), m.end())) continue;
      if (onlyLocates(text, from, m.start(), true)) continue;
      named.add(PlaceMention.of(m, p));
    }
    return named;
  }

  /**
   * Whether the words before a name at {@code at} make it only a locator of something else: a reference point, a
   * direction's origin, a posted speaker's place, a road's end, where someone was going; with {@code sources}, where
   * sources sit ("residents of X") as well.
   */
  private boolean onlyLocates(String text, int from, int at, boolean sources) {
    int before = Math.max(from, at - 60);
    return Locators.referencePoint(text, at) || locators.locatesAnother(text, at)
        || speakerPlace.matcher(text).region(before, at).find() || sources && sourcePlace.matcher(text).region(before, at).find()
        || ROAD_END.matcher(text).region(before, at).find() || ROAD_TO.matcher(text).region(before, at).find()
        || travelTo.matcher(text).region(before, at).find() || destination.matcher(text).region(before, at).find();
  }

  /**
   * How often {@code name} stands in the text as a whole name, in halves, past mere locators: an area's name ("Kalat
   * district") counts half, since the district may be the town's or only named after it.
   */
  private int settlementOccurrences(String text, String name) {
    int n = 0;
    for (int i = PhraseFinder.wholeWord(text, name, 0, text.length(), 0); i >= 0; i = PhraseFinder.wholeWord(text, name, 0, text.length(), i + name.length())) {
      int end = i + name.length();
      // "gunmen linked to the Lakeside government": the name stands for a government there, not for a place the story is at.
      if (governmentAfter.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) continue;
      // "sources in X said", "fled to X", "20 km from X": where the tellers sit, went or measure from is no place the story is at.
      if (onlyLocates(text, text.lastIndexOf('\n', i) + 1, i, false)) continue;
      n += locators.areaNamed(text, end) ? 1 : 2;
    }
    return n;
  }

  /** How strongly the report is about {@code name}: its occurrences, and its headline's naming it as no mere locator. */
  private int settlementWeight(AnnotatedArticle article, String name) {
    int n = settlementOccurrences(article.text(), name);
    String title = article.article().title();
    int i = title == null ? -1 : PhraseFinder.wholeWord(title, name, 0, title.length(), 0);
    if (i >= 0 && !onlyLocates(title, 0, i, true)) n += TITLE_WEIGHT;
    return n;
  }

  /** Whether {@code m} stands in the lead, the first sentence telling of an event, as a place it is at. */
  private boolean leads(String text, Annotations.Span lead, Mention m) {
    return lead != null && lead.start() <= m.start() && m.end() <= lead.end() && !onlyLocates(text, lead.start(), m.start(), true);
  }

  /**
   * Whether an unresolved name is an organisation's: an acronym ("TNI"), or a name the tagger reads
   * as an organisation somewhere in the article ("AA"); no settlement to refer back to.
   */
  private static boolean namedAsOrganisation(AnnotatedArticle article, String name) {
    if (name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))) return true;
    for (Mention m : article.annotations().mentions()) {
      if (m.type() == EntityType.ORGANIZATION && m.text().equals(name)) return true;
    }
    return false;
  }

  /** Where {@code name} first stands as a whole name ("Bara", not the start of "Barakat"); it occurs at least once. */
  private static int firstOccurrence(String text, String name) {
    int whole = PhraseFinder.wholeWord(text, name, 0, text.length(), 0);
    return whole >= 0 ? whole : text.indexOf(name);
  }

  /** The last (or, with {@code main}, the most mentioned) settlement named in {@code [from, to)}, tagged or found in this sentence. */
  private PlaceMention antecedent(AnnotatedArticle article, int from, int to, List<PlaceMention> here, boolean main) {
    String text = article.text();
    PlaceMention best = null;
    int bestCount = 0;
    for (Mention m : article.mentionsIn(from, to)) {
      if (m.type() != EntityType.LOCATION) continue;
      Place p = article.place(m);
      // A name the tagger reads as a place though no gazetteer knows it ("a camp at X") is a settlement as well:
      // skipping it put "the camp" on a better-known town the report names only to locate it.
      String code = p == null ? "" : p.featureCode();
      if (p == null && (namedAsOrganisation(article, m.text()) || namesSide(m.text()))) continue;
      if (!Locators.settlement(code) || usedAsSide(text, m, code) || dateline(text, m) || outletName(text, m)) continue;
      // "a village in the Upper Lake Local Government Area of Hill State": a name ending in its own area
      // noun is the area the settlement lies in, whether the area word follows it or closes it.
      // "in Kiambi, on the Luvua river": a name no gazetteer knows that ends in a land feature's or a river's noun is no settlement.
      if (p == null && locators.featureEnd.matcher(m.text()).find()) continue;
      if (locators.areaNamed(text, m.end()) || locators.areaEnd.matcher(m.text()).find() || Locators.referencePoint(text, m.start()) || fallback.partOfOtherName(article, m.start(), m.end())
          || whereSpeakerIs(article, m.start(), to) || locators.locatesAnother(text, m.start()) || fledTo(text, from, m.start())) continue;
      int count = p != null ? p.mentions() : taggedCount(article, m.text());
      if (main && count < bestCount) continue;
      bestCount = count;
      best = PlaceMention.of(m, p);
    }
    for (PlaceMention p : here) {
      if (p.mention().end() > to || !Locators.settlement(p.featureCode()) || (best != null && p.mention().start() < best.mention().start())) continue;
      if (p.featureCode().isEmpty() && namedAsOrganisation(article, p.mention().text()) || Locators.referencePoint(text, p.mention().start())
          || whereSpeakerIs(article, p.mention().start(), to) || locators.locatesAnother(text, p.mention().start()) || fledTo(text, from, p.mention().start())) continue;
      if (!main || bestCount <= 1 || p.ref().entityId().equals(best.ref().entityId())) best = p;
    }
    return best;
  }

  /** Whether the words before a place end in an attack's origin ({@link #ATTACK_ORIGIN}) whose "from" no flight verb owns. */
  boolean originFrom(String words) {
    Matcher m = ATTACK_ORIGIN.matcher(words);
    return m.find() && !fledFrom.matcher(words).region(0, m.start()).find();
  }

  /**
   * "A woman who fled with her children to X said gunmen had taken over the community", "the unit withdrew to X after the
   * post was overrun": where someone fled or fell back to is a refuge, not the place a site noun refers back to; nor is
   * where help or fire came from ("returned with reinforcements from X and the post is back in army hands").
   */
  private boolean fledTo(String text, int from, int at) {
    return destination.matcher(text).region(Math.max(from, at - 60), at).find()
        || DIRECTION_ONLY.matcher(text).region(Math.max(from, at - 50), at).find();
  }

  /**
   * Whether an unresolved name is, whole, a listed side's ("Al-Shabaab", "Houthi"): the tagger
   * sometimes reads an armed group's name as a place; it is never the town referred back to.
   */
  private boolean namesSide(String name) {
    List<Sides.SideHit> hits = sides.find(name, 0, name.length());
    return hits.size() == 1 && hits.get(0).start() == 0 && hits.get(0).end() >= name.replaceFirst("['’]s$", "").length();
  }

  /** How often the tagger marks {@code name} as a place in the article: an unresolved name's count of mentions. */
  private static int taggedCount(AnnotatedArticle article, String name) {
    int n = 0;
    for (Mention m : article.annotations().mentions()) if (m.type() == EntityType.LOCATION && m.text().equals(name)) n++;
    return n;
  }

  /**
   * "A military officer in X confirmed that the base had been overrun", "a diplomat in X said the
   * mutineers held the city centre": a place that only says where a speaker is (most often a capital
   * or a headquarters the story is told from) is not what an anaphor in the words reported after the
   * speech verb refers to. Only within the speaker's own sentence (as the tagger split the text);
   * locals ("residents of X") are not such speakers.
   */
  private boolean whereSpeakerIs(AnnotatedArticle article, int start, int to) {
    String text = article.text();
    if (!speakerPlace.matcher(text).region(Math.max(0, start - 40), start).find()) return false;
    boolean oneSentence = article.annotations().sentences().stream().anyMatch(s -> s.start() <= start && to <= s.end());
    return oneSentence && vocabulary.first("cue", text, start, to).isPresent();
  }

  /**
   * "A military officer in X confirmed that the base had been overrun", "Local officials in X said soldiers occupy the
   * post": a place the anaphor's own sentence names before it only as where its speaker is posted is not what the
   * anaphor refers to, by whatever route (the report's topic included) it was reached.
   */
  private boolean speakersPlaceHere(AnnotatedArticle article, int from, int to, PlaceMention antecedent) {
    String name = antecedent.mention().text();
    boolean named = false;
    for (Mention m : article.mentionsIn(from, to)) {
      if (m.type() != EntityType.LOCATION || !m.text().equals(name)) continue;
      if (!whereSpeakerIs(article, m.start(), to)) return false;
      named = true;
    }
    return named;
  }

  List<PlaceMention> places(AnnotatedArticle article, Annotations.Span s) {
    String text = article.text();
    List<PlaceMention> out = new ArrayList<>();
    for (Mention m : article.mentionsIn(s.start(), s.end())) {
      // "I am leaving": a one-letter word is the speaker, whatever a gazetteer abbreviation says.
      if (m.type() != EntityType.LOCATION || m.text().strip().length() < 2) continue;
      Place p = article.place(m);
      String code = p == null ? "" : p.featureCode();
      if (usedAsSide(text, m, code) || dateline(text, m) || outletName(text, m)) continue;
      if (p == null && OF_NAME.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 8))).lookingAt()) continue;
      if (p == null && namesSide(m.text())) continue;
      PlaceFallback.Found whole = fallback.widened(article, m);
      if (whole != null) {
        // Both parts of "Vila da Serra" widen to the same name: one place.
        boolean seen = out.stream().anyMatch(o -> o.mention().start() == whole.mention().start() && o.mention().end() == whole.mention().end());
        if (!seen) out.add(PlaceMention.of(whole));
        continue;
      }
      if (fallback.partOfOtherName(article, m.start(), m.end())) continue;
      // "in Zaporizhzhia region": the region named after its capital, not the city.
      boolean region = locators.regionAfter.matcher(text.substring(m.end(), Math.min(s.end(), m.end() + 12))).find()
          || regionWordEnd.matcher(m.text()).find()
          || regionBefore.matcher(text.substring(Math.max(s.start(), m.start() - 16), m.start())).find();
      if (region && !code.startsWith("ADM")) code = "ADM1";
      // An unmarked name the resolver took for a first-level region may be its seat ("between Ansongo and Gao").
      if (!region && code.startsWith("ADM1")) code = "ADM1-SEAT";
      out.add(new PlaceMention(m, PlaceMention.refOf(m, p), code));
    }
    // A region is an object only when the sentence names nothing more precise.
    boolean precise = out.stream().anyMatch(p -> !p.featureCode().startsWith("ADM") && !p.featureCode().startsWith("PCL"));
    // ADM1-SEAT: kept beside precise places, but it is not precise itself.
    if (precise) out.removeIf(p -> p.featureCode().startsWith("ADM1") && !p.featureCode().equals("ADM1-SEAT")
        || p.featureCode().startsWith("PCL"));
    return out;
  }

  /**
   * "KHARTOUM, Jan 12 —", "Ridgeford, 8 February 2031" opening a paragraph: the place a report was filed from is not
   * what it is about.
   */
  private static boolean dateline(String text, Mention m) {
    String written = text.substring(m.start(), m.end()); // as written: the tagger may report it title-cased
    if (written.length() > 3 && written.equals(written.toUpperCase(Locale.ROOT))) return true;
    return (m.start() == 0 || text.charAt(m.start() - 1) == '\n')
        && DATE_AFTER_DATELINE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60)).lookingAt();
  }

  /** "Kyiv's forces", "Moscow said", "the Kiev regime": a capital or country standing for its government. */
  boolean usedAsSide(String text, Mention m, String code) {
    if (!code.equals("PPLC") && !code.startsWith("PCL")) return false;
    // "still held by Kiev": the agent of a passive.
    if (text.substring(Math.max(0, m.start() - 4), m.start()).equals(" by ")) return true;
    // Looked at from the name on, whatever follows: a paragraph may end right after "the Lakeside government."
    return stateVoiceAfter.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 24)).lookingAt();
  }

  /** "its Amaq outlet", "the Tasnim news agency": a name before a media noun is the outlet's, not a place. */
  private boolean outletName(String text, Mention m) {
    return outletAfter.matcher(text).region(m.end(), text.length()).lookingAt();
  }
}
