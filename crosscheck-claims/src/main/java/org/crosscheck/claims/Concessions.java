package org.crosscheck.claims;

import static org.crosscheck.claims.ClaimExtractor.ARTICLE_BEFORE;
import static org.crosscheck.claims.ClaimExtractor.CONCESSION;
import static org.crosscheck.claims.ClaimExtractor.NOMINAL_LEAD;
import static org.crosscheck.claims.ClaimExtractor.firstWord;
import static org.crosscheck.claims.ClaimExtractor.hopKind;
import static org.crosscheck.claims.ClaimExtractor.sameSide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.nlp.Annotations;

/**
 * Decides whether a claim is conceded and by whom: an announcer or admitter of the losing side, an admission in the
 * clause governing the claim, a concession denied; and who speaks for their own side or a state (its voice, its
 * forces, an officer, a first-person or possessed subject, an onlooker). Separate from {@link ClaimExtractor}, which
 * reads the claims: this reads only the speakers and the words around them.
 */
final class Concessions {

  /** A speech verb whose object is the one told ("told us", "tells the Daily Courier"), not the subject of what is told. */
  private static final Pattern TELL = Pattern.compile("(?i)told|tells?");
  /** An admission verb opening a clause it governs: "officials admit that", "has acknowledged on Monday that". */
  private final Pattern concessionThat;
  /** A force named by its post, subject of the clause up to the trigger: "the unit stationed in X was", "the personnel of the checkpoint at X were". */
  private final Pattern stationedForce;
  /** A subject in the first person right before its verb: "we", "our fighters", "our KNA units have". */
  private final Pattern firstPersonForces;
  /**
   * A clause opening on a possessive's own forces, right before its verb: "that its troops had", "his men", "their
   * fighters have been". The possessor of a clause's first word after a speech verb is the speaker.
   */
  private final Pattern possessedForces;
  /** A speech or admission verb whose clause opens on the speaker's pronoun, up to the trigger: "says it", "said they had already", "admits that it has". */
  private final Pattern speakerSelf;
  /** "our", "its" in a holding: "under our control", "in its hands". */
  private static final Pattern OWN_WORD = Pattern.compile("(?i)\\b(?:our|its)\\b");
  /** A holder that is the speaker's own, right after a holding: "under the control of our forces". */
  private final Pattern ownHolderAfter;
  /** A subject that is the speaker's own side, as {@link #firstPersonForces} and by "its"/"their" forces: "said its fighters had taken". */
  private final Pattern ownSideForces;
  /** "said it had retaken", "says they hold": right after a speech verb, a pronoun subject is the speaker. */
  private static final Pattern SPEAKER_PRONOUN = Pattern.compile("(?i)\\s*(?:that\\s+)?(?:it|they|we)\\s+(?:(?:have|had|has|had\\s+been|also|then|now|never|not|\\p{Ll}+ly)\\s+)*");
  /** The "that" opening an admitted clause, past any words between it and the verb ("conceded in an interview that"). */
  private static final Pattern THAT_OPENS = Pattern.compile("\\bthat\\b");
  /** An admitted clause whose subject is the admitter's own pronoun. */
  private static final Pattern OWN_PRONOUN_SUBJECT = Pattern.compile("\\s*(?:it|its|we|our|they|their|he|his)\\b", Pattern.CASE_INSENSITIVE);
  /** What ends the clause an admission verb governs: a punctuation break or a contrasting clause ("admitted ..., while insisting that"). */
  private static final Pattern ADMISSION_BREAK = Pattern.compile("[;:,]|\\b(?:but|while|whereas|although|though)\\b", Pattern.CASE_INSENSITIVE);
  /** Where the role given with a name ends: a sentence or clause break, a quotation, a speech verb. */
  private static final Pattern ROLE_END = Pattern.compile("[.;:\"“”]\\s|\\b(?:said|says|told)\\b");
  /**
   * A capitalised word right before a force word: "White Banner Army", "Burundian army". A capitalised
   * determiner opening a sentence ("An army spokesman", "The military") names nothing.
   */
  private static final Pattern NAME_WORD_BEFORE = Pattern.compile("(?!(?:A|An|The|This|That|Its|Their|Our)\\s)(\\p{Lu}[\\p{L}'’-]*)\\s+$");
  private static final Pattern SELF_SUBJECT = Pattern.compile("^\\s*(?:that\\s+)?(?:it|we)\\s+(?:had|has|have)\\s+$");
  /** Who is told, right after "told" or "tells": a pronoun, a newsroom ("reporters", "our correspondent") or a name ("the Daily Courier"). */
  private final Pattern tellListener;
  /**
   * "our unit, which had held the barracks since the morning, left X": a relative clause set off by commas between the
   * subject and its verb leaves the subject the loser.
   */
  private static final String RELATIVE_AFTER_SUBJECT = "(?:\\s*,\\s*(?:which|who)\\s[^,;:\"“”]{1,90},)?";
  /** "we had to withdraw", "our men were forced to leave X": a loss the subject was driven to is still its own. */
  private static final String COMPELLED = "to|forced|obliged|decided|chose";

