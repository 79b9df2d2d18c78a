package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;

/**
 * Finds a sentence's source from attribution cues over the annotated mentions: "X said",
 * "..., said X", "according to X", "X told reporters". The source is the named person or
 * organisation before (or after) the cue, else a described one ("Ukrainian officials", "a Tajik
 * security source") when the words hold a source noun. Pronouns ("he said", "It said") take the
 * previous sentence's source. {@link QuoteClaimantResolver} uses it for speech reported inside a
 * quote and for sentences attribution leaves without a source.
 */
final class CueClaimantResolver {

  /**
   * Where a cue's subject can start at the latest: punctuation, "that", coordinators, and
   * subordinators ("a day after the army said": the army alone said it).
   */
  private static final Pattern AUXILIARY_END = Pattern.compile("(?i)(?:\\s+(?:did|does|do|has|have|had|not|never|n't))+\\s*$");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:\"“”()—–]|\\b(?:that|but|and|while|after|before|when|since|because|until|although|though|once|whereas)\\b");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
  /** "One said ...": "one" alone stands for one of the sources named before (a resident, a witness), like a pronoun. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "one");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "his", "her", "its",
      "their", "our", "my", "your", "whose", "no", "any", "every", "each", "such");
  private static final Pattern POSSESSIVE_OBJECT = Pattern.compile(
      "(?<![\\p{L}])(?!(?:and|but|or|that|while|because|as|if|when|the|a|an|this|these|those|its|their|his|her|our|of|in|on|by|with|for|to)\\b)\\p{Ll}+\\s+(?:the\\s+)?\\p{L}[\\p{L}-]*(?:['’]s|s['’])\\s+$");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\s+$");
  private static final Pattern ADDED_OBJECT = Pattern.compile("(?i)\\s+(?:a|an|another|his|her|their|its|one|two|three)\\s");
  /** Capitalised words right before a country's name that make it part of another name: "TAP Air Portugal", "Air India". */
  private static final Pattern NAME_BEFORE = Pattern.compile("(?:\\p{Lu}[\\p{L}&.-]*\\s+)+$");
  private static final Set<String> NOT_NAME_WORDS = Set.of("in", "on", "at", "the", "from", "for", "by", "and", "but", "with", "after",
      "before", "when", "while", "as", "of", "to", "a", "an", "both", "neither", "meanwhile", "however", "also");
  /** Capitalised words, then a last one: a name that may end with a country's ("TAP Air Portugal"). */
  private static final Pattern NAME_ENDING = Pattern.compile("(?:\\p{Lu}[\\p{L}&.-]*\\s+)+(\\p{Lu}[\\p{L}-]*)");
  /** Words that say whom a described source fights: what follows is its enemy, not the source. */
  private static final Pattern FIGHTING = Pattern.compile("(?i)\\s(?:fighting|battling|opposing|opposed\\s+to|at\\s+war\\s+with)\\s");
  /** What follows a claim noun and never a speech verb: "the claim of", "the report was". */
  private static final Pattern NOUN_FOLLOWER = Pattern.compile("\\s+(?:of|was|were|is|are)\\b");
  /**
   * Where a stationing verb puts a force: "in X", "at the post", "there", "along the road", "on the outskirts". Not when a
   * time follows ("posted at 9 a.m. that", "posted in the evening that"): that tells when a statement went out.
   */
  private static final Pattern STATIONED_WHERE = Pattern.compile(
      "(?i)\\s+(?:(?:in(?!\\s+(?:an?|its|their|his|her)\\s)|at|around)(?!\\s+(?:the\\s+)?(?:\\p{N}|noon|midnight|dawn|dusk|daybreak|night|morning|"
      + "afternoon|evening|early|late|small\\s+hours)\\b)|near|there|along|inside|outside|across|within|close\\s+to"
      + "|on\\s+the\\s+(?:outskirts|edge|front|border|road|hill))\\b");
  private static final Set<String> RELAY_CUES = Set.of("reported", "reports", "according to", "citing");

  private final Vocabulary vocabulary;
  private final Sides sides;
  /** An office of a named area ending the words: "the divisional officer of X", "the governor of X". */
  private final Pattern areaOffice;

  CueClaimantResolver(Vocabulary vocabulary, Sides sides) {
    this.vocabulary = vocabulary;
    this.sides = sides;
    this.areaOffice = Pattern.compile("\\b" + vocabulary.regex("areaoffice") + "\\s+of\\s+(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*$");
  }

  /**
   * The holder of an office of a named area the words end with ("The divisional officer of X"), or
   * {@code null}: the source is the office-holder, not the area, whatever a tagger calls the area.
   */
  Party officeHolder(String words) {
    String w = words.strip();
    if (!areaOffice.matcher(w).find()) return null;
    return new Party(null, w.replaceFirst("(?i)^(the|a|an)\\s+", ""), w, sideIn(w));
  }

  private record Found(Party party, String cue, int cueStart, boolean pronoun) {}

  /** The source cue words name for the statement at {@code anchor} within {@code sentence}. */
  Optional<ClaimantResolver.Attribution> resolve(AnnotatedArticle article, Annotations.Span sentence, int anchor,
      ClaimantResolver.Attribution previous) {
    String text = article.text();
    List<Found> found = new ArrayList<>();
    for (Vocabulary.Hit hit : vocabulary.find("cueafter", text, sentence.start(), sentence.end())) {
      Party p = partyAfter(article, hit.end(), sentence.end());
      if (p != null) found.add(new Found(p, hit.phrase(), hit.start(), false));
    }
    for (Vocabulary.Hit hit : vocabulary.find("cue", text, sentence.start(), sentence.end())) {
      if (found.stream().anyMatch(f -> f.cueStart() <= hit.start() && hit.start() < f.cueStart() + 16)) continue;
      if (isNoun(text, sentence.start(), hit.start()) || nounBeforeItsVerb(text, hit) || stationing(text, hit.phrase(), hit.end())) continue;
      // "B added a third after the break": "added" with an object of its own adds a thing, it says nothing.
      if (hit.phrase().startsWith("add") && ADDED_OBJECT.matcher(text).region(hit.end(), sentence.end()).lookingAt()) continue;
      Found f = subjectBefore(article, sentence.start(), hit, previous);
      if (f == null) {
        Party after = inverted(article, hit.end(), sentence.end());
        if (after != null) f = new Found(after, hit.phrase(), hit.start(), false);
      }
      if (f != null) found.add(f);
    }
    if (found.isEmpty()) return Optional.empty();
    found.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
    // "..., with even X acknowledging the setback": a participle after the statement describes
    // someone else's reaction, not the statement's source.
    // "X says rebels took Y; the army denies it", "..., which the army denies": a denial after the
    // statement answers it, and its speaker is not the statement's source.
    if (found.size() > 1 || found.get(0).cueStart() > anchor) {
      found.removeIf(f -> f.cueStart() > anchor && (f.cue().endsWith("ing") || (vocabulary.isExactly("denial", f.cue()) || vocabulary.isExactly("denialverb", f.cue()))));
      if (found.isEmpty()) return Optional.empty();
    }
    // The source is the last one named before the statement; earlier ones relay it.
    int chosen = 0;
    for (int i = 0; i < found.size(); i++) if (found.get(i).cueStart() <= anchor) chosen = i;
    List<CitationHop> relays = new ArrayList<>();
    for (int i = 0; i < chosen; i++) {
      Found f = found.get(i);
      relays.add(new CitationHop(RELAY_CUES.contains(f.cue()) ? CitationHop.Kind.OUTLET : CitationHop.Kind.ORGANIZATION,
          f.party().name(), f.cue()));
    }
    Found f = found.get(chosen);
    return Optional.of(new ClaimantResolver.Attribution(f.party(), f.cue(), relays, f.pronoun()));
  }

  /**
   * "the police officers posted in X fell back", "units posted there": a cue word that also stations a force, followed by where,
   * places the force; its subject is the force, not a source ("posted on its channel", "posted a video" still speak).
   */
  boolean stationing(String text, String cue, int cueEnd) {
    return vocabulary.isExactly("placedverb", cue.toLowerCase(Locale.ROOT))
        && STATIONED_WHERE.matcher(text).region(cueEnd, text.length()).lookingAt();
  }

  /** "a claim the army denied", "their report": a cue word after a determiner is a noun, with no subject of its own. */
  private static boolean isNoun(String text, int sentenceStart, int cueStart) {
    // "described the rebels' claims as propaganda": after a possessive that a verb takes as object, the cue word is a noun too
    // (the verb may stand before the span asked about: a quote's lead-in is asked alone).
    if (POSSESSIVE_OBJECT.matcher(text).region(Math.max(0, cueStart - 50), cueStart).find()) return true;
    Matcher before = LAST_WORD.matcher(text.substring(Math.max(sentenceStart, cueStart - 12), cueStart));
    return before.find() && DETERMINERS.contains(before.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * "The Nigerien claim of March 3 was false", "the reports are untrue": a cue word that is also a
   * claim noun, followed by "of" or a form of "be", is the noun heading the subject, with no speaker.
   */
  private boolean nounBeforeItsVerb(String text, Vocabulary.Hit hit) {
    return vocabulary.isExactly("claimnoun", hit.phrase().toLowerCase(Locale.ROOT))
        && NOUN_FOLLOWER.matcher(text).region(hit.end(), text.length()).lookingAt();
  }

  /**
   * The source named before a cue verb: in the clause right before it, or, past an apposition
   * ("Viktor Trehubov, head of communications ..., said"), in one of the two clauses before that.
   */
  private Found subjectBefore(AnnotatedArticle article, int sentenceStart, Vocabulary.Hit cue, ClaimantResolver.Attribution previous) {
    String text = article.text();
    List<Integer> starts = clauseStarts(text, sentenceStart, cue.start());
    for (int i = 0; i < Math.min(3, starts.size()); i++) {
      int from = starts.get(i);
      // "The spokesman did not deny": the auxiliary and the negation are no part of the source's name.
      Matcher aux = AUXILIARY_END.matcher(text).region(from, cue.start());
      int end = aux.find() ? aux.start() : cue.start();
      String words = text.substring(from, end).strip();
      List<String> tokens = tokens(words);
      if (tokens.isEmpty()) continue;
      if (tokens.size() > 14) return null;
      String first = tokens.get(0).toLowerCase(Locale.ROOT);
      // "He too said", but "One resident said" is a described source, not "one" of those before.
      if (i == 0 && tokens.size() <= 2 && PRONOUNS.contains(first) && (tokens.size() == 1 || !first.equals("one"))) {
        if (previous == null || previous.claimant() == null) return null;
        return new Found(previous.claimant(), cue.phrase(), cue.start(), true);
      }
      Party p = partyIn(article, from, end);
      if (p != null && p.entityId() == null && i + 1 < starts.size()) {
        // "Viktor Trehubov, head of communications for ..., said": the person the apposition describes.
        Party named = personEndingAt(article, starts.get(i + 1), from, p);
        if (named != null) p = named;
      }
      if (p != null) return new Found(p, cue.phrase(), cue.start(), false);
      if (i == 0 && !text.substring(Math.max(sentenceStart, from - 2), from).contains(",")) return null;
    }
    return null;
  }

  /** The person named right before the comma at {@code clauseStart}, described by {@code apposition}. */
  private Party personEndingAt(AnnotatedArticle article, int from, int clauseStart, Party apposition) {
    String text = article.text();
    for (Mention m : article.mentionsIn(from, clauseStart)) {
      if (m.type() == EntityType.PERSON && text.substring(m.end(), clauseStart).strip().equals(",")) {
        Party person = fromMention(article, m, null);
        return new Party(person.entityId(), person.name(), apposition.description(),
            person.side() != null ? person.side() : apposition.side());
      }
    }
    return null;
  }

  /** "..., said Marta Lindqvist, a senior analyst": the source right after the cue. */
  private Party inverted(AnnotatedArticle article, int from, int sentenceEnd) {
    for (Mention m : article.mentionsIn(from, Math.min(sentenceEnd, from + 40))) {
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION) {
        if (!article.text().substring(from, m.start()).isBlank()
            && !article.text().substring(from, m.start()).strip().matches("(?i)(the|a|an)")) return null;
        return fromMention(article, m, null);
      }
    }
    return null;
  }

  /** "according to X": the source in the words after the cue, up to the clause end. */
  private Party partyAfter(AnnotatedArticle article, int from, int sentenceEnd) {
    String text = article.text();
    Matcher stop = CLAUSE_BREAK.matcher(text).region(from, sentenceEnd);
    int to = stop.find() ? stop.start() : sentenceEnd;
    to = Math.min(to, from + 90);
    if (text.charAt(Math.max(from, to - 1)) == '.') to--;
    return partyIn(article, from, to);
  }

  /** A named or described source within {@code [from, to)}, or {@code null}. */
  private Party partyIn(AnnotatedArticle article, int from, int to) {
    String text = article.text();
    Matcher enemy = FIGHTING.matcher(text).region(from, to);
    if (enemy.find() && enemy.start() > from) {
      // "An armed group fighting Mali's government says": the group speaks, as the government's opponent.
      Party source = partyIn(article, from, enemy.start());
      String opposed = sideIn(text.substring(enemy.end(), to));
      if (source == null || source.side() != null || opposed == null) return source;
      return new Party(source.entityId(), source.name(), source.description(), GroupNames.opponentsOf(opposed));
    }
    String words = text.substring(from, to).strip();
    Mention best = null;
    for (Mention m : article.mentionsIn(from, to)) {
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || isCountryOrCapital(article, m)) {
        best = m; // the last one: "Russia's Defence Ministry" ends with the ministry
      }
    }
    // "Governor of Kharkiv Oleh Syniehubov": a named person holding the office is the person.
    Party holder = best == null || best.type() == EntityType.PERSON ? null : officeHolder(text.substring(from, best.end()));
    if (holder != null) return holder;
    if (best != null && isCountryOrCapital(article, best)
        && vocabulary.contains("sourcenoun", text.substring(best.end(), to))) {
      // "Ukraine's General Staff", "Moscow's defence ministry": a body of the country, not the country.
      Party country = fromMention(article, best, words);
      return new Party(null, vocabulary.describedSource(words), words, country.side());
    }
    if (best != null && isCountryOrCapital(article, best)) {
      // "TAP Air Portugal said": a company named after a country is not the country.
      Matcher name = NAME_BEFORE.matcher(text).region(from, best.start());
      if (name.find() && !NOT_NAME_WORDS.contains(name.group().strip().split("\\s+")[0].toLowerCase(Locale.ROOT))) {
        return new Party(null, text.substring(name.start(), best.end()), words, null);
      }
    }
    if (best != null) return fromMention(article, best, words);
    if (!vocabulary.contains("sourcenoun", words)) return null;
    String described = vocabulary.describedSource(words);
    String side = sideIn(words);
    if (side != null && vocabulary.contains("faction", words)) side = side + " opposition";
    return new Party(null, described, words, side);
  }

  /** Whether {@code words} are a name ending with a country's, like "TAP Air Portugal": a company, not the country. */
  static boolean namedAfterCountry(String words, Sides sides) {
    Matcher m = NAME_ENDING.matcher(words.strip());
    if (!m.matches() || NOT_NAME_WORDS.contains(words.strip().split("\\s+")[0].toLowerCase(Locale.ROOT))) return false;
    String side = sides.sideOf(m.group(1));
    return side != null && sides.isCountry(side);
  }

  private boolean isCountryOrCapital(AnnotatedArticle article, Mention m) {
    Place p = article.place(m);
    return p != null && (p.featureCode().startsWith("PCL") || p.featureCode().equals("PPLC"));
  }

  private Party fromMention(AnnotatedArticle article, Mention m, String words) {
    Entity e = article.entity(m);
    String name = e == null ? m.text() : e.name();
    Place place = article.place(m);
    String side = null;
    if (place != null) side = place.featureCode().startsWith("PCL") ? sides.sideOf(place.name()) : sides.country(place.country());
    if (side == null && e != null) side = sides.ofEntity(e);
    if (side == null && words != null) side = sideIn(words);
    if (side == null && e != null) for (String role : e.roles()) if (side == null && Sides.describes(role)) side = sideIn(role);
    if (side == null && e != null && e.type() == EntityType.ORGANIZATION) side = sides.sideOf(name);
    String description = words != null ? words : e != null && !e.roles().isEmpty() ? e.roles().get(0) : null;
    return new Party(m.entityId(), name, description, side);
  }

  private String sideIn(String words) {
    List<Sides.SideHit> hits = sides.find(words, 0, words.length());
    return hits.isEmpty() ? null : hits.get(0).side();
  }

  /** Clause starts before {@code cueStart}, nearest first, ending with the sentence start. */
  private static List<Integer> clauseStarts(String text, int sentenceStart, int cueStart) {
    List<Integer> ends = new ArrayList<>();
    Matcher m = CLAUSE_BREAK.matcher(text).region(sentenceStart, cueStart);
    while (m.find()) {
      // "Ukraine's General Staff and Viktor Trehubov ... said": "and" joins two sources.
      if (!m.group().equals("and")) ends.add(0, m.end());
    }
    ends.add(sentenceStart);
    return ends;
  }

  private static List<String> tokens(String words) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(words);
    while (m.find()) out.add(m.group());
    return out;
  }
}
