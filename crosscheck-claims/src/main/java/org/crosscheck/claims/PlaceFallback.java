package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.TimeRef;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;

/**
 * Places the entity tagger missed or mistyped ("Wad Madani" read as a person, "Ak-Sai" not read
 * at all), found among capitalised words right after a claim trigger and its object's words: a
 * name the tagger reads as a location elsewhere in the same article (one name, one sense per
 * report), an exact gazetteer name, or, unresolved, a name the syntax makes a place ("the port of
 * Salif", "near Ras Isa") though no gazetteer knows it. Only claim sentences are looked at, so the cost stays small. Of several features
 * with the name, one in a country the article already places things in wins, then the more
 * prominent (capitals and admin seats, population, number of names); features too obscure to be
 * what a reader means (unpopulated, barely named, outside the article's countries) are not taken.
 */
public final class PlaceFallback {

  /**
   * A capitalised word, hyphenated parts included ("Ak-Sai", "Kok-Tash"), and a capitalised word after
   * an elided article ("Saut-d'Eau", "Petite-Rivière-de-l'Estère"): the same name, where a possessive
   * "'s" is not.
   */
  private static final String NAME_WORD = "\\p{Lu}\\p{L}*(?:['’]\\p{L}+)?(?:-\\p{L}+)*(?:['’]\\p{Lu}\\p{L}*(?:-\\p{L}+)*)?";
  /** A lower-case article joined to the next word of a name: "Sahn al-Jin", "Tell el-Hawa". */
  private static final String JOINED_PARTICLE = "\\p{Ll}{1,3}-\\p{L}+";
  /** Up to three capitalised words, joined articles and particles included ("Vila da Serra"). */
  private final Pattern capitalised;
  /** A name and a list's joint right before a known place: "Dorvek and ", "Amsoya, ". */
  private final Pattern nameBeforeJoint;
  /** The words of a name before a tagged part of it: "Sahn al-" before "Jin", "Vila da " before "Serra". */
  private final Pattern nameHead;
  /** The words of a name after a tagged part of it: " da Serra" after "Vila", " al-Sayyed Ali" after "Hawsh". */
  private final Pattern nameTail;
  /** What may stand between a trigger and its object: lower-case words of the object's phrase (prepositions, articles, nouns), list joints. */
  private static final Pattern LEAD_IN = Pattern.compile("^(?:[\\s,\"“”'‘’\\p{Ll}\\p{N}-]|\\p{Lu}(?=\\p{N}))*$");
  private static final int MAX_LEAD_WORDS = 8;
  /** The longest lead that an area phrase may close: a site's own phrase, of up to eight words, then "in the area of". */
  private static final int MAX_AREA_LEAD_WORDS = 13;
  /** How far after a trigger its object's place may end, and how far when an area phrase leads to it. */
  private static final int MAX_REACH = 90;
  private static final int MAX_AREA_REACH = 140;
  /** A clause's opening, a subject's noun and a preposition right before a name: "the elements of the ", ", our units at the ". */
  private static final Pattern SUBJECT_HEAD_BEFORE = Pattern.compile(
      "(?:^|[,;:\"“”]|\\b(?:that|and|but|while|as|after|since))\\s*(?:(?i:the|our|its|their)\\s+)?(?:\\p{Ll}+\\s+){1,3}(?:of|at|on|in)\\s+the\\s+$");
  /** A possessive closing a name ("X's base"): whose site it is, a person or body as often as a place. */
  private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
  /** After a site's noun, a place that locates the site ("the X camp outside Y", "the X post near Y"). */
  private static final Pattern LOCATED_AFTER = Pattern.compile("^\\s+(?:outside|near)\\s+(?:the\\s+)?\\p{Lu}");
  /** Right before a name, what makes it a place whatever the tagger and gazetteer say: "the port of", "near", "the outskirts of". */
  private final Pattern placeSyntax;
  /** Right before a name, the ground around it (placewords.tsv's "vicinitynoun"): "in the area of", "on the outskirts of". */
  private final Pattern areaOf;
  /** "The base of" opening a clause before a subject: the name after it is a place by syntax ("The base of X remains held by ..."). */
  private final Pattern placeOfOpening;
  /** A clause's opening right before its subject, a speech verb's bare complement included ("officials said X has fallen"). */
  private final Pattern clauseOpening;
  /** Nothing but an article (or an opening or closing quote: liberated" X) between a trigger and a name: the name is the trigger's object ("recaptured Adan Yabaal"). */
  private static final Pattern DIRECT_OBJECT = Pattern.compile("^[\\s\"“”‘']*(?:the\\s+)?$");
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{Ll}[\\p{L}'’-]*)");
  private static final Pattern OF_NAME_AFTER = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}");
  private static final Pattern OF_NAME_BEFORE = Pattern.compile("\\p{Lu}\\p{L}*\\s+of\\s+(?:the\\s+)?$");
  /** Between a candidate name's words: compiled once, as String.split would per call for "\\s". */
  private static final Pattern WORD_GAP = Pattern.compile("\\s");
  /** Between a lead's words, spaces doubled or not. */
  private static final Pattern WORD_RUN = Pattern.compile("\\s+");
  /** Shorter unresolved names are too often common words ("On X", "Mr"). */
  private static final int MIN_UNRESOLVED = 3;
  /**
   * Capitalised words, an apposition of lower-case words between commas ("X, the district capital,"),
   * then only lower-case words (auxiliaries, negation, adverbs) up to the trigger, or none before
   * one that opens with "is" ("X is ours").
   */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{L}*(?:['’]\\p{L}+)?(?:-\\p{L}+)*(?:\\s\\p{Lu}\\p{L}*(?:['’]\\p{L}+)?(?:-\\p{L}+)*){0,2})(?:,\\s+(?:the|a|an)\\s+[\\p{Ll}\\p{N}'’ -]+,)?(?:\\s+[\\p{Ll}'’]+){0,4}\\s+$");
  private static final Pattern LOCATIVE = Pattern.compile(
      "\\b(?:in|near|from|at|outside|around|into|inside)\\s+(?:the\\s+)?(\\p{Lu}\\p{L}*(?:['’]\\p{L}+)?(?:-\\p{L}+)*(?:\\s\\p{Lu}\\p{L}*(?:['’]\\p{L}+)?(?:-\\p{L}+)*){0,2})");
  private static final Pattern PARTITIVE = Pattern.compile("\\s+of\\s");
  /** A noun phrase's own article or possessive right after the capitalised words: "Today the road is held". */
  private static final Pattern DETERMINER_NEXT = Pattern.compile("^\\s+(?:the|a|an|its|their|his|her|this|that|these|those)\\s");
  /** The end of a quote: what follows is outside the statement ("...," Gerasimov told). */
  private static final Pattern QUOTE_END = Pattern.compile("[,.][\"”’']|[\"”’'],");
  private static final Pattern AND_JOINT = Pattern.compile("\\s*,?\\s+(?:and|or)\\s+");
  /** After a name, more of its list: ", Y", ", or Y", " and" ("X, Y and all the villages around"). */
  private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?\\p{Lu}|\\s+(?:and|or)\\s+");
  private static final Pattern LIST_JOINT = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

  /** Right before a name, what makes it a place in any report and any sentence: "the towns of", "the village of", "near". */
  private final Pattern settlementOf;
  private final Pattern settlementSyntax;

  /** A number after a name ("Ward No. 3", "Ward No 3"): the name is an address's part, not a settlement's. */
  private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s+(?:No|Nos|Number)\\.?\\s*\\d");
  /** "Ward No" read as a name before ". 3". */
  private static final Pattern NUMBER_WORD_END = Pattern.compile("(?:^|\\s)(?:No|Nos|Number)$");
  private static final Pattern NUMBER_START = Pattern.compile("^\\.?\\s*\\d");

  /** One place found. */
  record Found(Mention mention, PlaceRef ref, String featureCode) {}

  private final Gazetteer gazetteer;
  private final Sides sides;
  /** Its "followsplace", "featurenoun", "subdivision" and "notaplace" words ({@code placewords.tsv}) judge names no gazetteer knows. */
  private final Vocabulary vocabulary;
  /** A force's or institution's head noun after a name and up to two capitalised words ("Manipur Police", "Kenya Defence Forces"), no site noun after it. */
  private final Pattern orgAfter;
  /** A form of "be" or a linking verb between a subject and a control word (placewords.tsv's "stateverb"): "X is held by". */
  private final Pattern stateVerb;
  /** A control phrase, after "is" or "remains", whose subject holds the place after it (placewords.tsv's "holderphrase"): "in control of". */
  private final Pattern holderPhrase;
  /** A site's noun and a preposition of place right before a name: "the post at ", "a checkpoint near ". */
  private final Pattern siteBefore;
  /** A noun a group's name heads, right after a name ("Pupiakin fighters"): the name may be the group's. */
  private final Pattern groupAfter;
  /** A group's or side's head noun after a name ("the X cartel", "in X hands"): placewords `sidehead`. */
  private final Pattern sideHeadAfter;
  /** A front's noun after a name ("the X front", "the X bloc"): placewords `frontnoun`; armed fronts are often named for people. */
  private final Pattern frontAfter;
  /** What is posted on a medium, right before its name (placewords `postword`): "a video posted on X", "messages shared on Y and X". */
  private final Pattern postedOn;
  /** Between an organisation's name and a place its name goes on to: "Force for X", "Commission for the X". */
  private static final Pattern FOR_AFTER_BODY = Pattern.compile("\\s+for\\s+(?:the\\s+)?");
  /** How far back an organisation's name may begin before the place its name ends with. */
  private static final int BODY_NAME_REACH = 120;
  /** A state's force noun right after a name ("Afar special forces", "Somaliland army positions"), no post or station noun after it (placewords.tsv's "forcequalifier" and "forcebuilding" words). */
  private final Pattern stateForceAfter;
  /** A possessive after a name: "at X's house" places the person's house, not the person. */
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");
  /** A preposition of place right before a name ("in Ridgeford soldiers killed five"): the name is where, whatever follows it. */
  private static final Pattern PLACE_PREPOSITION_BEFORE = Pattern.compile(
      "(?i)\\b(?:in|at|near|outside|around|inside|within|across)\\s+(?:the\\s+)?$");
  /** After a name, a site's noun past at most one lower-case word: " border post", " airbase" (placewords.tsv's "sitenoun"). */
  private final Pattern siteAfter;
  /** A site's capitalised noun closing or opening a name: "Forward Supply Base", "Camp Halvorsen" (placewords.tsv's "sitenoun"). */
  private final Pattern siteNamed;
  /** A preposition of place and a capitalised name right after a name: the place a site's name stands at. */
  private static final Pattern PLACE_NAMED_AFTER = Pattern.compile("^\\s+(?:at|in|near|outside)\\s+(?:the\\s+)?\\p{Lu}");
  /** "NAME post" patterns by noun, made once: extraction runs them for every "the post" it meets. */
  private final Map<String, Pattern> namedWithNoun = new ConcurrentHashMap<>();
  /** "the town of" patterns by noun, made once. */
  private final Map<String, Pattern> namedOfNoun = new ConcurrentHashMap<>();

  public PlaceFallback(Gazetteer gazetteer, Sides sides, Vocabulary vocabulary) {
    this.gazetteer = gazetteer;
    this.sides = sides;
    this.vocabulary = vocabulary;
    String particle = "(?=\\p{Ll})" + vocabulary.regex("nameparticle") + "\\s" ;
    // "al-Qasra": an article joined to the first word opens the name (inside one, JOINED_PARTICLE keeps it).
    this.capitalised = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:" + vocabulary.regexAsWritten("namearticle") + ")-)?" + NAME_WORD
        + "(?:\\s(?:" + NAME_WORD + "|" + JOINED_PARTICLE + "|" + particle + NAME_WORD + ")){0,2}(?![\\p{L}\\p{N}])");
    this.nameBeforeJoint = Pattern.compile("(?<name>" + capitalised.pattern() + ")(?<joint>" + LIST_JOINT.pattern() + ")$");
    this.nameHead = Pattern.compile(NAME_WORD + "\\s(?:\\p{Ll}{1,3}-|" + particle + ")$");
    this.orgAfter = Pattern.compile("^(?:\\s+\\p{Lu}\\p{L}*){0,2}\\s+(?:" + String.join("|", vocabulary.phrases("orgnoun")) + ")(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})");
    this.sideHeadAfter = Pattern.compile("^(?:\\s+\\p{Lu}\\p{L}*){0,2}\\s+" + vocabulary.regex("sidehead") + "(?![\\p{L}\\p{N}])");
    String site = "(?=\\p{Lu})(?i:" + vocabulary.regexAsWritten("sitenoun") + ")";
    this.siteNamed = Pattern.compile("(?<![\\p{L}\\p{N}])" + site + "$|^" + site + "\\s");
    this.siteAfter = Pattern.compile("\\s+(?:\\p{Ll}+\\s+)?(?:" + vocabulary.regexAsWritten("sitenoun") + ")(?![\\p{L}\\p{N}])");
    this.stateVerb = Pattern.compile("(?<![\\p{L}])(?:" + vocabulary.regexAsWritten("stateverb") + ")(?![\\p{L}])");
    this.holderPhrase = Pattern.compile("(?:(?:" + vocabulary.regexAsWritten("stateverb") + ")\\s+)?(?:still\\s+)?(?:" + vocabulary.regexAsWritten("holderphrase") + ")(?![\\p{L}])");
    this.siteBefore = Pattern.compile("(?<![\\p{L}])(?:" + vocabulary.regexAsWritten("sitenoun") + ")\\s+(?:at|near|outside|in)\\s+(?:the\\s+)?$");
    // "the X front line" is where the fighting is; "the X front" alone is the formation.
    this.frontAfter = Pattern.compile("^\\s+(?:" + vocabulary.regex("frontnoun") + ")(?![\\p{L}\\p{N}])(?!\\s+lines?\\b)");
    this.postedOn = Pattern.compile("(?<![\\p{L}])" + vocabulary.regex("postword") + "\\s+on\\s+(?:\\p{Lu}\\p{L}*(?:\\s*,\\s*|\\s+(?:and|or)\\s+))?$");
    this.groupAfter = Pattern.compile("^\\s+(?:" + vocabulary.regexAsWritten("groupnoun") + ")(?![\\p{L}\\p{N}])");
    this.stateForceAfter = Pattern.compile("^\\s+(?:(?:" + vocabulary.regexAsWritten("forcequalifier") + ")\\s+)*(?:" + vocabulary.regexAsWritten("stateforce") + "|forces"
        + ")(?![\\p{L}\\p{N}])(?!\\s+(?:" + vocabulary.regexAsWritten("postnoun", "forcebuilding") + ")(?![\\p{L}\\p{N}]))");
    // lexicon.tsv's settlement nouns, matched as written (case included): a capitalised "Town of" may begin a name.
    String settlement = vocabulary.regexAsWritten("settlementnoun");
    String edge = vocabulary.regexAsWritten("edgenoun");
    this.placeSyntax = Pattern.compile("\\b(?:" + vocabulary.regexAsWritten("placeofnoun") + "\\s+of|near|outside|around|in|on|at|into|of|from)\\s+(?:the\\s+)?$");
    String opening = "(?:^|[,;:\"“”]|\\b(?:that|and|but|while|as|after|since|" + vocabulary.regexAsWritten("barespeech") + "))\\s*";
    this.clauseOpening = Pattern.compile(opening + "(?:the\\s+)?$");
    // "The garrison of X has fallen": a site's noun, as a settlement's, makes the name after "of" a place.
    this.placeOfOpening = Pattern.compile(opening + "(?:[Tt]he\\s+)?(?:"
        + vocabulary.regexAsWritten("placeofnoun", "sitenoun") + ")\\s+of\\s+$");
    this.areaOf = Pattern.compile("\\b(?:in|on|to|into|across)\\s+the\\s+(?:" + vocabulary.regexAsWritten("vicinitynoun") + ")\\s+of\\s+(?:the\\s+)?$");
    this.settlementOf = Pattern.compile("\\b" + settlement + "\\s+of\\s+(?:the\\s+)?$");
    this.settlementSyntax = Pattern.compile("\\b(?:(?:" + settlement + "|" + edge + ")\\s+of|near|outside)\\s+(?:the\\s+)?$");
    this.nameTail = Pattern.compile("\\s(?:" + particle + NAME_WORD + "|\\p{Ll}{1,3}-\\p{Lu}\\p{L}*(?:\\s" + NAME_WORD + ")?)(?![\\p{L}\\p{N}])");
  }

  /**
   * Whether the words at {@code [start, end)} only begin or end another kind of name, so name no
   * place: a force or institution ("Manipur" of "Manipur Police", "Kenya" of "Kenya Defence
   * Forces", "Assam Rifles" read whole as a place), a person the tagger names at more length
   * ("Tariq" of "Usman Tariq"), or a numbered part of an address ("Ward No. 3"); or a name no
   * gazetteer places before a group noun ("Pupiakin fighters were occupying the bridge"): the
   * group's name, which the tagger read as a place. Nor does the medium something was posted on
   * ("a video posted on X"), nor a name ending a body's ("the Security Force for X").
   */
  boolean partOfOtherName(AnnotatedArticle article, int start, int end) {
    String text = article.text();
    if (start < 0 || end > text.length() || end <= start) return false;
    String words = text.substring(start, end);
    String last = words.substring(words.lastIndexOf(' ') + 1);
    String after = text.substring(end, Math.min(text.length(), end + 60));
    if (vocabulary.isExactly("orgnoun", last) || orgAfter.matcher(after).lookingAt()) return true;
    // "the X cartel", "the X lashkar", "still in X hands": the name is the group's or the side's,
    // known place or not, and after "in" too.
    if (sideHeadAfter.matcher(after).lookingAt()) return true;
    // "the Northern Supply Base at X", "Camp Y near X": the site's own name, which the tagger reads as a
    // place; the claim is about the place named after it.
    if (siteNamed.matcher(words).find() && PLACE_NAMED_AFTER.matcher(after).lookingAt()) return true;
    if (groupAfter.matcher(after).lookingAt() && !knownPlace(article, start, end, words)) return true;
    // "the X front": fronts are named for places as often as for people; the report's own reading of X decides.
    if (frontAfter.matcher(after).lookingAt() && readAsPersonOnly(article, words)) return true;
    if (postedOn.matcher(text).region(Math.max(0, start - 50), start).find() || endsBodyName(article, start)) return true;
    // "Afar special forces drove them out", "attacked Somaliland army positions": a state or region
    // before a state's force noun names whose force it is, not where it acts; after "in"/"at"
    // it is still where ("in Ridgeford soldiers killed five"), and "the Kyaukme police station" is a place.
    // A town's police or troops are where they are, and a town before a force noun is most often the
    // end of a phrase whose comma is left out ("after the fall of X government forces regrouped").
    if (stateForceAfter.matcher(after).lookingAt() && !readAsSettlement(article, start, end)
        && !PLACE_PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find()) return true;
    if (NUMBER_AFTER.matcher(after).lookingAt() || NUMBER_WORD_END.matcher(words).find() && NUMBER_START.matcher(after).lookingAt()) return true;
    for (Mention m : article.mentionsIn(Math.max(0, start - 40), end + 40)) {
      if (m.type() == EntityType.PERSON && m.start() < end && start < m.end() && (m.start() < start || m.end() > end)
          && !(m.end() == end && titled(text, m.start(), start))) return true;
    }
    return false;
  }

  /** Whether the words from {@code from} to {@code nameStart} are a local unit's title ("Barangay "), which the tagger read with the name as a person's. */
  private boolean titled(String text, int from, int nameStart) {
    return from < nameStart - 1 && text.charAt(nameStart - 1) == ' ' && vocabulary.isExactly("unittitle", text.substring(from, nameStart - 1));
  }

  /**
   * "the Interim Security Force for X", "the Special Envoy for X": a name right after an organisation's name and "for"
   * ends the body's name, whose remit it gives, not where a claim happens.
   */
  private static boolean endsBodyName(AnnotatedArticle article, int start) {
    String text = article.text();
    for (Mention o : article.mentionsIn(Math.max(0, start - BODY_NAME_REACH), start)) {
      if (o.type() == EntityType.ORGANIZATION && o.end() <= start && FOR_AFTER_BODY.matcher(text).region(o.end(), start).matches()) return true;
    }
    return false;
  }

  /** Whether the tagger reads {@code name} as a person somewhere in the article and nowhere as a place. */
  private static boolean readAsPersonOnly(AnnotatedArticle article, String name) {
    boolean person = false;
    for (Mention m : article.annotations().mentions()) {
      if (!m.text().equals(name)) continue;
      if (m.type() == EntityType.LOCATION) return false;
      person |= m.type() == EntityType.PERSON;
    }
    return person;
  }

  /**
   * Whether the gazetteer places the words: a known town before a group noun is more often where
   * the group acts ("In Ridgeford rebels killed five soldiers") than its name.
   */
  private boolean knownPlace(AnnotatedArticle article, int start, int end, String words) {
    for (Mention m : article.mentionsIn(start, end)) {
      Place p = m.type() == EntityType.LOCATION ? article.place(m) : null;
      if (p != null && p.geonameId() != 0) return true;
    }
    return !gazetteer.lookup(words).isEmpty();
  }

  /**
   * Whether the article reads the words as a populated place (a town, a village), not a state or a
   * region; an acronym ("IDF troops") names a force or a party even where a gazetteer has a village so spelled.
   */
  private static boolean readAsSettlement(AnnotatedArticle article, int start, int end) {
    for (Mention m : article.mentionsIn(start, end)) {
      Place p = m.type() == EntityType.LOCATION ? article.place(m) : null;
      if (p != null && p.featureCode().startsWith("PPL") && !m.text().equals(m.text().toUpperCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** Capitalised words that never start a place name: "The", "North", "Sunday", "March". */
  private boolean never(String word) {
    return vocabulary.isExactly("notaplace", word);
  }

  /**
   * Places named right after a trigger ending at {@code triggerEnd}, before {@code limit}, that no
   * location mention covers.
   *
   * @param countries ISO codes of the countries the article's resolved places lie in
   */
  List<Found> after(AnnotatedArticle article, int triggerEnd, int limit, Set<String> countries) {
    String text = article.text();
    List<Found> out = new ArrayList<>();
    Matcher m = capitalised.matcher(text).region(triggerEnd, Math.min(limit, triggerEnd + MAX_AREA_REACH));
    int from = triggerEnd;
    while (m.find()) {
      // Only words reached through prepositions and place nouns: the trigger's object, or a list of them.
      String lead = text.substring(from, m.start());
      if (!LEAD_IN.matcher(lead).matches() || tooLong(lead) || QUOTE_END.matcher(lead).find()) break;
      if (m.end() > triggerEnd + MAX_REACH && !areaOf.matcher(lead).find()) break;
      from = m.end();
      boolean bySyntax = placeSyntax.matcher(lead).find() || DIRECT_OBJECT.matcher(lead).matches();
      Found f = resolve(article, m.start(), m.group(), countries, bySyntax);
      if (f != null) out.add(f);
    }
    return out;
  }

  /**
   * Whether a lead is too long to reach the trigger's object: an area phrase closing it ("attacked the
   * positions of our forces in the area of X") tells where the object stands, however many words the
   * object's own phrase took.
   */
  private boolean tooLong(String lead) {
    int words = WORD_RUN.split(lead.strip()).length;
    return words > MAX_LEAD_WORDS && (words > MAX_AREA_LEAD_WORDS || !areaOf.matcher(lead).find());
  }

  /**
   * A tagged place that is only a part of a longer name ("Jin" of "Sahn al-Jin", "Vila" or "Serra"
   * of "Vila da Serra"): the whole name, unresolved unless the article names it elsewhere; else
   * {@code null}.
   */
  Found widened(AnnotatedArticle article, Mention m) {
    String text = article.text();
    Matcher head = nameHead.matcher(text).region(Math.max(0, m.start() - 30), m.start());
    boolean widensBack = head.find() && !never(head.group().split("\\s")[0]);
    Matcher tail = nameTail.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
    boolean widensOn = tail.lookingAt();
    if (!widensBack && !widensOn) return null;
    int start = widensBack ? head.start() : m.start();
    String name = text.substring(start, widensOn ? tail.end() : m.end());
    Found elsewhere = locationElsewhere(article, start, name);
    if (elsewhere != null) return elsewhere;
    return unresolved(start, name);
  }

  /**
   * The place last named with {@code noun} before {@code before} ("the Ridgeton post", for a later
   * "the post"), or {@code null}: only where the syntax makes the name a place, and not an acronym ("the KDF post"
   * is the force's, wherever it stands, even where a tagger reads the acronym as a place).
   */
  Found namedWith(AnnotatedArticle article, String noun, int before, Set<String> countries) {
    Matcher m = namedWithNoun.computeIfAbsent(noun, n -> Pattern.compile(
        "(?<![\\p{L}\\p{N}])(" + NAME_WORD + "(?:\\s" + NAME_WORD + "){0,2})\\s+" + Pattern.quote(n) + "\\b"))
        .matcher(article.text()).region(0, before);
    Found last = null;
    while (m.find()) {
      Name name = withoutArticle(m.start(1), m.group(1));
      if (allCapitals(name.words())) continue;
      Found f = locationElsewhere(article, name.start(), name.words());
      if (f == null) f = resolve(article, name.start(), name.words(), countries, true);
      if (f != null) last = f;
    }
    return last;
  }

  /**
   * The place last named "the {@code noun} of X" in {@code [from, before)} ("the Lebanese part of
   * the town of Hawsh", for a later "the town"), when no other place is named after it; else {@code null}.
   */
  Found namedOf(AnnotatedArticle article, String noun, int from, int before, Set<String> countries) {
    String text = article.text();
    Matcher m = namedOfNoun.computeIfAbsent(noun, n -> Pattern.compile("\\b" + Pattern.quote(n) + "\\s+of\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE))
        .matcher(text).region(from, before);
    Found last = null;
    while (m.find()) {
      Found f = placeOfNoun(article, m.end(), before, countries);
      if (f != null) last = f;
    }
    // Only the place named last: "the town of X ... traders who fled Y ... the town" is Y's.
    if (last != null) {
      for (Mention m2 : article.mentionsIn(last.mention().end(), before)) {
        if (m2.type() == EntityType.LOCATION && m2.start() >= last.mention().end() && !m2.entityId().equals(last.mention().entityId())) return null;
      }
    }
    return last;
  }

  /**
   * The place named right at {@code start} (before {@code limit}) after a settlement noun and "of" ("the town of X",
   * "the river hamlet of X"), or {@code null}: after such words the name is a place whatever word follows it.
   */
  Found placeOfNoun(AnnotatedArticle article, int start, int limit, Set<String> countries) {
    Matcher name = capitalised.matcher(article.text()).region(start, limit);
    if (!name.lookingAt()) return null;
    Found f = locationElsewhere(article, name.start(), name.group());
    if (f == null) f = resolve(article, name.start(), name.group(), countries, true);
    if (f == null && namedAsSettlement(article, name.start(), name.group())) f = unresolved(name.start(), name.group());
    return f;
  }

  /** Capitalised words that may name a place, and where they start. */
  private record Name(int start, String words) {}

  /** "The Ridgeton post" opening a sentence: the article is no part of the name. */
  private Name withoutArticle(int start, String words) {
    int space = words.indexOf(' ');
    return space > 0 && never(words.substring(0, space)) ? new Name(start + space + 1, words.substring(space + 1)) : new Name(start, words);
  }

  /** The places that carry on a list after a known place ending at {@code end}: ", Bilytske, Hryshyne and Udachne". */
  List<Found> listAfter(AnnotatedArticle article, int end, int limit, Set<String> countries) {
    String text = article.text();
    List<Found> out = new ArrayList<>();
    Matcher m = capitalised.matcher(text).region(end, Math.min(limit, end + 120));
    int from = end;
    while (m.find() && LIST_JOINT.matcher(text.substring(from, m.start())).matches()) {
      // "in Lashio and Tarvenko", "Sittwe, Kyaukphyu, Manaung and ...": a name the tagger left untyped
      // inside a list of places, after its "and" or before the list goes on, is one of them though no
      // gazetteer knows it; after a comma alone it may be a speaker ("took X, Smith said"), and so is a name its
      // speech verb follows ("seized X and Smith said"): "and" then opens a clause, not the list's last item.
      boolean listed = (untagged(article, m.start(), m.end()) || personOnlyHere(article, m.start(), m.end())) && !speaksNext(text, m.end())
          && (AND_JOINT.matcher(text.substring(from, m.start())).matches()
          || LIST_GOES_ON.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40)).lookingAt());
      Found f = resolve(article, m.start(), m.group(), countries, listed);
      if (f == null && !coveredByLocation(article, m.start(), m.end())) break;
      if (f != null) out.add(f);
      from = m.end();
    }
    return out;
  }

  /**
   * The places that open a list before a known place starting at {@code start}: "Dorvek and" before
   * "Lakeside", "Amsoya, " before "Ridgeford and all other towns". A name the tagger left untyped or typed
   * only as a person there is one of the list's places: joined by "and"/"or", or by a comma when the
   * list goes on after the known place (a comma alone may close a speaker's name: "Smith, X and Y").
   */
  List<Found> listBefore(AnnotatedArticle article, int start, int from, Set<String> countries) {
    String text = article.text();
    List<Found> out = new ArrayList<>();
    int end = start;
    boolean goesOn = LIST_GOES_ON.matcher(text).region(end, Math.min(text.length(), end + 40)).lookingAt();
    while (end > from) {
      Matcher m = nameBeforeJoint.matcher(text).region(Math.max(from, end - 80), end);
      if (!m.find()) break;
      // "In Dorvek and": a capitalised opening word is no part of the name.
      Name name = withoutArticle(m.start("name"), m.group("name"));
      int nameEnd = name.start() + name.words().length();
      boolean typed = coveredByLocation(article, name.start(), nameEnd);
      boolean open = untagged(article, name.start(), nameEnd) || personOnlyHere(article, name.start(), nameEnd);
      boolean listed = open && (AND_JOINT.matcher(m.group("joint")).matches() || goesOn);
      Found f = typed ? null : resolve(article, name.start(), name.words(), countries, listed);
      if (f == null && !typed) break;
      if (f != null) out.add(f);
      goesOn = true;
      end = name.start();
    }
    return out;
  }

  /**
   * Whether the only mention of the words is a person's exactly covering them, and the report names
   * no person with them at more length ("Dorvek" of "Ali Dorvek"): the tagger's usual guess for a
   * village name it does not know, which a list of places then shows to be a place.
   */
  private static boolean personOnlyHere(AnnotatedArticle article, int start, int end) {
    return onlyNamedAs(article, start, end, EntityType.PERSON);
  }

  /** Whether the only mention of the words is one of {@code type} exactly covering them, and the report names no person with them at more length. */
  private static boolean onlyNamedAs(AnnotatedArticle article, int start, int end, EntityType type) {
    String words = article.text().substring(start, end);
    boolean exact = false;
    for (Mention m : article.mentionsIn(Math.max(0, start - 40), end + 40)) {
      if (m.start() >= end || m.end() <= start) continue;
      if (m.type() != type || m.start() != start || m.end() != end) return false;
      exact = true;
    }
    if (!exact) return false;
    for (Mention m : article.annotations().mentions()) {
      if (m.type() == EntityType.PERSON && m.text().length() > words.length() && m.text().contains(words)) return false;
    }
    return true;
  }

  /**
   * Names the report puts where only a settlement stands ("the towns of Qasr and Hawsh", "near
   * Wigh"), with the names listed after them: one name, one sense per report, so the tagger's
   * misses elsewhere in it are places too.
   */
  Set<String> placedNames(AnnotatedArticle article) {
    String text = article.text();
    Set<String> out = new java.util.LinkedHashSet<>();
    Matcher m = capitalised.matcher(text);
    int listEnd = -1;
    while (m.find()) {
      // "the towns of X and Y"; not a comma alone, which as often opens an address ("near X, Police Station X, District Y").
      boolean listed = listEnd >= 0 && AND_JOINT.matcher(text.substring(listEnd, m.start())).matches();
      if (!listed && !settlementSyntax.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()) {
        listEnd = -1;
        continue;
      }
      Name name = withoutArticle(m.start(), m.group());
      boolean ofSettlement = !listed && settlementOf.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find();
      // "the river hamlet of X": after a settlement's noun and "of" the name is the settlement's, however the tagger typed it.
      boolean typedOtherwise = mentionedAs(article, name.start(), name.start() + name.words().length(), EntityType.ORGANIZATION)
          || mentionedAs(article, name.start(), name.start() + name.words().length(), EntityType.PERSON);
      if (!plausibleName(name.words()) || !ofSettlement && (typedOtherwise || notAPlaceName(text, name.start(), name.words()))) {
        listEnd = -1;
        continue;
      }
      out.add(name.words());
      listEnd = m.end();
    }
    return out;
  }

  /** Whether capitalised words after "the town of" may be a place's name: no calendar word, acronym or organisation. */
  private boolean namedAsSettlement(AnnotatedArticle article, int start, String words) {
    return plausibleName(words) && !mentionedAs(article, start, start + words.length(), EntityType.ORGANIZATION);
  }

  /** Whether capitalised words have a place name's form: no calendar word or acronym, long enough. */
  private boolean plausibleName(String words) {
    return !never(WORD_GAP.split(words)[0]) && words.length() >= MIN_UNRESOLVED && !allCapitals(words);
  }

  /**
   * Whether the report names {@code words} right after a settlement's noun and "of" ("the river hamlet of X"):
   * then the name is a place wherever it stands, though the tagger read it as an organisation's (one name, one sense per report).
   */
  private boolean settlementByName(String text, String words) {
    if (!plausibleName(words)) return false;
    // "the hamlet of Pasto Verdeville" names no "Pasto Verde": the whole name must stand there.
    for (int at = PhraseFinder.wholeWord(text, words, 0, text.length(), 0); at >= 0;
        at = PhraseFinder.wholeWord(text, words, 0, text.length(), at + 1)) {
      if (settlementOf.matcher(text).region(Math.max(0, at - 30), at).find()) return true;
    }
    return false;
  }

  /**
   * Where in {@code [from, to)} the report names a place of {@code names} that no location mention
   * covers. {@code compiled} keeps each name's pattern for the report's later sentences.
   */
  List<Found> placedIn(AnnotatedArticle article, int from, int to, Set<String> names, Set<String> countries,
      Map<String, Pattern> compiled) {
    String text = article.text();
    List<Found> out = new ArrayList<>();
    for (String name : names) {
      // Most of the report's names are not in this sentence: a plain search says so before any pattern runs.
      if (text.indexOf(name, from, to) < 0) continue;
      Matcher m = compiled.computeIfAbsent(name, PlaceFallback::wholeName).matcher(text).region(from, to);
      while (m.find()) {
        if (notAPlaceName(text, m.start(), name)) continue;
        Found f = resolve(article, m.start(), name, countries, true);
        if (f != null) out.add(f);
      }
    }
    return out;
  }

  /** The whole of a run of capitalised words ("MV Tinputz Star" is a ship), no modifier of the noun after it ("the Kupyansk direction"). */
  private static Pattern wholeName(String name) {
    return Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?<!\\p{Lu}[\\p{L}'’-]{0,30}\\s)" + Pattern.quote(name) + "(?![\\p{L}\\p{N}-])(?!\\s\\p{Lu})");
  }

  /** Places after a locative preposition in {@code [from, to)}: "evacuated from Ak-Sai", "in Sennar". */
  List<Found> located(AnnotatedArticle article, int from, int to, Set<String> countries) {
    List<Found> out = new ArrayList<>();
    Matcher m = LOCATIVE.matcher(article.text()).region(from, to);
    while (m.find()) {
      Found f = resolve(article, m.start(1), m.group(1), countries, false);
      if (f != null) out.add(f);
    }
    return out;
  }

  /** A place named as the subject right before a trigger ("Pokrovsk has not been taken"), or {@code null}. */
  Found before(AnnotatedArticle article, int from, int triggerStart, Set<String> countries) {
    String text = article.text();
    Matcher m = SUBJECT.matcher(text).region(Math.max(from, triggerStart - 80), triggerStart);
    if (!m.find() || text.substring(m.end(1), triggerStart).isBlank() && !opensWithStateVerb(text, triggerStart)) return null;
    // "The AA said it captured": a subject that speaks is the speaker, not the place taken.
    if (vocabulary.first("speech", text, m.end(1), triggerStart).isPresent()) return null;
    // The subject opens its clause: "the bridge over the Blue Nile was ..." is about the bridge.
    boolean placeOf = placeOfOpening.matcher(text).region(Math.max(from, m.start(1) - 30), m.start(1)).find();
    Name name = withoutArticle(m.start(1), m.group(1));
    if (!placeOf && !clauseOpening.matcher(text.substring(Math.max(from, m.start(1) - 12), m.start(1))).find() && m.start(1) > from
        && !siteOfSubject(article, from, name)) return null;
    // "The Ridgeton post remains ...": a name before a noun for a post or base names the place
    // the post stands at.
    Matcher next = NEXT_WORD.matcher(text).region(name.start() + name.words().length(), triggerStart);
    boolean namedByNoun = placeOf || next.lookingAt() && vocabulary.isExactly("anaphor", next.group(1)) || namesASite(article, name.start(), name.words());
    // "X is held by the army", "X remains under army control", "X has fallen": a name the tagger
    // left open is what the clause says is held or lost, so a place whatever the gazetteer knows.
    boolean undergoes = undergoesControl(text, name.start() + name.words().length(), triggerStart)
        && (openName(article, name.start(), name.words()) || mistypedPlace(article, name));
    return resolve(article, name.start(), name.words(), countries, namedByNoun || undergoes);
  }

  /**
   * Whether a name the tagger typed only as a person here is a place it did not know: the report puts
   * the same words right after a preposition of place elsewhere ("fighting in X"), where a person's name
   * does not stand (one name, one sense per report).
   */
  private static boolean mistypedPlace(AnnotatedArticle article, Name name) {
    if (!personOnlyHere(article, name.start(), name.start() + name.words().length())) return false;
    String text = article.text();
    for (int at = PhraseFinder.wholeWord(text, name.words(), 0, text.length(), 0); at >= 0;
        at = PhraseFinder.wholeWord(text, name.words(), 0, text.length(), at + 1)) {
      if (PLACE_PREPOSITION_BEFORE.matcher(text).region(Math.max(0, at - 20), at).find()
          && !POSSESSIVE_AFTER.matcher(text).region(at + name.words().length(), text.length()).lookingAt()) return true;
    }
    return false;
  }

  /**
   * Whether the name is a site's inside the clause's subject, after the subject's own noun: "the
   * elements of the X post were redeployed", "our units at the X border post were repositioned": who
   * held the site moved, so the site is what the clause is about.
   */
  private boolean siteOfSubject(AnnotatedArticle article, int from, Name name) {
    return SUBJECT_HEAD_BEFORE.matcher(article.text()).region(from, name.start()).find() && namesASite(article, name.start(), name.words());
  }

  /**
   * Whether the words between a subject and a control word make the subject what is held or lost,
   * not who holds it: a form of "be" or a linking verb ("is held by", "remains in the army's hands",
   * "is ours", the verb then the phrase's own), or a loss whose subject is the place ("has fallen").
   */
  private boolean undergoesControl(String text, int subjectEnd, int triggerStart) {
    // "Three of our comrades fell": the name heads a part of something else, not the place.
    if (PARTITIVE.matcher(text).region(subjectEnd, triggerStart).lookingAt()) return false;
    // "Today the road is held", "Elsewhere the town remains ...": the clause's subject is the noun after.
    if (DETERMINER_NEXT.matcher(text).region(subjectEnd, triggerStart).lookingAt()) return false;
    // "Militiamen remain in control of X": the subject of a phrase that takes the place as its object holds it.
    if (holderPhrase.matcher(text).region(triggerStart, text.length()).lookingAt()) return false;
    return stateVerb.matcher(text).region(subjectEnd, triggerStart).find() || opensWithStateVerb(text, triggerStart)
        || vocabulary.first("placelost", text, triggerStart, Math.min(text.length(), triggerStart + 20)).filter(h -> h.start() == triggerStart).isPresent();
  }

  /** A control phrase that opens with "is" or "remains" ("is ours", "remains in our hands"). */
  private boolean opensWithStateVerb(String text, int triggerStart) {
    return stateVerb.matcher(text).region(triggerStart, text.length()).lookingAt();
  }

  /**
   * Whether capitalised words may be a name the tagger missed: untyped (a name it typed as a person
   * is as often a person held or fallen), and no common noun capitalised to open a sentence
   * ("Rebels are in control", "Troops remain in the town"): a kind of person, or a word the report
   * writes in lower case elsewhere.
   */
  private boolean openName(AnnotatedArticle article, int start, String words) {
    if (!untagged(article, start, start + words.length())) return false;
    String first = WORD_GAP.split(words)[0].toLowerCase(Locale.ROOT);
    // "Everything is under control", "Nothing has fallen": a word that opens sentences naming no one names no place either.
    return !vocabulary.isPerson(first) && !vocabulary.isExactly("notname", first) && PhraseFinder.wholeWord(article.text(), first, 0, article.text().length(), 0) < 0;
  }

  /**
   * The longest leading run of the words that the article reads as a location elsewhere or the
   * gazetteer knows; with {@code placeBySyntax}, else all the words as an unresolved place.
   */
  private Found resolve(AnnotatedArticle article, int start, String words, Set<String> countries, boolean placeBySyntax) {
    return resolve(article, start, words, countries, placeBySyntax, false);
  }

  /**
   * The name starting right at {@code start}, before {@code limit}, that the words before it make a settlement
   * ("residents of X", "X villagers"), whatever word follows it; else {@code null}.
   */
  Found namedAt(AnnotatedArticle article, int start, int limit, Set<String> countries) {
    Matcher m = capitalised.matcher(article.text()).region(start, limit);
    return m.lookingAt() ? resolve(article, start, m.group(), countries, true, true) : null;
  }

  /** With {@code settledBySyntax}, the words before the name have made it a place, so the word after it no longer judges it. */
  private Found resolve(AnnotatedArticle article, int start, String words, Set<String> countries, boolean placeBySyntax, boolean settledBySyntax) {
    // "Barangay X": a local unit's title is no part of the place's name, and makes the words after it a place
    // whatever the tagger guessed for the whole run (often a person's name).
    int space = words.indexOf(' ');
    if (space > 0 && vocabulary.isExactly("unittitle", words.substring(0, space))) {
      return resolve(article, start + space + 1, words.substring(space + 1), countries, true, true);
    }
    // The whole run only: "Ceel" is part of "Ceel Dheer" read as a person, and the run is the place.
    if (partOfOtherName(article, start, start + words.length())) return null;
    String[] parts = WORD_GAP.split(words);
    for (int n = parts.length; n >= 1; n--) {
      String name = String.join(" ", java.util.Arrays.copyOf(parts, n));
      if (n == 1 && never(name)) return null;
      int end = start + name.length();
      if (coveredByLocation(article, start, end) || inTime(article, start, end) || !sides.find(name, 0, name.length()).isEmpty()) {
        return null;
      }
      Found elsewhere = locationElsewhere(article, start, name);
      if (elsewhere != null) return elsewhere;
      // "near Ras Isa": where syntax says the whole name is a place, a known shorter part ("Ras") is
      // not it; nor where the tagger read the whole run as one name ("Adan Yabaal" as a person).
      if (n < parts.length && (placeBySyntax || taggedWhole(article, start, start + words.length()))) continue;
      GazetteerEntry best = best(gazetteer.lookup(name), countries);
      if (best != null) {
        Mention mention = new Mention(start, end, name, EntityType.LOCATION, best.entityId());
        return new Found(mention, new PlaceRef(best.entityId(), best.id(), best.name(), name, best.lat(), best.lon()),
            best.featureCode());
      }
    }
    if (!placeBySyntax || never(parts[0]) || words.length() < MIN_UNRESOLVED
        || mentionedAs(article, start, start + words.length(), EntityType.ORGANIZATION) && !siteAt(article, start, words)
            && !namesASite(article, start, words)
            && !settlementByName(article.text(), words)
        || !settledBySyntax && notAPlaceName(article.text(), start, words) && !namesASite(article, start, words)) {
      return null;
    }
    return unresolved(start, words);
  }

  /** A place known only by the name the text gives it, with the id the entity linker gives such a place. */
  private static Found unresolved(int start, String name) {
    String id = Entity.unresolvedPlaceId(name);
    return new Found(new Mention(start, start + name.length(), name, EntityType.LOCATION, id),
        new PlaceRef(id, 0, name, name, Double.NaN, Double.NaN), "");
  }

  /** A place the tagger found, as a found place. */
  static Found tagged(AnnotatedArticle article, Mention m) {
    return locationElsewhere(article, m.start(), m.text());
  }

  /** The same words tagged as a location elsewhere in the article ("Kamaran" alone, "Kamaran Island"): that place. */
  private static Found locationElsewhere(AnnotatedArticle article, int start, String name) {
    for (Mention m : article.annotations().mentions()) {
      if (m.type() != EntityType.LOCATION || !(m.text().equals(name) || m.text().startsWith(name + " "))) continue;
      Place p = article.place(m);
      Mention here = new Mention(start, start + name.length(), name, EntityType.LOCATION, m.entityId());
      PlaceRef ref = p == null ? new PlaceRef(m.entityId(), 0, m.text(), name, Double.NaN, Double.NaN)
          : new PlaceRef(p.entityId(), p.geonameId(), p.name(), name, p.lat(), p.lon());
      return new Found(here, ref, p == null ? "" : p.featureCode());
    }
    return null;
  }

  /**
   * An unknown name the syntax alone would make a place, but its form says otherwise: an acronym
   * ("KIA", "RSF"), a name modifying the noun after it ("Houthi attacks", "RSF supply lines"), or
   * part of an "X of Y" name ("Line of Control", "Ministry of Defence").
   */
  private boolean notAPlaceName(String text, int start, String words) {
    if (allCapitals(words)) return true;
    String after = text.substring(start + words.length(), Math.min(text.length(), start + words.length() + 30));
    Matcher next = NEXT_WORD.matcher(after);
    if (next.lookingAt() && !vocabulary.isExactly("followsplace", next.group(1)) && !vocabulary.isExactly("featurenoun", next.group(1))
        && !vocabulary.isExactly("subdivision", next.group(1))) return true;
    if (OF_NAME_AFTER.matcher(after).lookingAt()) return true;
    return OF_NAME_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
  }

  /**
   * Whether an unknown name the tagger left untyped (or only guessed at) stands before a site's noun, past one lower-case
   * word ("the Ridgeton airbase", "the Ridgeton border post", "the Ridgeton oil field"): a site named
   * for where it stands, so the name is a place's, not a modifier's ("Houthi attacks").
   */
  private boolean namesASite(AnnotatedArticle article, int start, String words) {
    int end = start + words.length();
    if (!guessedOrOpen(article, start, end) || allCapitals(words) || POSSESSIVE_END.matcher(words).find()) return false;
    Matcher site = siteAfter.matcher(article.text()).region(end, Math.min(article.text().length(), end + 40));
    // "the X camp outside Y": the site is where the name after it places it, which is what a reader is told.
    return site.lookingAt() && !LOCATED_AFTER.matcher(article.text()).region(site.end(), Math.min(article.text().length(), site.end() + 30)).lookingAt();
  }

  /**
   * Whether the words, read whole as an organisation's name, stand where a site's noun puts them: "the
   * post at X", "a checkpoint near X" (the tagger's guess for a place it does not know); an acronym
   * ("the base at the UNLM's HQ") stays the body's.
   */
  private boolean siteAt(AnnotatedArticle article, int start, String words) {
    return !allCapitals(words) && onlyNamedAs(article, start, start + words.length(), EntityType.ORGANIZATION)
        && siteBefore.matcher(article.text()).region(Math.max(0, start - 30), start).find();
  }

  /**
   * Whether the tagger saw no name at the words, or only guessed at one: a person's or an organisation's
   * mention covering exactly them, its usual reading of a site's name it does not know ("the Kassab camp"
   * as a person, "the Agua Bonita camp" as a body). A group's own name is a side's and never gets here.
   */
  private static boolean guessedOrOpen(AnnotatedArticle article, int start, int end) {
    return untagged(article, start, end) || onlyNamedAs(article, start, end, EntityType.PERSON)
        || onlyNamedAs(article, start, end, EntityType.ORGANIZATION) || personWithin(article, start, end);
  }

  /** Whether the only mentions at the words are persons' inside them: "Hilal" of "Sheikh Hilal", a title read off a name. */
  private static boolean personWithin(AnnotatedArticle article, int start, int end) {
    boolean any = false;
    for (Mention m : article.mentionsIn(Math.max(0, start - 40), end + 40)) {
      if (m.start() >= end || m.end() <= start) continue;
      if (m.type() != EntityType.PERSON || m.start() < start || m.end() > end || m.end() - m.start() == end - start) return false;
      any = true;
    }
    return any;
  }

  /** An acronym's form ("KIA", "M23"): every letter a capital. Read per candidate name, so no pattern is built for it. */
  private static boolean allCapitals(String words) {
    return words.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean taggedWhole(AnnotatedArticle article, int start, int end) {
    for (Mention m : article.mentionsIn(start, end)) if (m.start() == start && m.end() == end) return true;
    return false;
  }

  private static boolean mentionedAs(AnnotatedArticle article, int start, int end, EntityType type) {
    for (Mention m : article.mentionsIn(Math.max(0, start - 40), end + 40)) {
      if (m.type() == type && m.start() < end && start < m.end()) return true;
    }
    return false;
  }

  /** Whether a speech verb follows right after {@code end}: the name before it is a speaker ("... and Smith said"). */
  private boolean speaksNext(String text, int end) {
    return vocabulary.first("speech", text, end, Math.min(text.length(), end + 20))
        .filter(h -> text.substring(end, h.start()).isBlank()).isPresent();
  }

  /** Whether no mention of any kind covers the words: the tagger saw no name there at all. */
  private static boolean untagged(AnnotatedArticle article, int start, int end) {
    return !covered(article, start, end, null);
  }

  private static boolean coveredByLocation(AnnotatedArticle article, int start, int end) {
    return covered(article, start, end, EntityType.LOCATION);
  }

  /** Whether a mention of {@code type} (any type when {@code null}) overlaps the words. */
  private static boolean covered(AnnotatedArticle article, int start, int end, EntityType type) {
    for (Mention m : article.mentionsIn(Math.max(0, start - 40), end + 40)) {
      if ((type == null || m.type() == type) && m.start() < end && start < m.end()) return true;
    }
    return false;
  }

  private static boolean inTime(AnnotatedArticle article, int start, int end) {
    for (TimeRef t : article.annotations().times()) {
      if (t.start() < end && start < t.end()) return true;
    }
    return false;
  }

  /** A populated place or area: in the article's countries first, then the most prominent; obscure ones never. */
  private static GazetteerEntry best(List<GazetteerEntry> candidates, Set<String> countries) {
    return candidates.stream()
        .filter(e -> e.featureClass() == 'P' || e.featureClass() == 'A')
        .filter(e -> !e.isCountry())
        .filter(e -> countries.contains(e.country()) || e.population() >= 100_000 || e.featureCode().equals("PPLC"))
        .max(Comparator.comparing((GazetteerEntry e) -> countries.contains(e.country()))
            .thenComparing(e -> e.featureCode().startsWith("PPLA") || e.featureCode().equals("PPLC"))
            .thenComparingLong(GazetteerEntry::population)
            .thenComparingInt(GazetteerEntry::nameCount))
        .orElse(null);
  }

  /** The countries an article's resolved places lie in, its countries themselves included. */
  static Set<String> countriesOf(AnnotatedArticle article) {
    Set<String> out = new HashSet<>();
    for (Place p : article.annotations().places()) {
      if (p.country() != null && !p.country().isEmpty()) out.add(p.country());
    }
    return out;
  }
}