  private final Vocabulary vocabulary;
  private final Sides sides;
  private final StateSides stateSides;
  private final PlaceReferences placeReferences;
  private final SideParties sideParties;
  private final TriggerSearch triggerSearch;
  private final Pattern speechBreak;

  /** Compiles the admission and speaker phrases' patterns from the vocabulary's word lists, once. */
  Concessions(Vocabulary vocabulary, Sides sides, StateSides stateSides, PlaceReferences placeReferences, SideParties sideParties, TriggerSearch triggerSearch, Pattern speechBreak) {
    this.vocabulary = vocabulary;
    this.sides = sides;
    this.stateSides = stateSides;
    this.placeReferences = placeReferences;
    this.sideParties = sideParties;
    this.triggerSearch = triggerSearch;
    this.speechBreak = speechBreak;
    String speech = vocabulary.regex("speech");
    this.tellListener = Pattern.compile("\\s+(?:us|me|him|her|them|you|(?:the\\s+|a\\s+|our\\s+)?(?:\\p{Ll}+\\s+)?" + vocabulary.regex("newsroomnoun")
        + "|(?:the\\s+)?\\p{Lu}[\\p{L}'’&.-]*(?:\\s+\\p{Lu}[\\p{L}'’&.-]*){0,4})(?=\\s)");
    this.concessionThat = Pattern.compile("\\b" + vocabulary.regex("admission") + "(?:\\s+[\\p{L}\\d]+){0,4}?\\s+that\\b", Pattern.CASE_INSENSITIVE);
    this.stationedForce = Pattern.compile("(?i)\\b(?:the|its|their)\\s+" + vocabulary.regex("postedforce") + "\\s+"
        + "(?:" + vocabulary.regex("postedverb") + "\\s+(?:in|at|on)|of\\s+the\\s+" + vocabulary.regex("postsite") + ")\\b[^,;:]{0,90}$");
    this.firstPersonForces = Pattern.compile("(?i)(?:^|[\\s,])(?:we|our\\s+(?:[\\p{L}-]+\\s+){0,2}?" + vocabulary.regex("firstpersonforce") + RELATIVE_AFTER_SUBJECT + ")"
        + "\\s+(?:(?:have|had|has|were|was|also|then|finally|all|later|temporarily|" + COMPELLED + "|\\p{Ll}+ly)\\s+)*"
        // "our units carried out a tactical withdrawal": a loss told as a noun after a light verb.
        + "(?:" + vocabulary.regex("lightverb") + "\\s+(?:a|an|the|their|its|our)\\s+(?:\\p{Ll}+\\s+)?)?$");
    // "said they held X and had left Y": the pronoun is the subject of a second predicate joined by "and" too; not when
    // its first predicate opens a clause of another subject ("said it believed the militia attacked X and withdrew").
    this.speakerSelf = Pattern.compile("(?i)\\b(?:" + speech + "|" + vocabulary.regex("admission", "confirmation") + ")\\s+(?:that\\s+)?(?:it|they)\\s+"
        + "(?:(?![^,;:.\"“”]*?\\b(?:that|as|when|while|who|which|whom|if|because|how|where|saw|seen|watched|heard|believed|believe|thought|think|feared)\\b)"
        + "[^,;:.\"“”]{1,60}?\\s+and\\s+)?(?:(?:have|had|has|also|then|now|already|\\p{Ll}+ly)\\s+)*[\"“]?$");
    this.possessedForces = Pattern.compile("(?i)^\\s*(?:\\p{Ll}+ly\\s+)?(?:its|his|her|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + vocabulary.regex("ownsideforce")
        + RELATIVE_AFTER_SUBJECT + "\\s+(?:(?:have|had|has|were|was|are|is|been|also|then|now|finally|all|later|temporarily|" + COMPELLED + "|\\p{Ll}+ly)\\s+)*[\"“]?$");
    this.ownHolderAfter = Pattern.compile("(?i)\\s+(?:of\\s+)?(?:our|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + vocabulary.regex("ownholder") + "\\b");
    this.ownSideForces = Pattern.compile("(?i)(?:^|[\\s,])(?:we|(?:our|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?" + vocabulary.regex("ownsideforce") + ")"
        + "\\s+(?:(?:have|had|has|were|was|are|is|also|then|now|finally|all|later|never|not|temporarily|\\p{Ll}+ly)\\s+)*$");
  }

  /** The side that a claim verb right before a nominal trigger has for subject: "Moscow has claimed the capture of X". */
  Party announcer(AnnotatedArticle article, Annotations.Span s, Trigger t, ClaimantResolver.Attribution attribution) {
    String text = article.text();
    if (!vocabulary.contains("nominal", firstWord(t.phrase()))) return null;
    int from = Math.max(s.start(), t.start() - 40);
    Matcher lead = NOMINAL_LEAD.matcher(text.substring(from, t.start()));
    if (!lead.find() || !vocabulary.isExactly("cue", lead.group(1).toLowerCase(Locale.ROOT))
        || vocabulary.contains("denial", lead.group(1)) || vocabulary.contains("denialverb", lead.group(1))) return null;
    int verb = from + lead.start(1);
    // "the claimed capture": a participle after an article is no verb.
    if (ARTICLE_BEFORE.matcher(text.substring(Math.max(s.start(), verb - 5), verb)).find()) return null;
    Party p = sideParties.sidePartyIn(article, Math.max(s.start(), verb - 40), verb, attribution, false);
    return p == null || p.side() == null ? null : p;
  }

  /**
   * Whether an admission governs the trigger's clause: "officials admit that X is still held by rebels", but not
   * "the police admit only that their men left X, which the rebels say they have held" (another speaker's word).
   */
  boolean admittedClause(String text, Annotations.Span s, Trigger t) {
    return governs(concessionThat, text, s, t);
  }

  /**
   * Whether a source speaks for a state it is not named with: a state body by its name ("the Interior Ministry"), or a
   * person given an officer's or an official's role ("the territorial administrator, X", "Colonel X"). Not a source the
   * report gives a side of its own, nor onlookers.
   */
  boolean stateVoice(AnnotatedArticle article, Annotations.Span s, ClaimantResolver.Attribution attribution) {
    if (attribution == null || attribution.claimant().side() != null || onlooker(attribution.claimant())) return false;
    return speaksForState(article, s, attribution.claimant()) || officer(article.text(), attribution.claimant().name());
  }

  /** Whether a source is a state body by its name or its words, or an officer by the rank given with its name. */
  boolean speaksForState(AnnotatedArticle article, Annotations.Span s, Party speaker) {
    return stateSides.bodyName(speaker.name()) || stateSides.institution(article, speaker, s.start()) != null
        || speaker.description() != null && vocabulary.contains("officerrank", speaker.description());
  }

  /** Whether the last clause {@code opener} opens before the trigger governs it: no clause break or other speech verb between. */
  boolean governs(Pattern opener, String text, Annotations.Span s, Trigger t) {
    Matcher m = opener.matcher(text).region(s.start(), t.start());
    int end = -1;
    while (m.find()) end = m.end();
    if (end < 0) return false;
    String between = text.substring(end, t.start());
    return between.indexOf(';') < 0 && !vocabulary.contains("speech", between);
  }

  /** Whether the trigger's clause, after any speech verb, has a state's forces for subject: "said soldiers had withdrawn". */
  boolean stateForcesSubject(String text, Annotations.Span s, Trigger t) {
    int back = Math.max(s.start(), t.start() - 60);
    int spoken = afterLastSpeech(text, back, t.start());
    int from = spoken < 0 ? back : spoken;
    String subject = text.substring(from, t.start());
    // "The army said it had withdrawn the soldiers of its post": the speaker itself is the subject.
    return vocabulary.contains("ownforce", subject) || vocabulary.contains("statenoun", subject) || SELF_SUBJECT.matcher(subject).find()
        || stationedForceSubject(text, s, t);
  }

  /**
   * "the unit stationed in the town was repositioned", "the personnel of the checkpoint at X were withdrawn": a force
   * named by where it was posted is the subject of its own move, however long the phrase naming the post.
   */
  private boolean stationedForceSubject(String text, Annotations.Span s, Trigger t) {
    int back = Math.max(s.start(), t.start() - 140);
    int spoken = afterLastSpeech(text, back, t.start());
    int from = spoken < 0 ? back : spoken;
    return stationedForce.matcher(text).region(from, t.start()).find();
  }

  /**
   * Whether the trigger's subject is the speaker's own side: "our units retook X", "we hold X", "the
   * army said it retook X", "said its troops had withdrawn", or a holding that is "ours" ("under our
   * control", "under the control of our forces"). A state body's words then tell of its state's forces.
   */
  boolean ownSideSubject(String text, Annotations.Span s, Trigger t) {
    String inside = text.substring(t.start(), t.end());
    // "under the control of our forces": the holder follows a holding phrase only ("attacked our units" names the attacked).
    if (OWN_WORD.matcher(inside).find() || triggerSearch.holderPhrase.matcher(inside).matches() && ownHolderAfter.matcher(text).region(t.end(), s.end()).lookingAt()) {
      return true;
    }
    int back = Math.max(s.start(), t.start() - 90);
    int spoken = afterLastSpeech(text, back, t.start());
    int from = spoken < 0 ? back : spoken;
    if (ownSideForces.matcher(text).region(from, t.start()).find()) return true;
    return spoken >= 0 && SPEAKER_PRONOUN.matcher(text).region(from, t.start()).matches();
  }

  /** Whether the trigger's clause, after any speech verb, has "we" or "our" forces for subject: "our fighters withdrew". */
  boolean firstPersonSubject(String text, Annotations.Span s, Trigger t) {
    int back = Math.max(s.start(), t.start() - 160);
    int spoken = afterLastSpeech(text, back, t.start());
    return firstPersonForces.matcher(text).region(spoken < 0 ? back : spoken, t.start()).find();
  }

  /** Where the clause after the last speech verb in {@code text[from, to)} begins ("he said | our units left"), or -1 when there is none. */
  private int afterLastSpeech(String text, int from, int to) {
    Matcher speech = speechBreak.matcher(text).region(from, to);
    int verb = -1;
    int after = -1;
    while (speech.find()) {
      verb = speech.start();
      after = speech.end();
    }
    // "told us his men withdrew", "tells the Daily Courier its fighters left": the one told is the verb's object, not
    // the clause's subject, which begins after it.
    if (after > 0 && TELL.matcher(text).region(verb, after).matches()) {
      Matcher listener = tellListener.matcher(text).region(after, to);
      if (listener.lookingAt()) after = listener.end();
    }
    return after;
  }

  /**
   * "A security official confirmed that troops had withdrawn from X", "Colonel X said soldiers had left the base": a
   * state's forces named bare are the ones an officer or official of the state speaks for, when the report gives the
   * teller no side of its own, as with the counts of its own dead ({@link #officer}). Not forces named with a country
   * or a group, which a teller of either side names so.
   */
  boolean officerOwnForces(AnnotatedArticle article, ClaimantResolver.Attribution attribution, Party actor) {
    if (attribution == null || attribution.claimant().side() != null || onlooker(attribution.claimant())) return false;
    if (actor == null || actor.side() == null || !sides.isCountry(actor.side())
        || !vocabulary.isExactly("stateforce", actor.name().toLowerCase(Locale.ROOT))) return false;
    Party speaker = attribution.claimant();
    return officer(article.text(), speaker.name())
        || speaker.description() != null && vocabulary.contains("officerrank", speaker.description());
  }

  /** Whether a loss's teller may be telling of its own side: no known side tells it, or the loser's own does. */
  static boolean tellerMaySpeakFor(Party loser, ClaimantResolver.Attribution attribution) {
    return attribution == null || attribution.claimant().side() == null || loser == null || loser.side() == null
        || sameSide(loser.side(), attribution.claimant().side());
  }

  /**
   * Whether the trigger's clause opens on the pronoun of a speaker named right before its verb: "the tribal forces say
   * they withdrew", "the brigade admits it has left"; not "the other said they had left" when the source found is another,
   * nor when the source found speaks a clause of its own before ("the army says it took X, and the rebels say they left
   * Y": "they" are the rebels, whatever source the sentence was given).
   */
  boolean speakerSelfBefore(String text, Annotations.Span s, Trigger t, Party claimant) {
    Matcher m = speakerSelf.matcher(text).region(Math.max(s.start(), t.start() - 80), t.start());
    if (!m.find() || claimant.name() == null || claimant.name().isBlank()) return false;
    int from = Math.max(s.start(), m.start() - 80);
    int named = text.substring(from, m.start()).toLowerCase(Locale.ROOT).lastIndexOf(claimant.name().toLowerCase(Locale.ROOT));
    return named >= 0 && !vocabulary.contains("speech", text.substring(from + named + claimant.name().length(), m.start()));
  }

  /** Whether a source is people telling what they saw ("residents", "a witness"), who own no forces. */
  boolean onlooker(Party p) {
    return p != null && vocabulary.contains("onlooker", p.name() + " " + Objects.toString(p.description(), ""));
  }

  /**
   * Whether the trigger's clause, right after a speech verb or "that", opens on a possessive's own forces:
   * "said its troops had \"redeployed\"", "acknowledges that its soldiers left", "says his men withdrew".
   * A quote mark right before the trigger does not open a clause of its own.
   */
  boolean possessedSubject(String text, Annotations.Span s, Trigger t) {
    int end = t.start();
    while (end > s.start() && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '"' || text.charAt(end - 1) == '“')) end--;
    int spoken = afterLastSpeech(text, Math.max(s.start(), t.start() - 60), end);
    return spoken >= 0 && possessedForces.matcher(text).region(spoken, t.start()).find();
  }

  /** "Kiev has not acknowledged the loss of X": a concession denied is none, and the loss is the writer's. */
  boolean concessionDenied(String text, Annotations.Span s, Trigger t) {
    Matcher m = CONCESSION.matcher(text).region(s.start(), t.start());
    int at = -1;
    while (m.find()) at = m.start();
    return at >= 0 && vocabulary.contains("negation", text.substring(Math.max(s.start(), at - 14), at));
  }

  /** "Russian bloggers have begun conceding that X is no longer under Russian control": the loser's side admits the loss. */
  boolean concededBy(AnnotatedArticle article, Annotations.Span s, Trigger t, String loser) {
    return conceder(article, s, t, loser) != null;
  }

  /** Who, of the losing side, admits the loss before the trigger ("Russian bloggers acknowledge"), or {@code null}. */
  Party conceder(AnnotatedArticle article, Annotations.Span s, Trigger t, String loser) {
    Matcher m = CONCESSION.matcher(article.text()).region(s.start(), t.start());
    int at = -1;
    while (m.find()) at = m.start();
    if (at < 0) return null;
    Party admits = sideParties.sidePartyIn(article, Math.max(s.start(), at - 90), at, null, false);
    return admits != null && loser.equals(admits.side()) ? admits : null;
  }

  /** {@code source}'s words told by the claimant of {@code teller}, who becomes a relay. */
  static ClaimantResolver.Attribution relayedBy(ClaimantResolver.Attribution teller, Party source) {
    List<CitationHop> chain = new ArrayList<>(teller.relays());
    chain.add(new CitationHop(hopKind(teller.claimant()), teller.claimant().name(), teller.cue()));
    return new ClaimantResolver.Attribution(source, "acknowledged", chain, false);
  }

  /**
   * Whether the trigger's clause is one an admission verb before it governs, "that" or not: "the army concedes it has not
   * entered X", "acknowledged that troops had not yet entered X"; not across a clause break ("admitted on Monday, while
   * insisting that X never fell", "acknowledged losses but has not given"), another speech verb, nor an admission denied
   * ("has not acknowledged").
   */
  boolean admits(String text, Annotations.Span s, Trigger t) {
    return admittedFrom(text, s, t) >= 0;
  }

  /** Where the clause an admission verb governs (as {@link #admits}) begins, after the verb and any "that"; -1 when none does. */
  int admittedFrom(String text, Annotations.Span s, Trigger t) {
    Matcher m = CONCESSION.matcher(text).region(s.start(), t.start());
    int end = -1;
    while (m.find()) end = m.end();
    if (end < 0 || concessionDenied(text, s, t)) return -1;
    String between = text.substring(end, t.start());
    if (ADMISSION_BREAK.matcher(between).find() || vocabulary.contains("speech", between)) return -1;
    Matcher that = THAT_OPENS.matcher(text).region(end, t.start());
    return that.find() ? that.end() : end;
  }

  /**
   * Whether the clause an admission governs, from {@code from} to the trigger, is about the admitter's own side: its
   * subject a pronoun of the admitter's ("admits it took X", "admits its troops hold X") or naming the actor found
   * ("the ministry acknowledged that the army retook X"). "The army admits the gunmen held X" names another.
   */
  static boolean ownSubject(String text, int from, int to, Party actor) {
    String clause = text.substring(from, to);
    return OWN_PRONOUN_SUBJECT.matcher(clause).lookingAt() || actor.name() != null && clause.contains(actor.name());
  }

  /** "The army admitted that troops had withdrawn": the side of the admitting verb's subject. */
  Party admitter(AnnotatedArticle article, Annotations.Span s, Trigger t) {
    Matcher m = CONCESSION.matcher(article.text()).region(s.start(), t.start());
    if (!m.find()) return null;
    Party p = sideParties.sidePartyIn(article, s.start(), m.start(), null, true);
    return p == null || p.side() == null ? null : p;
  }

  /**
   * Whether a source of no known side is an officer of a state force by the role given with its
   * name: "the army spokesman, Colonel X", "General X, the division commander", "X, commander of
   * the 103rd Infantry Brigade"; then the soldiers it counts are taken for its own.
   */
  boolean officer(String text, String name) {
    int at = name == null || name.isBlank() ? -1 : text.indexOf(name);
    if (at < 0) return false;
    int from = Math.max(0, at - 40);
    int to = Math.min(text.length(), at + name.length() + 60);
    Matcher end = ROLE_END.matcher(text).region(at + name.length(), to);
    if (end.find()) to = end.start();
    Matcher cut = ROLE_END.matcher(text).region(from, at);
    while (cut.find()) from = cut.end();
    int start = from;
    // "A White Banner Army spokesman": a force word ending a name is a group's, unless the name is a country's.
    // "A rebel security official", "an insurgent military spokesman": an armed group's own people hold such roles too.
    return vocabulary.find("staterole", text, from, to).stream().anyMatch(h -> {
      Matcher word = NAME_WORD_BEFORE.matcher(text).region(start, h.start());
      return (!word.find() || sides.sideOf(word.group(1)) != null)
          && vocabulary.first("armedword", text, start, h.start()).isEmpty() && vocabulary.first("faction", text, start, h.start()).isEmpty();
    });
  }
}
