package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.claims.Trigger.Kind;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Mention;
import org.crosscheck.nlp.Place;
import org.crosscheck.nlp.TimeRef;
import org.crosscheck.nlp.attribution.Quote;
import org.crosscheck.nlp.geo.Gazetteer;

/**
 * Reads control, attack, quantity and attributed claims from an annotated article, one sentence
 * at a time. Trigger words come from {@link Vocabulary}; each named place in a sentence goes to
 * the nearest trigger; the actor is the side named before the trigger (a demonym, a country or
 * capital, an organisation, or the claimant for "our"/"its"/"they" and passives); the claimant
 * comes from the {@link ClaimantResolver}. Denials either negate a trigger ("has not been taken"),
 * name what they deny ("denied the loss of X"), or refer back ("rejected the claim") to the most
 * recent claim by someone of another side. "the city" refers back to a settlement named before,
 * a colon-label's places stand for its events, and past events are claims with their own event
 * time, however long ago; the decisions are in docs/DESIGN-NOTES.md. Stateless and thread-safe.
 */
public final class ClaimExtractor {

  /** Hydrographic features are the scene of fighting, not something held ("the bank of the Oskil"). */
  private static final Set<String> NOT_HELD = Set.of("STM", "STMS", "STMI", "LK", "LKS", "RSV", "BAY",
      "SEA", "GULF", "OCN", "CNL", "SD", "STRT", "MT", "MTS");
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  // Compiled once: String.matches, replaceFirst and split with a pattern compile it again on every
  // call, and these run for every trigger or claimant.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern OPENING_QUOTE = Pattern.compile("[\"“]");
  private static final Pattern OPENING_QUOTE_AT_END = Pattern.compile("[\"“‘']\\s*$");
  static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");
  private static final Pattern BY_AGENT = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){0,6}?by\\s+((?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,3})");
  /** "by" right after a trigger ("seized by"), or ending its phrase ("captured by"): a passive's agent follows. */
  private static final Pattern PASSIVE_BY = Pattern.compile("\\s+by\\b");
  private static final Pattern PHRASE_ENDS_BY = Pattern.compile("\\sby$");
  /** A passive agent's words, to the first word of time, place or joint after it: "the army" in "by the army later that year". */
  private static final Pattern AGENT_WORDS = Pattern.compile("\\s*(?:the\\s+)?[\\p{L}'’-]+(?:\\s+(?!(?:in|on|at|and|later|before|after|during|for|from|since|last|this|that|which|who|with)\\b)[\\p{L}'’-]+){0,3}");
  private static final Pattern BY_ATTACKER = Pattern.compile("^\\s+by\\s+((?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2})");
  private static final Pattern LIST_INTRO = Pattern.compile("(?:^|,)\\s*(?:including|naming|such as|notably|among them)\\b[^;:]*$");
  /** From a list's first member to its last: a joint, lower-case words of a place phrase, members, a range ("as far as"). */
  private static final Pattern SUBJECT_LIST_HEAD = Pattern.compile(
      "^\\s*(?:,\\s*|,?\\s+(?:and|or)\\s+)(?:the\\s+)?(?:[\\p{Ll}]+\\s+of\\s+(?:the\\s+)?)?(?:X(?:\\s+[\\p{Ll}]+)?(?:\\s*,\\s*|\\s+(?:and|or|as far as|up to)\\s+)(?:the\\s+)?(?:[\\p{Ll}]+\\s+of\\s+(?:the\\s+)?)?)*$");
  /** Between a subject place and its passive or intransitive trigger: lower-case words, a list of places, an aside in commas. */
  private static final Pattern SUBJECT_GAP = Pattern.compile("(?:\\s|X|,(?=\\s*X)|[\\p{Ll}'’-]+)*(?:,[^,;:]*,)?(?:\\s|[\\p{Ll}'’\"“-]+)*");
  /** A subordinate clause ends at a comma (not one inside a list of numbers), a semicolon or "then". */
  private static final Pattern CONDITION_END = Pattern.compile(",(?!\\s*\\d)|;|\\bthen\\b");
  /** The word before a nominalised trigger, past its article or possessive: "for [the] capture of". */
  static final Pattern NOMINAL_LEAD = Pattern.compile("([\\p{L}]+)\\s+(?:(?:the|a|an|its|their|his|her|our|any)\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT_PHRASE_END = Pattern.compile("(?i)a|an|the|during|in|of|on|at|by|after|before|since|from|with|and|or");
  private static final Pattern DIRECT_GAP = Pattern.compile("\\s+(?:the\\s+)?");
  private static final Pattern CONDITION_ASIDE = Pattern.compile("[^,;:.]{0,50},\\s*(\\p{Ll}+)\\s+(?:[\\p{Ll}]+\\s*){1,3},");
  private static final Pattern DENIED_ACT = Pattern.compile("\\s+(\\p{Ll}+ing)\\b");
  private static final Pattern DENIED_FIGURE = Pattern.compile("\\s+(?:the\\s+|these\\s+|that\\s+|this\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+)?(?:figures?|tolls?|numbers?|count)\\b",
      Pattern.CASE_INSENSITIVE);
  /** A thing hit placed on a road by where it leads: "on the main road to", "on a highway north to". */
  private static final Pattern ON_ROAD_TO = Pattern.compile("\\b(?i:on)\\s+(?i:the|a)\\s+(?:[\\p{Ll}-]+\\s+)?(?i:roads?|highways?|routes?)\\s+"
      + "(?:(?i:north|south|east|west)\\p{L}*\\s+)?(?i:to|towards)\\s+(?:(?i:the)\\s+)?$");
  /**
   * "the road between Y and X", "the highway from Y to X": the event is placed at the road's first end; X only
   * names the road.
   */
  static final Pattern ROAD_END = Pattern.compile("\\b(?i:roads?|highways?|routes?)\\s+(?:(?i:leading|running)\\s+)?"
      + "(?i:between|from|linking)\\s+(?:\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}|(?i:the)\\s+\\p{Ll}+)\\s+(?i:and|to|with)\\s+"
      + "(?:(?i:the)\\s+(?i:town|city|village)\\s+of\\s+)?$");
  /**
   * "hold the roads to Y and to X", "control the road between Y and X", "villages along the highway from Y to X": a place
   * named as one of a road's two or more ends only names the road, which may be held without either end. (A road to one
   * place, "hold the road to X", is often told as a hold on X's approach, so it is left to the claim.)
   */
  private static final Pattern ROAD_LEADS = Pattern.compile("\\b(?i:roads?|highways?|routes?|tracks?)\\s+(?:(?i:leading|running|north|south|east|west)\\p{L}*\\s+)?"
      + "(?i:(between|from|linking)|to|towards)\\s+((?:(?:\\p{Lu}|\\p{Ll}{1,3}-\\p{Lu})[\\p{L}'’-]*,?\\s+|(?i:and|to|or|the|from)\\s+)*)"
      + "(?:(?i:the)\\s+(?i:town|city|village)\\s+of\\s+)?$");
  /** A name before, among a road's ends: "to Y and ", "to Y, ". */
  private static final Pattern NAME_IN = Pattern.compile("(?:\\p{Lu}|\\p{Ll}{1,3}-\\p{Lu})");
  /** Another of a road's ends after one: "X and Y", "X, Y", "X and to Y". */
  private static final Pattern ANOTHER_END = Pattern.compile("\\s*(?:,|\\s(?i:and|or))\\s+(?:(?i:to)\\s+)?(?:(?i:the)\\s+)?(?:\\p{Lu}|\\p{Ll}{1,3}-\\p{Lu})");
  private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|is|are|be|been|being)\\s+(?:[\\p{Ll}]+\\s+){0,2}$");
  /** A determiner right after a verb opens its object: "X have taken their dispute to court" has X as the taker. */
  private static final Pattern ACTIVE_OBJECT = Pattern.compile("\\s+(?:their|its|his|her|our)\\s");
  /** A sentence opening with a pronoun for what was said before: "These are lies", "That is not true". */
  private static final Pattern POINTING_BACK = Pattern.compile(
      "^\\W*(?:these|this|that|those|it|all this|all of this|all that)\\s+(?:(?:are|is|was|were)\\s+)?(?:all\\s+|simply\\s+|just\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** A pronoun opening its clause and a copula right before a denial word: "it is not true", "this was a fabrication" (not "confirmed it are false"). */
  private static final Pattern PRONOUN_SUBJECT = Pattern.compile(
      "(?:^|[,;:\"“]\\s*|\\b(?:that|and|but|said|says|say|adding|insisted|insists)\\s+)(?:it|this|that|these|those|all this|all that|all of this)\\s+(?:(?:is|was|are|were)\\s+)?(?:all\\s+|simply\\s+|just\\s+|completely\\s+|entirely\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** The key mark of a concession read from an admitted pulling out after the claim ({@link #pullOutAdmitter}). */
  private static final String PULL_OUT_ADMITTED = "|pullout|";
  /** A relative clause pointing back to what was just told: ", which", ", whose loss", ", something". */
  private static final Pattern POINTING_BACK_CLAUSE = Pattern.compile(",\\s+(?:which|whose|something)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_JOINT = Pattern.compile("[,;]|\\band\\b");
  /**
   * A copula right before a denial word, or opening it: "the report is completely false", "it was \"a lie\"" (not a
   * passive denial verb: "X has been disputed"). A falsehood so predicated judges its subject, so its reach ends with its clause (unless a "that" clause follows it,
   * which is what it judges: "it is false that X fell").
   */
  private static final Pattern COPULA_BEFORE = Pattern.compile(
      "\\b(?:is|are|was|were|been)\\s+(?:\\p{Ll}+ly\\s+|all\\s+|just\\s+)?[\"“]?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COPULA_OPENING = Pattern.compile("^(?:is|are|was|were)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREPOSITION_END = Pattern.compile("\\b(?:of|in|to|by|under|on|with)$");
  /** "not", "never" or a contraction's "n't", which ends its word ("hasn't") and so takes no word boundary before it. */
  private static final String NOT = "(?:\\bnot|\\bnever|n['’]t)";
  /** A verb's own negation right before it: "has not | gone back", "had never | returned", "hasn't yet | returned". */
  private static final Pattern VERB_NEGATED = Pattern.compile("(?i)" + NOT + "(?:\\s+(?:yet|since|again))?\\s+$");
  private static final Pattern PASSIVE_AUX = Pattern.compile("\\b(?:was|were|is|are|be|been|being)\\s+(?:[\\p{Ll}]+ly\\s+)?$");
  /** "in north-eastern Ukraine,": a country after a locative and ending its phrase says where a place lies. */
  static final Pattern LOCATIVE_BEFORE = Pattern.compile("\\b(?:(?i:in|inside|across|throughout)"
      // "gunmen who crossed from X attacked": where they came from, not whose they are ("fighters from X" still are X's).
      + "|(?i:crossed|crossing|came|coming|arrived|arriving|infiltrated|infiltrating)\\s+(?:(?:in|over|back)\\s+)?from)"
      + "\\s+(?:(?i:the)\\s+)?(?:[\\p{Ll}-]+ern\\s+|central\\s+)?$");
  /**
   * Where the reach of a negation ends: punctuation, a complementiser, a coordinated clause, a subordinate clause of
   * time or cause ("have not gone back since the army retook X": the retaking happened). A subordinator right after
   * the negation is the negated verb's adverb ("has not since returned", "had never before been taken").
   */
  private static final Pattern NEGATION_STOP = Pattern.compile("[,;:\"“”—–]|\\s'|'\\s|\\b(?:but|that|and|or|while|whereas)\\b"
      + "|(?<!\\b(?:not|never)\\s)(?<!n['’]t\\s)\\b(?:since|after|because|when|until|before|once|although|though|unless)\\b");
  /** A clause of time opening its sentence or clause: "When we take", "and once the army enters", "as soon as they leave". */
  private static final Pattern TIME_CLAUSE_OPENER = Pattern.compile(
      "(?:^|[;:\"“(—–,])\\s*(?i:(?:and|but)\\s+)?(?i:when|whenever|once|as\\s+soon\\s+as|the\\s+day|the\\s+moment)\\s+(?=\\S)");
  /** After a clause of time, the main clause it leads into, told in the future: ", you will not need", ", we'll see". */
  private static final Pattern FUTURE_MAIN_AFTER = Pattern.compile(
      "^[^,;:.!?]*,\\s*(?:[\\p{L}'’-]+\\s+){0,4}?(?:[\\p{L}]+['’]ll\\b|(?i:will|shall)\\b)");
  /** The words after a gerund trigger's subject-position: "Taking a town is one thing". */
  static final Pattern CLAUSE_START = Pattern.compile("(?:^|[;:\"“”(—–])\\s*$");
  /** A transcript's speaker label opening a paragraph: a name in capitals, an optional note in brackets, a colon. */
  private static final Pattern SPEAKER_TURN = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\s*(?:\\([^)\\n]{0,40}\\)\\s*)?:");
  /** Words that admit a loss: a count after them is a concession ("acknowledged losing nine men"). */
  static final Pattern CONCESSION = Pattern.compile("\\b(?:acknowledg|admit|conced|deplor|mourn)\\p{L}*"
      + "|" + NOT + "\\s+(?:deny|denied|denies|dispute|disputed|disputes|contest|contested|contests)\\b", Pattern.CASE_INSENSITIVE);
  /** A confirming verb opening a clause it governs: "the administrator confirmed that", "confirmed on Monday that". */
  private final Pattern confirmedThat;
  /** ", a spokesman for the", ", commander of": a role given after a source's name, naming whom the source speaks for right after it. */
  private final Pattern roleFor;
  /** "Its adviser", "their spokesman,", "Somaliland's army chief, General": a role right before a source's name, and whose it is. */
  private final Pattern possessedRole;
  /** "The commander of the X Forces, Sheikh": a role and whom it is for, set before a source's name. */
  private final Pattern roleOfBefore;
  /** An admission after the claim, in a clause pointing back to it: ", which the council has conceded", ", whose loss an official admitted". */
  private final Pattern trailingAdmission;
  /** A clause of its own after the claim in which a side admits a pulling out and names no place: "; the army admits a tactical withdrawal", "and the rebels admit pulling out". */
  private final Pattern admittedPullOut;
  /** An admission governing a passive's subject right before an attack: "confirms that one of its patrols was" (then "ambushed"). */
  private static final Pattern ADMITTED_PASSIVE = Pattern.compile("(?i)\\b(?:confirm|acknowledg|admit|conced)\\p{L}*\\s+(?:[\\p{L}\\d]+\\s+){0,4}?that\\s+"
      + "(?<subject>(?:[\\p{L}\\d'’-]+\\s+){1,6}?)(?<aux>(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?)?$");
  /** A word with a capital: a name ("that Tessit was attacked" admits nothing of the speaker's own). */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}");
  /** A trigger ending on the preposition of what it aims at: "fired at", "dropped on". */
  private static final Pattern AIMED_AT = Pattern.compile("(?i)\\s(?:at|on|upon|into|towards?)$");
  /** A possessive making a passive's subject the speaker's own: "one of its patrols", "their convoy". */
  private static final Pattern SPEAKER_POSSESSIVE = Pattern.compile("(?i)\\b(?:its|their|our)\\b");
  /** The speaker's own dead or wounded, then "when" opening the attack's clause: "three of its men were wounded when gunmen". */
  private static final Pattern OWN_LOSS_WHEN = Pattern.compile("(?i)(?:\\b(?:its|their|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:was|were|had\\s+been|have\\s+been)\\s+"
      + "(?:killed|wounded|injured|hurt)\\s+|\\b(?:it|they|we)\\s+(?:had\\s+|has\\s+|have\\s+)?lost\\s+(?:[\\p{L}\\d-]+\\s+){1,3}?)"
      + "(?:[\\p{L}\\d-]+\\s+){0,3}?(?<when>when)\\s+(?:[\\p{L}\\d'’-]+\\s+){0,6}?$");
  /** Right after a count, that those counted live there: "people live in", "residents still lived in". */
  private final Pattern resideAfter;
  /** Where a negated claiming verb's reach ends: a clause break. */
  private static final Pattern UNCONFIRMED_END = Pattern.compile("[,;:()—–]|\\bthen\\b");
  /** A negation right before a word: "did not deny", "has not confirmed", "has yet to confirm", "is no longer much disputed". */
  static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)(?:" + NOT + "|\\byet\\s+to|\\bno\\s+longer)\\s+(?:(?:\\p{Ll}+ly|much)\\s+)?$");
  /** A verb that would make its object the subject's claim, were it not negated: "has not confirmed the capture of X". */
  private static final Pattern CLAIMING_VERB = Pattern.compile("(?i)confirm\\p{L}*|claim\\p{L}*|announc\\p{L}*|report\\p{L}*|verif\\p{L}*|say|said|says");
  /** "claimed", "claims": before an attack, a claim of the blame for it. */
  private static final Pattern CLAIM_WORD = Pattern.compile("(?i)claim\\p{L}*");
  /** A year that starts a span: "heavy since 2024" compares with it, the event is not then. */
  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\b(?:since|from)\\s+(?:at\\s+least\\s+|early\\s+|late\\s+|mid-?\\s*)?$");
  /** "any statement that", "all reports that": a claim noun under a quantifier is no one's claim. */
  private static final Pattern ANY_BEFORE = Pattern.compile("(?i)\\b(?:any|all|every|such)\\s+$");
  /** After a negated holding, its exception: "Nobody controls X except the State" says who holds it. */
  private static final Pattern EXCEPT_AFTER = Pattern.compile("(?i)^[^,;:.]{0,60}?\\b(?:except|other\\s+than|apart\\s+from|save)\\b");
  /**
   * After a negated event, when it did happen: "did not enter X until Friday" tells it happened then ("until now" does not);
   * not an "until" of a clause joined after it ("has not left X and will stay until May").
   */
  private static final Pattern UNTIL_AFTER = Pattern.compile("(?i)^(?:(?!\\b(?:and|but|or|while|whereas|which|who)\\b)[^,;:.]){0,60}?\\buntil\\b(?!\\s+now\\b)");
  /**
   * Right after a trigger, an object that is none: "they hold nothing", and a negated object of the act, which says the act
   * was not done ("carried out no strike in X", "fired not a single shot"); not a bound ("took no fewer than five villages").
   */
  private static final Pattern NOTHING_AFTER = Pattern.compile(
      "(?i)^\\s+(?:nothing|none|no\\s+(?!(?:less|fewer|more|longer|sooner|later|doubt)\\b)\\p{L}|not\\s+(?:a\\s+single|one)\\b)");
  /**
   * Before a claim, a report nobody makes or evidence that shows nothing: "nobody says", "no official has said", "nothing we found shows",
   * "it does not show that", "no evidence that". Unlike "the army did not say" (no claim at all), these say the claim
   * lacks any ground, as a denial does.
   */
  private static final Pattern GROUNDLESS_REPORT = Pattern.compile("(?i)\\b(?:(?:nobody|no\\s+one|nothing|no\\s+[\\p{L}-]+|none\\s+of\\s+(?:the\\s+)?[\\p{L}-]+)"
      + "\\s+(?:(?!(?:and|or|but)\\b)[\\p{L}'’]+\\s+){0,3}?(?:(?:has|have|had)\\s+)?(?:said|says|say|shows?|showed|shown|proves?|proved|proven"
      + "|suggests?|suggested|indicates?|indicated|supports?|supported)"
      + "|(?:not|n't|never)\\s+(?:\\p{Ll}+ly\\s+)?(?:show|shows|showed|shown|prove|proves|proved|proven)"
      + "|no\\s+(?:evidence|proof|sign|indication)\\s+(?:that|of|for))\\b");
  /**
   * Where a groundless report's reach ends: a clause of its own ("but", a semicolon), one that dates or places
   * what it reports ("no evidence was found after the army entered X"), or a relative clause on its object.
   */
  private static final Pattern GROUNDLESS_END = Pattern.compile("[;:—–]|\\b(?:but|while|whereas|although|though|yet"
      + "|after|before|as|when|since|because|until|once|which|who|whom|where)\\b");
  /** A trigger phrase that is itself passive: "was repelled", "been repelled", "were pushed out", "being chased out". */
  private static final Pattern PASSIVE_PHRASE = Pattern.compile("(?:was|were|been|being)\\s");
  /** What may stand between a modal and the verb it governs: "could soon have taken", "tried to quickly seize". */
  private static final Pattern MODAL_GAP = Pattern.compile("^(?:\\s+(?:have|has|be|been|being|not|also|then|soon|still|yet|even|eventually|finally|again|to|[\\p{Ll}]+ly))*\\s*$");
  /** "... before federal troops retook": a time or coordinating joint, then a subject of one to four words (no pronoun, preposition or adverb) right before the verb. */
  private static final Pattern OWN_SUBJECT_AFTER_EVENT = Pattern.compile(".*\\s(?:before|after|until|when|once|and|but)\\s+"
      + "(?:(?!(?:they|it|he|she|we|its|their|his|her|our|then|later|soon|in|on|at|by|for|with|from|to|of|also|still|now|again|briefly|quickly|had|has|have|was|were|is|are|be|been|being|that|this|which|who)\\b)[\\p{L}'’-]+\\s+){1,4}"
      + "(?:had\\s+|have\\s+|has\\s+)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  /**
   * Between a speaker and its verb only auxiliaries and adverbs ("the group itself later said", "the rebels have confirmed"),
   * and a verb of its own the speech participle follows ("a claim the army rejected, saying").
   */
  private static final Pattern SPEAKER_VERB_GAP = Pattern.compile("\\s*(?:(?:has|have|had|did|does|do|also|later|then|now|still|itself|themselves|\\p{Ll}+ly)\\s+)*"
      + "(?:\\p{Ll}+ed,\\s+)?");
  /** Joints between clauses that may tell another account: a semicolon, or "while", "whereas", "although", ", but". */
  private static final Pattern ACCOUNT_JOINT = Pattern.compile(";|\\s(?:while|whereas|although)\\s|,\\s+but\\s");
  /** "X was never taken", "X still holds": between a subject and its control verb, only auxiliaries and adverbs. */
  private static final Pattern SUBJECT_VERB_GAP = Pattern.compile("^\\s+(?:(?:has|have|had|was|were|is|are|did|does|do|never|not|still|also|already|always|been|n't)\\s+){0,3}$");
  /** A word of presence that points back to a place already told of: "was back", "are still there". */
  private static final Pattern PRESENCE_HERE = Pattern.compile("\\b(?:back|there)$");
  /** "The death toll is disputed": a figure as the subject of a denial is what it denies. */
  private final Pattern figureSubject;
  private final Pattern deniedInvolvement;
  private final Pattern repelledAttackers;
  /** An appeal and the infinitive it asks for, right before a trigger: "calls on the rebels to", "urged X, and Y, to". */
  private final Pattern appealedFor;
  /**
   * "who" asking, not relating, right before a trigger it is the subject of: at a clause's start ("But who holds X is
   * disputed") or after a word that takes a question ("cannot say who controls X", "nothing about who held it").
   */
  private final Pattern askedWho;
  /**
   * A sentence that is only a noun phrase naming an event, after labels at most: "The fall of X.", "PRESENTER: Anna,
   * finally, the strike on Y market." A title or topic announced names what is told next; it tells nothing itself.
   * Only a word naming a part of a place may follow the name: any other ("The attack on X failed.") is the verb of a sentence.
   */
  private final Pattern titleOnly;
  /** "confirmed by local sources in", "denied by officials at": after a verb of telling, the teller and the place it sits at. */
  private final Pattern toldFrom;
  /** Right after a name, a named body's noun ({@code formationnoun}): "the X battalion", "the X mission" name no place. */
  private final Pattern formationAfter;
  /** A numbered item opening a paragraph: "2. ". */
  private static final Pattern ITEM_NUMBER = Pattern.compile("\\d{1,2}\\.\\s");
  /** A fact-check's verdict label: "Rating: false", "Verdict: misleading". */
  private static final Pattern VERDICT_LABEL = Pattern.compile("\\b(?:Rating|Verdict)\\s*:");
  /** A newsroom noun placed right before a place: "told our correspondent in", "a reporter based at". */
  private final Pattern reporterPlace;
  /** "X's army", "X's military spokesman": a place owning the force or voice that speaks (not "X's bazaar"). */
  private final Pattern ownerForceAfter;
  /** What a label before a colon may hold besides place names: joints and lower-case words ("on the eastern bank"). */
  private static final Pattern LABEL_REST = Pattern.compile("[\\s,\\p{Ll}*'’-]*");
  /** "recaptured X from Y": after the object, Y is who lost it, not a second place taken. */
  private static final Pattern FROM_HOLDER = Pattern.compile("X[^X]*\\bfrom\\s+(?:the\\s+)?$");
  /** "reported X to Putin as taken": a place named as what the trigger says it is. */
  private static final Pattern AS_GAP = Pattern.compile("^\\s+(?:[^,;:.\"“”]{0,40}\\s)?as\\s+$");
  /** After a claim noun, what gives its content: "claims that", "reports of", "the account by". */
  private static final Pattern CONTENT_FOLLOWS = Pattern.compile("^\\s+(?:that|of|about|by|on|in)\\b");
  /**
   * After a taking's object, who it was taken from: "retook X from the rebels", "recaptured X, a junction, from the
   * paramilitary RSF (…) after": a few words, ended by punctuation or a word that opens a phrase of time or a clause.
   */
  /** "but" right before a verb, no subject between: "but pulled out", "but soon withdrew". */
  private static final Pattern SUBJECTLESS_BUT = Pattern.compile("\\bbut\\s+(?:then\\s+)?(?:\\p{Ll}+ly\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** A joint right before a verb, no subject between: "before withdrawing", "and then pulled out", "before being driven out". */
  static final Pattern SUBJECTLESS_JOINT = Pattern.compile("\\b(?:and|before|then|but)\\s+(?:then\\s+)?(?:\\p{Ll}+ly\\s+)?(?:being\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** Where the name of who lost a place ends: a mark, the sentence's end, or a word opening what follows. */
  private static final String LOSER_END = "(?=\\s*(?:[(,;:.!?\"“”]|$)|\\s+(?:on|in|at|after|before|during|who|which|that|and|with|since|by|when|following|over|for|as|last|this|earlier|\\d)\\b)";
  private static final Pattern TAKEN_FROM = Pattern.compile("\\s*(?:,[^,;:.!?]{1,80},)?\\s+from\\s+[\"“]?(?:the\\s+)?([^,;:.!?()\"“”]{1,60}?)" + LOSER_END,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** After a clearing verb and its place, who it was cleared of: "cleansed X of the remnants of the militia". */
  private static final Pattern CLEARED_OF = Pattern.compile("\\s+of\\s+[\"“]?(?:the\\s+)?(?:(?:last\\s+)?remnants\\s+of\\s+(?:the\\s+)?)?([^,;:.!?()\"“”]{1,60}?)" + LOSER_END,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * Between the places of a list ("X, Y and Z"), and after its last an unnamed rest ("and a string of villages"):
   * what a taking of the list tells after it ("from the militia") tells of each place in it.
   */
  private static final Pattern LIST_JOINT = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+(?:the\\s+(?:[\\p{Ll}-]+\\s+){1,2}of\\s+)?");
  /**
   * A time told between a taking's object and who it was taken from: "retook X on 19 October from the front",
   * "liberated X this afternoon from the gang".
   */
  private static final Pattern TIME_BEFORE_LOSER = Pattern.compile("\\s+(?:(?:early|late)\\s+)?(?:(?:on|in)\\s+)?(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2}(?:st|nd|rd|th)?|\\p{Lu}\\p{Ll}+day(?:\\s+(?:morning|afternoon|evening|night))?|(?:this|last|that)\\s+(?:morning|afternoon|evening|night|week|month)|yesterday|overnight|\\d{4})(?=\\s+(?:from|of)\\b)");
  private static final Pattern LIST_REST = Pattern.compile(",?\\s+and\\s+(?:[\\p{Ll}-]+\\s+){0,4}[\\p{Ll}-]+(?=\\s+(?:from|of)\\b)");
  /** An ousting trigger's own words around who was ousted: "drove the rebels out of", "expelled the militia from". */
  private static final Pattern OUSTED = Pattern.compile("^[\\p{L}'’-]+\\s+(?:the\\s+)?(.+?)\\s+(?:out\\s+of|from)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A quotation mark around a side's label ("the \"occupiers\" fled"): no part of its name. */
  private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
  /** "the" opening a group's words: no part of its name. */
  static final Pattern LEADING_THE = Pattern.compile("^(?i:the)\\s+");
  /** Before the place an ousting names for itself: "drove out the soldiers from Y", "out of the Y". */
  private static final Pattern OUSTED_FROM = Pattern.compile("\\s+(?:from|out\\s+of)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  /** Before a flight's own place: "fled Y", "withdrew from the Y", "pulled out of Y". */
  private static final Pattern FLIGHT_OBJECT = Pattern.compile("\\s+(?:from\\s+|out\\s+of\\s+|of\\s+)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  /** Between a place and a trigger in a relative clause on it: an optional apposition, the relative word, its subject and auxiliaries. */
  private static final Pattern RELATIVE_GAP = Pattern.compile("\\s*,?\\s*(?:(?:a|an|the)\\s[^,;:]{0,80}?\\s)?(?:which|that|whom)\\s+(?:[\\p{L}'’-]+\\s+){0,5}",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SHARE_JOINT = Pattern.compile("\\b(?:and|before|after|then|until|by)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * Right before a taking back, the joint to the clause before and the taker's few words: "and recaptured by", ", and the
   * army recaptured", "before federal troops retook". Not "until" ("held X until the army retook it" tells how long, the
   * gold gives no loss) nor "but" after a clause between.
   */
  private static final Pattern RETAKE_JOINT = Pattern.compile("(?:,?\\s+and|\\s+before)\\s+(?:being\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}(?:had\\s+|has\\s+)?$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A relative word: "a town that the army retook in July" tells of an earlier taking, not of one after the clause before. */
  private static final Pattern RELATIVE_WORD = Pattern.compile("\\b(?:that|which|whom|whose|where)\\b", Pattern.CASE_INSENSITIVE);
  /** Where a gapped clause ends, and the finite verbs that show it left none out ("the soldiers at the camp are calm"). */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:.!?]");
  private static final Pattern FINITE_VERB = Pattern.compile("\\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|did|do|does)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_JOINT = Pattern.compile("\\b(?:before|after|then|until)\\b", Pattern.CASE_INSENSITIVE);
  /** After a holding, a place pointed back to: "hold it", "are still there". */
  private static final Pattern POINTED_BACK = Pattern.compile("\\s+(?:it|them|there|here)\\b", Pattern.CASE_INSENSITIVE);
  /** Between a joint and a verb, nothing that could be its subject: "and are in control", ", seizing". */
  private static final Pattern NO_SUBJECT = Pattern.compile("\\s*(?:(?:still|now|also|then|are|is|were|was|have|has|had|been|be)\\s+)*",
      Pattern.CASE_INSENSITIVE);
  /** Right before a place a clause is at or goes to: "to Y", "in the town of"-less "at Y". */
  private static final Pattern PLACE_PREPOSITION = Pattern.compile("\\b(?:in|at|to|into|near|towards?|around|inside)\\s+$", Pattern.CASE_INSENSITIVE);
  /** After a holding, a thing named by its kind, no part of a scene told elsewhere: "are in a state of shock", "are at a loss". */
  private static final Pattern NO_SCENE_PART = Pattern.compile("\\s+(?:a|an)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHERE_BEFORE = Pattern.compile("\\bwhere\\b", Pattern.CASE_INSENSITIVE);
  /** The most characters between two holdings told as one picture of a place; farther apart, they are two stories. */
  private static final int MAX_RIVAL_GAP = 100;
  /** Joints to a clause that may tell more about the place the clause before names: ", where", a semicolon, "and (that)". */
  private static final Pattern BORROWING_JOINT = Pattern.compile(",\\s*where\\b|;|\\band\\s+(?:that\\s+)?", Pattern.CASE_INSENSITIVE);
  /** A joined clause setting its own scene, "; in the north, rebels withdrew", "; elsewhere, troops left": not the place before. */
  private static final Pattern OWN_SETTING = Pattern.compile("\\s*(?:elsewhere|in\\s+the\\s+(?:north|south|east|west)\\p{L}*|(?:further|farther)\\s+(?:north|south|east|west)\\p{L}*)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "dare to enter them": a plural pronoun object points to people or things, not to the place named before. */
  private static final Pattern OTHER_OBJECT = Pattern.compile("\\s+them\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INFINITIVE_BEFORE = Pattern.compile("\\bto\\s+$", Pattern.CASE_INSENSITIVE);
  /** "redeployed to Y", "withdrew towards the Z hills" (not "according to the"): a name gone to. */
  private static final Pattern GONE_TO_NAME = Pattern.compile("\\b(?i:to|towards?|into)\\s+(?:the\\s+)?\\p{Lu}");
  /** After a verb, where its subject went: "moved on towards", "went into". */
  private static final Pattern GOING_TO = Pattern.compile("\\b(?:to|towards?|into)\\b", Pattern.CASE_INSENSITIVE);
  /** Between two clauses that each tell a side's holding: "X, but Y", "X and Y", "X while Y", "X; Y". */
  private static final Pattern RIVAL_JOINT = Pattern.compile("[;,]|\\s(?:and|but|while|whereas)\\s", Pattern.CASE_INSENSITIVE);
  /** "after it", "after the gunmen", "after they had": "after", a short subject and its auxiliaries, right before a verb. */
  private static final Pattern AFTER_SUBJECT = Pattern.compile("\\bafter\\s+(?:[\\p{L}'’-]+\\s+){1,4}$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MEANS_BEFORE = Pattern.compile("\\b(?:after|by|before)\\s+$", Pattern.CASE_INSENSITIVE);
  /** A possessive inside a trigger ("under our control", "under their control"): the holder is a speaker or the side named before. */
  private static final Pattern OWN_POSSESSIVE = Pattern.compile("(?i)\\b(?:our|their)\\b");
  /**
   * A verb coordinated right after another's clause, with no subject of its own: "... before dawn and then pushed";
   * so is a gerund right after "before", "after" or "without" ("overran X for a few hours before withdrawing").
   */
  private static final Pattern SAME_SUBJECT_VERB = Pattern.compile("^[^;:.!?\"“”]*\\b(?:and|then|before|after|without)\\s+(?:then\\s+)?(?:\\p{Ll}+ly\\s+)?$");
  private static final Pattern COORDINATED_VERB = Pattern.compile("\\b(?:and|or|(?<!all\\s)but)\\s+(?!X)");
  /**
   * A subject place, its verb, then a coordinated predicate with no subject of its own: "X is calm
   * and fully under the control of", "X has been secured and is under": the place is the subject of both.
   */
  private static final Pattern SHARED_SUBJECT = Pattern.compile("\\s+(?:is|was|are|were|remain|remains|remained|has|have|had|stay|stays|stayed)\\b"
      + "[\\s\\p{Ll}'’-]*?\\s(?:and|but)(?:\\s+(?:is|was|are|were|has|had|been|be|now|still|also|remains|remained|\\p{Ll}+ly))*\\s*");
  /** An aside in commas right after a subject place, its verb right after: ", the headquarters of the district, was". */
  private static final Pattern SUBJECT_ASIDE = Pattern.compile("^\\s*,[^,;:]*,(?=\\s*(?:was|were|is|are|has|have|had|remains|remained)\\b)");
  private static final Pattern PART_OBJECT = Pattern.compile("\\s+(?:most|much|part|parts|half|the rest|all)\\s+of\\b");
  private static final int MAX_PLACE_DISTANCE = 160;
  /**
   * After "under the control of", "in the hands of": lower-case words only, none placing ("the companies and of the"), so a
   * name there is the holder ("under the control of the Lakeside Emirate"), not a place ("of the army in X" places X).
   */
  private static final Pattern HOLDER_GAP = Pattern.compile(
      "^\\s+(?:(?!(?:in|at|near|on|around|outside|inside|across|throughout|over|from)\\s)[\\p{Ll}'’-]+\\s+){0,5}$");
  /** "attacks on villages from X to Y": a range's first end is a target, not an origin. */
  private static final Pattern RANGE_AFTER = Pattern.compile("^\\s+(?:to|through|up\\s+to)\\s");
  /**
   * "gunfire from the direction of X", "reinforcements from X": a place that only says where something came from, never
   * where a claim is ("heights in the direction of X" may be X's own).
   */
  static final Pattern DIRECTION_ONLY = Pattern.compile(
      "\\b(?:(?i:from)\\s+the\\s+direction\\s+of|(?i:reinforcements?)\\s+(?:(?:sent|brought|flown|rushed|called)\\s+(?:in\\s+)?)?from)\\s+(?:the\\s+)?$");
  /** More capitalised words of a name, then its acronym in brackets: " Province (ISWAP)". */
  private static final Pattern NAME_THEN_ACRONYM = Pattern.compile("(?:\\s+\\p{Lu}[\\p{L}'’-]*)+\\s+\\(\\p{Lu}[\\p{Lu}\\p{N}-]{1,7}\\)");
  /** "called it a fabrication", "described this as propaganda": a pronoun object refers back to a claim. */
  private final Pattern pronounCalled;
  private static final Pattern SHORT_ASIDE = Pattern.compile("\\([^()X]{1,30}\\)");
  /** Before an attack noun, what makes it one the reader already knows: "the attack", "this assault", "the AA attack". */
  private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?<!\\b(?:in|since|after|before|during|following|of|by|from|to|for|on|with)\\s)"
      + "\\b(?:the|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$", Pattern.CASE_INSENSITIVE);
  /** An attack noun's target after it, its attackers perhaps between: "on X", "against the post", "of gunmen into X". */
  private static final Pattern ATTACK_TARGET_AFTER = Pattern.compile(
      "(?:\\s+(?:of|by)(?:\\s+[\\p{L}'’-]+){1,3}?)?\\s+(?:on|against|in|at|near|into|around)\\s", Pattern.CASE_INSENSITIVE);
  /** Before a fight noun, a determiner that makes it one told of before: "the clashes", "these skirmishes". */
  static final Pattern FIGHT_TOLD_BEFORE = Pattern.compile("(?i)\\b(?:the|this|that|these|those)\\s+(?:[\\p{L}'’-]+\\s+)?$");
  private static final Pattern OF_OUR = Pattern.compile("^\\s+of\\s+(?:our|its|their)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSOR_BEFORE = Pattern.compile("\\p{L}[\\p{L}-]*(?:['’]s|s['’])\\s+(?:[\\p{Ll}-]+\\s+)?$");
  private static final Pattern QUOTED_VERB_GAP = Pattern.compile(
      "(?:(?:has|have|had|was|were|is|are|did|does|do|will|would|never|not|still|also|already|always|been|now|n't)\\s+){0,3}");
  private static final Pattern PHRASE_STOP = Pattern.compile("[,;:()—–.\"“”]");
  static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}'’-]*)\\s+$");
  /** The days and months, capitalised words that name no place and no force. */
  static final String CALENDAR_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December";
  /** Between a subject and its verb, the words of a verb group: "JNIM is still", "the troops have now". */
  static final String VERB_GROUP = "\\p{Ll}+ly|also|still|now|again|then|have|has|had|were|was|are|is|been";
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:()—–]|\\s(?:and|but|while|since|after|before|when)\\s");
  /** Only a determiner or a possessive before a nominal trigger: it heads its clause's subject. */
  private static final Pattern NOMINAL_SUBJECT = Pattern.compile("(?i)\\s*(?:(?:the|a|an|any|its|their|his|her)\\s+)?"
      + "(?:[\\p{L}.-]+\\s+){0,2}?(?:[\\p{L}.-]+['’]s?\\s+)?");
  /** The event's object, then a modal: "of Babanusa would", "from the town could". */
  private static final Pattern MODAL_AFTER_OBJECT = Pattern.compile("(?i)\\s*(?:of|from|in|on)?\\s*(?:[\\p{L}'’.-]+\\s+){0,4}?"
      + "(?:would|could|might)\\b");
  /** "seven members of the security forces": after a count of members, the body they belong to. */
  private static final Pattern MEMBERS_OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  /** How far from a source's name its role is looked for; how far into its sentence the name is. */
  private static final int ROLE_REACH = 60;
  private static final int NAME_REACH = 400;
  private static final Pattern ENEMY = Pattern.compile("\\benem(?:y|ies)\\b", Pattern.CASE_INSENSITIVE);
  /** "it killed", "his fighters had shot", "we ambushed": the speaker's own side right before a count is its killer, not its loser. */
  private static final Pattern SPEAKER_KILLED = Pattern.compile(
      "(?i)\\b(?:it|we|they|(?:its|our|their|his|her)\\s+\\p{L}+)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:killed|shot|ambushed|wounded)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
  /**
   * A toll a side owns, right before its figure: "the army's own figure was", "the southern forces' toll
   * stands at", "its toll of", "the military's figure for its dead is"; group 1 the owner's words, or none
   * for a possessive pronoun.
   */
  private static final Pattern OWNED_TOLL = Pattern.compile("(?:([\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2})['’]s?|\\b(?i:its|their|our))\\s+(?i:(own)\\s+)?"
      + "(?i:figures?|toll|tally)\\b(?:\\s+(?i:for|of)\\s+(?i:its|their|our)\\s+(?i:dead|losses))?\\s+(?i:(?:is|was|stands?|stood|remains?|of|at)\\s+)+$");
  private static final int DENIAL_LOOKBACK = 4;
  /**
   * A denial's whole object when it is a pronoun pointing back: "denies it, and a reporter saw troops in X" denies
   * what was told before, so whatever the sentence goes on to tell is not denied.
   */
  private static final Pattern DENIED_PRONOUN = Pattern.compile("^\\s+(?:it|this|that|them|so)(?=\\s*(?:[,;.!?]|$|\\s+(?:and|but|while)\\b))",
      Pattern.CASE_INSENSITIVE);
  /** After a denial participle, its passive agent: "(denied) by the defence ministry" up to the clause's end. */
  private static final Pattern DENIAL_AGENT = Pattern.compile("\\s+by\\s+((?:[\\p{L}'’.-]+\\s+){0,5}?[\\p{L}'’.-]*\\p{L})(?=\\s*(?:[,;:.!?]|$|\\s+(?:on|in|at|as|and|but|who|which|after|before|saying)\\b))");
  /** Right before a denial participle, what makes it passive: "was denied", "has been disputed", "is also rejected". */
  private static final Pattern DENIAL_PASSIVE = Pattern.compile("(?i)\\b(?:is|are|was|were|been|being)\\s+(?:[\\p{Ll}]+ly\\s+|also\\s+)?$");
  /** A sentence opening with its subject right before its verb: "The army", "Residents of X" (a few words, no punctuation). */
  private static final Pattern OPENING_SUBJECT = Pattern.compile("\\s*[\"“]?((?:[\\p{L}'’.-]+\\s+){1,6}?)(?:(?:also|later|again|quickly|flatly|strongly|categorically)\\s+)?");
  /** Adverbs that may stand between a relative pronoun and its verb: "which also denies", "which strongly rejects". */
  private static final String ADVERB_BEFORE_VERB = "also|still|now|again|since|\\p{Ll}+ly";
  /** Words before a denial that name no denier of their own: a lone pronoun, or a subject and its auxiliary (a passive). */
  private static final Pattern NO_CLAUSE_SUBJECT = Pattern.compile(
      "(?i)(?:he|she|it|they|we|i|this|that|these|those)|(?:.*\\s)?(?:is|are|was|were|be|been|being|has|have|had)"
      // "which has rejected", "which also denies": a relative clause whose subject is what it points back to.
      + "|(?:(?:" + ADVERB_BEFORE_VERB + ")\\s*)+");
  /** Between a side word and the claim noun it owns: a possessive at most ("Niger's claim", "the Nigerien claim"). */
  private static final Pattern OWNER_GAP = Pattern.compile("(?:['’]s?)?\\s+");
  /** "it" as a control verb's object: "seized it", "retook it in 2017" (not "said it was", not "it" opening a clause). */
  static final Pattern SENTENCE_OPENING = Pattern.compile("[\\s\"“'‘*]*");
  /** "others" as a word of a count ("nine others"), not inside one ("two brothers"). */
  private static final Pattern OTHERS = Pattern.compile("\\bothers\\b", Pattern.CASE_INSENSITIVE);
  /** A story set in another place: "Elsewhere, ...". */
  private static final Pattern ELSEWHERE = Pattern.compile("\\belsewhere\\b", Pattern.CASE_INSENSITIVE);
  /**
   * A name after a locative preposition, which no gazetteer knew: "in nearby Y", "into Y's market", "at the Y camp"; not a day
   * or month ("in December").
   */
  private static final Pattern NAME_AS_WHERE = Pattern.compile("\\b(?i:in|at|near|into|outside|around)\\s+(?:(?i:nearby|the)\\s+)?"
      + "(?!(?:" + CALENDAR_NAMES + ")\\b)\\p{Lu}[\\p{L}'’-]+");
  /**
   * What opens the content of a claim noun: "reports that", "versions according to which", "propaganda
   * regarding the fall of X"; right after the noun, also the infinitive or "of" that name the claimed
   * act ("the rebels' claim to have taken X", "their claim to control X", "the army's account of an air
   * raid on X", "reports of the fall of X"), but not an "of" further on ("propaganda on the so-called
   * fall of X") nor "a version of events" (what the events were is told after it, if at all). The claim so named stands as its maker's beside the denial answering it.
   */
  private static final Pattern REPORT_CONTENT = Pattern.compile("\\b(?:that|according to which|claiming|alleging|saying|about|regarding|who\\s+claims?)\\b"
      + "|^\\s+(?:of(?!\\s+events\\b)|to(?=\\s+(?:have\\s+)?\\p{Ll}))\\b", Pattern.CASE_INSENSITIVE);
  /** A clause's subject said to claim, whatever its noun: "A post claiming that", "Images circulating online alleging". */
  private static final Pattern CLAIMING_SUBJECT = Pattern.compile(
      "(?:^|[;:]\\s*|\\bthat\\s+)\\W*((?:[\\p{L}'’-]+\\s+){1,6}?)(?:claiming|alleging|purporting)\\b", Pattern.CASE_INSENSITIVE);
  /** A dateline opening a sentence: a place in capitals ("KYIV/BRUSSELS" for two), maybe a country or date after a comma, then a dash. */
  private static final Pattern DATELINE = Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\p{M} .'’/-]{2,}(?:,\\s*[^—–\\n.!?]{1,40}?)?\\s+(?:—|–|--?)\\s+");
  /** How many sentences back a definite attack or fight may refer to the attack told of last. */
  private static final int ANAPHOR_SENTENCES = 6;

  /** "They left", "\"They then withdrew", "and they pulled out": "they" opening its clause, right before its verb. */
  private static final Pattern PRONOUN_LEAVER = Pattern.compile("(?:^|[\"“,;]\\s*|\\b(?:and|but|then|when|before|after)\\s+)[Tt]hey\\s+"
      + "(?:(?:" + VERB_GROUP + ")\\s+)*$");

  /** How many sentences before its own the force a "they" stands for may be named. */
  private static final int PRONOUN_REACH = 3;

  /** Up to three words naming a force's side before its noun: "the armed gangs", "Hill clan fighters". */
  private static final Pattern FORCE_MODIFIERS = Pattern.compile("(?:(?:the|[\\p{Lu}\\d][\\p{L}\\d'’-]*|armed)\\s+){1,3}$");

  /** Going away as onlookers do as much as fighters: fleeing, escaping, running away. */
  private static final Pattern FLIGHT = Pattern.compile("fle|escap|ran\\b");

  /**
   * How many sentences back an attack verb naming no place ("the troops fired at them", "they shelled the houses")
   * may go on telling the attack told of last: only the next sentence or so, as a story's narration does.
   */
  private static final int FOLLOW_UP_SENTENCES = 1;
  /** In the words between a move and a place, another place (blanked to "X") with more than a list's joint after it. */
  private static final Pattern PLACE_THEN_CLAUSE = Pattern.compile("\\bX(?![\\p{L}\\p{N}])(?!\\s*(?:,|and\\b|or\\b|$))");
  /**
   * The direction words of a move, where a force went from or to; "outside" and "away from" a place, like "from" it, say
   * the force left it ("repositioned outside X").
   */
  private static final Pattern MOVE_DIRECTION = Pattern.compile("(?i)\\b(?:away\\s+from|from|out of|outside|to|towards|into)\\b");
  static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|a|an|its|their|this|that)\\s+$");
  /** Words before a group noun that keep it the group named before: "the group", "the same group", "the rebel alliance". */
  private static final Pattern GROUP_ANAPHOR_DETERMINER = Pattern.compile("^(?i:the|this|that)\\s+(?:(?i:same)\\s+)?");
  /** Where the clause a relative denial points back to starts: after a semicolon, a colon or a joined clause's ", and". */
  private static final Pattern ANTECEDENT_CLAUSE_BREAK = Pattern.compile("[;:]|,\\s+(?:and|but|while|whereas)\\s", Pattern.CASE_INSENSITIVE);
  /** A complementiser right after a denial verb, opening what is denied ("denied that soldiers fled"; not "denied that." nor "denied that, saying"). */
  private static final Pattern DENIED_THAT = Pattern.compile("^\\s+that\\s+(?=[\\p{L}\"“])", Pattern.CASE_INSENSITIVE);
  /**
   * After a claim noun, within a few words of its clause, what the claim says: "reports of civilian victims", "claims
   * circulating online that". An "of" before a name ("the claims of the RSF") tells whose claim it is, not what it says.
   */
  private static final Pattern NOUN_CONTENT = Pattern.compile(
      "^(?:\\s+(?!(?i:that)\\b)[^\\s,;:.]+){0,6}?\\s+(?i:that|about|regarding|claiming|alleging|of(?!\\s+(?:the\\s+)?\\p{Lu}))\\s+(?=[\\p{L}\\p{N}\"“])");
  /** "... but had never", "but did not": a contrast that denies what follows it, within the clause. */
  private static final Pattern BUT_NEVER = Pattern.compile("^[^.;:]*?\\bbut\\s+(?:(?:had|has|have|did|do|does|was|were)\\s+)?(?:never|not)\\s+");

  private final Vocabulary vocabulary;
  private final Sides sides;
  private final ClaimantResolver resolver;
  private final PlaceFallback fallback;
  private final FeaturePlaces features;
  private final Quantities quantities;
  private final OwnLosses ownLosses;
  private final GroupNames groups;
  private final StateSides stateSides;
  private final TriggerSearch triggerSearch;
  private final Locators locators;
  private final PlaceReferences placeReferences;
  private final SideParties sideParties;
  private final Concessions concessions;
  private final Pattern directOnly;
  private final Pattern bareOnly;
  /** A trigger opening on a taking done by fighting ({@code forcedtaking}): "dislodged * from". */
  private final Pattern forcedTaking;
  /** A flight told in a clause joined after a taking: "after the rebels fled", "and that the gunmen had left". */
  private final Pattern fledClause;
  /** A flight told in a clause joined before a taking, up to the taking's subject: "the rebels fled and the army holds". */
  private final Pattern fledBeforeClause;
  /** An ousting told in a clause joined after a taking, its own subject left out: "and chased the police out". */
  private final Pattern oustedClause;
  /** A leaving told in a relative clause on the place taken: ", which the gunmen had vacated", ", from which the militia fled". */
  private final Pattern leftWhich;
  private final Pattern undergo;
  private final Pattern ellipsis;
  /**
   * A clause that leaves out the verb of the holding before it, with a subject of its own: "[rebels hold the centre],
   * the army its hilltop base", "[and] the RSF the market", "[while] the police at the crossing". Group 1 is its
   * subject ("the" and a word or two, none a verb of saying or being, or a name), group 2 the word opening what it holds.
   */
  private final Pattern gappedHolding;
  /** "seized X ... after a two-day assault", "retook Y in a one-day offensive": the taking was an attack too. */
  private final Pattern takenByAssault;
  /** A backdrop word before a definite attack noun: "after the", "since that", "before the deadly". */
  private final Pattern knownBackdrop;
  /** A blame verb with a reciprocal object ending its phrase: "accused each other of", "blames the other;" (not "blamed the other group"). */
  private final Pattern mutualBlame;
  /** A clause laying the attack just told on one side: "; X blames Y", "; X blamed Y's artillery". */
  private final Pattern trailingBlame;
  /** "After two days of fighting, ...", "that following a dawn assault": a fight opening the clause of a taking. */
  private final Pattern foughtBefore;
  /** Words that end the trigger's clause before its object: punctuation, relatives, conjunctions, speech verbs. */
  private final Pattern clauseBreak;
  /** Where a speaker's clause ends and what was said begins: the actor is looked for after it. */
  private final Pattern speechBreak;
  /** Where what a denial denies ends: a semicolon, or a coordinated speech act ("... and said its troops hold X"). */
  private final Pattern denialScopeEnd;
  /** Right before a trigger, a ceasing its own negation denies: "has never ceased to be (under X control)", "did not stop (holding)". */
  private final Pattern neverCeased;
  /** A denial set off after the claim it denies: ", a claim the army denied", ", which the rebels deny". */
  private final Pattern apposedDenial;
  /**
   * A denial in a relative clause pointing back to the clause before its comma: ", which the army denies", ", a charge
   * Kabul denies", ", the claim the group denied" (up to the denial word, no clause break between). The relative has a
   * subject of its own: in "blames the group, which denies involvement" it is the group, and the object tells what is denied.
   */
  private final Pattern relativeDenial;
  /** A denial whose object is a claim noun ("denied the claims") ends at the next coordinated clause. */
  private final Pattern deniedObject;
  /** A claim noun right after a denial, as its object: "rejecting the army's claim". */
  private final Pattern deniedNoun;
  /** A clause about a report, not the event: "(that) Russian claims of control over X were not true". */
  private final Pattern reportedClause;
  /** Between two events that share their places, no speaker, relative clause or contrast may come in. */
  private final Pattern shareBreak;
  /**
   * After a number, its noun and a speech verb, maybe past a relative clause or a place ("two
   * residents said", "two residents who fled to X told Reuters"): it counts the sources and claims
   * no quantity.
   */
  private final Pattern sourceCount;
  /** An inverted speech verb right before a count whose noun ends the clause: "..., said one resident, who ...": the count is the speaker. */
  private final Pattern speechBefore;
  /** "denied the group's claim that", "reports that": what follows is another's account, not the speaker's own count. */
  private final Pattern claimContent;
  /** "according to two residents", "we spoke to three herders": the people counted right after are the sources. */
  private final Pattern sourcing;
  private final Pattern claimNoun;
  /** The claim nouns a bare denial points back through ("denied the claims"), not the spread ones ("false information"). */
  private final Pattern referringNoun;
  /** "the claimed capture of", "the so-called liberation of": a taking the words keep at a distance, up to its place. */
  private final Pattern claimedTaking;
  /** A possessor, its claim noun and "that it/they" right before a trigger: group 1 is the claim noun. */
  private final Pattern ownClaimPronoun;
  /** A date that is only a point of comparison: "the worst since the floods of 2019", "not even in 2019". */
  private final Pattern timeReference;
  /** A state's force right before its verb: "the soldiers ", "government troops had ". */
  private final Pattern stateForceSubject;
  /** A thing withdrawn that is no force: "withdrew a statement", "withdrew their complaint" (not "withdrew its troops"). */
  private final Pattern withdrawnThing;
  /** A word naming a force, not as a possessor ("the army's account"), which a later "they" may stand for. */
  private final Pattern forceWord;
  /** Attackers as the subject of a passive repulse, up to its verb: "the assailants were ", "They had been ". */
  private final Pattern attackersRepelled;
  /** A word whose "for" ends the text, a few words after it, gives a reason: "blamed the militants for", "responsibility for". */
  private final Pattern reasonFor;
  /** "under the control of", "in the hands of": a holding phrase whose holder comes after it (the whole inside of a trigger). */
  private final Pattern holderAfter;
  /** The learned check that adds claims the rules missed and drops those it finds very unlikely, or {@code null}: rules only. */
  private final ClaimSpotter spotter;
  /**
   * Between a trigger and a place, a bearing's reference place (blanked to "X") and then an area phrase: "a post west of
   * the city of X, in the area of ", "a point east of X, near ". The place after it is where the site stands.
   */
  private final Pattern bearingThenArea;

  /** Rules only. */
  public ClaimExtractor(Vocabulary vocabulary, Sides sides, ClaimantResolver resolver, PlaceFallback fallback) {
    this(vocabulary, sides, resolver, fallback, null);
  }

  /** Rules checked by {@code spotter} (null: rules only). */
  public ClaimExtractor(Vocabulary vocabulary, Sides sides, ClaimantResolver resolver, PlaceFallback fallback, ClaimSpotter spotter) {
    this.spotter = spotter;
    this.vocabulary = vocabulary;
    this.sides = sides;
    this.resolver = resolver;
    this.fallback = fallback;
    this.features = new FeaturePlaces(vocabulary);
    this.quantities = new Quantities(vocabulary);
    this.ownLosses = new OwnLosses(vocabulary);
    this.groups = new GroupNames(vocabulary, sides);
    this.stateSides = new StateSides(vocabulary, sides);
    this.triggerSearch = new TriggerSearch(vocabulary, sides, groups);
    this.locators = new Locators(vocabulary, features);
    this.placeReferences = new PlaceReferences(vocabulary, sides, fallback, locators, triggerSearch);
    this.sideParties = new SideParties(vocabulary, sides, groups, stateSides, placeReferences);
    this.directOnly = vocabulary.union("direct");
    this.bareOnly = vocabulary.union("bare");
    this.forcedTaking = Pattern.compile("^" + vocabulary.regex("forcedtaking") + "\\b");
    // The joint, the fleeing side (a few words, no punctuation) and its verb, after the taking's
    // object and a few words of its own, no speaker, relative clause or contrast between; nor a
    // speaker among the side's words ("and residents said the rebels fled": the flight is theirs to tell). A contrast may be
    // the joint itself: "re-entered X, but the rebels had already slipped away" tells who left what the taking found empty.
    // Nor a negation: "but the army has not left", "and the police never withdrew" tell that no one fled.
    String notNegation = "(?!(?:not|never|no)\\b|\\p{L}*n['’]t\\b)";
    this.fledClause = Pattern.compile("(?:(?!\\b(?:which|who|while|whereas|but|although|said|says|say|told)\\b)[^;:.!?])*?"
        + "(?:\\b(?:after|once|when|as|and\\s+that|and|but(?:\\s+(?:said|says|added))?(?:\\s+that)?)|,\\s+that)\\s+((?:(?!" + vocabulary.regex("cue") + "\\b)"
        + notNegation + "[\"“]?[\\p{L}'’-]+[\"”]?\\s+){0,4}?" + notNegation + "[\"“]?[\\p{L}'’-]+[\"”]?)\\s+(?:(?:had|have|has|then|also|all|already|\\p{Ll}+ly)\\s+){0,2}[\"“]?"
        + vocabulary.regex("fledverb") + "\\b(?!\\s+(?:\\d|behind\\b|no\\b|an?\\s))", Pattern.CASE_INSENSITIVE);
    // The joint, the ousting verb (the taker's own, no subject between) and who was ousted, before or after "out";
    // "out of" names a place of its own.
    String ousted = "((?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)";
    this.oustedClause = Pattern.compile("(?:(?!\\b(?:which|who|while|whereas|but|although|said|says|say|told)\\b)[^;:.!?])*?"
        + "\\b(?:and|then)\\s+(?:then\\s+)?[\"“]?" + vocabulary.regex("oustverb") + "\\s+(?:" + ousted + "\\s+out\\b(?!\\s+of\\b)|out\\s+" + ousted + ")",
        Pattern.CASE_INSENSITIVE);
    // The place's relative clause (after the rest of its noun phrase and an apposition on it, if any), its subject and the
    // verb that left the place: the relative word is the verb's object ("which the gunmen had vacated") or where it fled
    // from ("from which the militia fled").
    // No word of the leaver is a speaker's verb or a pronoun: "from which the army concedes it withdrew" tells its own leaving.
    String notLeaver = "(?!(?:" + vocabulary.regex("cue") + "|we|they|it|he|she)\\b)";
    String leaver = "((?:" + notLeaver + "[\\p{L}'’-]+\\s+){0,3}?" + notLeaver + "[\\p{L}'’-]+)";
    String auxiliaries = "\\s+(?:(?:had|have|has|then|also|all|already|\\p{Ll}+ly)\\s+){0,2}";
    this.leftWhich = Pattern.compile("(?:\\s+[\\p{Ll}-]+){0,3}\\s*,\\s*(?:(?:a|an|the)\\s[^,;:]{0,80}?\\s)?(?:"
        + "(?:which|that)\\s+" + leaver + auxiliaries + vocabulary.regex("leftverb")
        + "|(?:from|out\\s+of)\\s+which\\s+" + leaver + auxiliaries + vocabulary.regex("fledverb") + ")\\b", Pattern.CASE_INSENSITIVE);
    // The fleeing side (opening the sentence or its clause), its verb and a few words of its own, then the joint
    // and the taking's own subject, up to the taking: "after the soldiers fled, the militia entered",
    // "the attackers withdrew before dawn and the army still holds"; no speaker or contrast between.
    this.fledBeforeClause = Pattern.compile("(?:^|\\b(?:after|once|when|as|that|said|says|say|told)\\s+|[,\"“]\\s*)"
        + "((?!(?:after|once|when|as|that)\\b)(?:(?!(?:said|says|say|told|and)\\b)[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+)"
        + "\\s+(?:(?:had|have|has|then|also|all|\\p{Ll}+ly)\\s+){0,2}[\"“]?" + vocabulary.regex("fledverb") + "\\b[\"”]?"
        + "((?:(?!\\b(?:which|who|while|whereas|but|although|said|says|say|told)\\b)[^;:.!?])*?)"
        + "(?:,|\\s+and(?:\\s+that)?|\\s+(?:then|before|after|when|as|once))\\s+((?:[\\p{L}'’-]+\\s+){1,5})$", Pattern.CASE_INSENSITIVE);
    this.undergo = vocabulary.union("undergo");
    String notVerb = "(?!(?:" + vocabulary.regex("accountverb") + "|is|are|was|were|has|have|had)\\b)";
    this.gappedHolding = Pattern.compile("(?:[;,]\\s*(?:and\\s+|while\\s+|but\\s+)?|\\s(?:and|while|whereas)\\s+)"
        + "((?:the\\s+" + notVerb + "[\\p{L}'’.-]+(?:\\s+" + notVerb + "[\\p{L}'’.-]+)?|\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:de|del|of|\\p{Lu}[\\p{L}'’.-]*)){0,3}))"
        + "\\s+((?:(?:in|at|inside)\\s+)?(?:its|their|the|his|her)\\b)(?!\\s+(?:next|following|same|day|night|week|morning|afternoon|evening)\\b)",
        Pattern.UNICODE_CASE);
    // "; the militia says it does": a second speaker's account that repeats the first's verb by an auxiliary, closing the sentence.
    this.ellipsis = Pattern.compile("(?:;|,\\s+but|,\\s+while|\\swhile|\\swhereas)\\s+[^;,]{2,60}?\\s" + vocabulary.regex("accountverb")
        + "(?:\\s+that)?\\s+(?:they|it|he|she|we)\\s+(?:still\\s+)?(do|does|did|have|has|had)(?:\\s+too|\\s+as\\s+well)?\\s*[.!\"”]*\\s*$");
    this.mutualBlame = Pattern.compile("\\b" + vocabulary.regex("blameverb") + "\\s+" + vocabulary.regex("reciprocal")
        + "(?=\\s*(?:$|[,;:.]|(?i:of|for|over|on|after)\\b))");
    this.trailingBlame = Pattern.compile(";\\s+((?:[\\p{L}'’-]+\\s+){1,4}?)" + vocabulary.regex("blameverb") + "\\s+((?:[\\p{L}'’-]+\\s*){1,4})");
    this.knownBackdrop = Pattern.compile("\\b" + vocabulary.regex("backdrop") + "\\s+(?i:the|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,2}$");
    this.takenByAssault = Pattern.compile("[^;:.!?\"“”]{0,90}?\\b(?:after|in)\\s+" + freshCampaign(vocabulary, 2),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.foughtBefore = Pattern.compile("(?:^" + SENTENCE_OPENING.pattern() + "|\\bthat\\s+)(?:after|following)\\s+"
        + freshCampaign(vocabulary, 4) + "[^;:.!?\"“”]{0,60}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String speech = vocabulary.regex("speech");
    String claimNouns = vocabulary.regex("claimnoun", "spreadnoun");
    this.referringNoun = Pattern.compile(vocabulary.regex("claimnoun"));
    this.claimContent = Pattern.compile(vocabulary.regex("claimnoun") + "\\s+that\\s[^;:]*$", Pattern.CASE_INSENSITIVE);
    this.clauseBreak = Pattern.compile("[;:()\\[\\]—–]|,(?!\\s*(?:and\\s+|or\\s+)?(?:X|$))"
        + "|\\b(?:and|or)\\s+(?:was|were|is|are|had|has|have|will|would|did|does|do|could|can|said|says|\\p{Ll}+ed)\\b"
        + "|\\b(?:which|who|whom|whose|where|while|whereas|but|although|though|because|when|until|unless|if|then|that)\\b|" + speech,
        Pattern.CASE_INSENSITIVE);
    this.speechBreak = Pattern.compile("[;:\"“”]|\\bthat\\b|" + speech);
    this.neverCeased = Pattern.compile(NOT + "(?:\\s+\\p{Ll}+ly)?\\s+" + vocabulary.regex("cessation") + "\\s+(?:to\\s+be\\s+|being\\s+|to\\s+)?$");
    this.denialScopeEnd = Pattern.compile(";|\\b(?:and|but|while)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?"
        + "(?:" + vocabulary.regex("speech", "statement")
        // "and claims of shelling Y", "and calls by residents": a rejoinder word read as a noun is one more thing denied.
        + "|" + vocabulary.regex("rejoinder") + "(?!\\s+(?:of|by|about)\\b))"
        // "denied that X fell, but acknowledged that police left Y", "..., but its spokesman has since admitted": an admission set against the denial.
        + "|\\b(?:but|while)\\s+(?:[\\p{L}'’-]+\\s+){0,5}?" + vocabulary.regex("admission") + "|,\\s*(?:saying|adding|insisting)\\b");
    this.deniedNoun = Pattern.compile("^\\s+(?:(?:the|these|those|such|that|this|all|their|its|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?" + claimNouns);
    this.deniedObject = Pattern.compile("^\\s+(?:(?:the|these|those|such|that|this|all|their|its|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?"
        // "rejects charges by X, a former officer, that its men shelled Y": an aside between commas does not end the
        // object when the claim noun's "that" clause follows it, which is denied with it. Nor does an "and" joining a second
        // maker or claim noun to the first ("the allegations of the militia and of certain media about X", "the lies of the
        // regime and its propaganda about X"): what they are about is denied with them.
        + claimNouns + "(?:(?!\\bthat\\b)[^,;])*?(?=,(?![^,;]{1,60},\\s+that\\b)|\\band\\b(?!\\s+(?:of\\b|(?:(?:the|these|those|its|their|his|her|other|certain)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?"
        + claimNouns + ")))");
    // A clause opens the sentence, follows a colon or semicolon or a joined ", and", or is a speech verb's object. Its subject
    // is a claim noun, or anything said to claim ("A post claiming that X fell is false", "Images circulating online
    // alleging that ... are fake"): what those claim is reported, not told.
    this.reportedClause = Pattern.compile("(?:^\\W*|\\bthat\\s+|" + speech + "\\s+(?=(?:any|the|these|such)\\s))(?:the\\s+|these\\s+|such\\s+|any\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?" + claimNouns
        // After a semicolon or a joined ", and", a noun that could be a verb ("the group still claims 22") is one only with
        // what it claims right after it (an "of" before a name or date tells whose or when: "the army's statement of 5 May says").
        + "|(?:[;:]|,\\s+(?:and|but))\\s*(?:(?:the|these|such|any)\\s+)?(?:\\p{Ll}[\\p{L}'’-]*\\s+)?" + claimNouns
        + "(?=\\s+(?:that|of(?!\\s+(?:the\\s+)?[\\p{Lu}\\d])|to|about|claiming|alleging|according)\\b)"
        + "|(?:^\\W*|[;:]\\s*|\\bthat\\s+)(?:[\\p{L}'’-]+\\s+){1,6}?(?:claiming|alleging|purporting)\\b",
        Pattern.CASE_INSENSITIVE);
    this.shareBreak = Pattern.compile("[;:]|\\b(?:that|which|who|while|whereas|but|although)\\b|" + speech, Pattern.CASE_INSENSITIVE);
    // "of X", "reached by telephone", "and an aid worker" may stand between the sources and their verb, and
    // an aside between commas that says how they were reached (", reached separately,").
    this.sourceCount = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){1,2}?(?:(?:who|in|from|at|of|living|reached|and)\\s[^,.;:]{0,60}?(?:\\s|(?=,)))?"
        + "(?:,\\s+(?:reached|contacted|interviewed)\\s[^,.;:]{0,40},\\s+)?(?:" + speech + "|" + vocabulary.regex("statement") + ")");
    this.sourcing = Pattern.compile(vocabulary.regex("sourcing") + "\\s+$");
    this.ownClaimPronoun = Pattern.compile("\\b[\\p{L}-]+['’]s\\s+(?:[\\p{L}-]+\\s+)?(" + claimNouns + ")\\s+that\\s+(?i:it|they)\\s+"
        + "(?:(?:had|has|have|was|were|is|are|would|will)\\s+)?(?:(?:\\p{Ll}+ly|now|since|already)\\s+)?$");
    // The admission is the relative clause's own verb, made: not one refused, failed or awaited ("which the army refuses
    // to acknowledge", "has yet to admit", "denies having admitted"), nor one governing a clause of its own ("which has a
    // market the army admitted was burnt"), where what is admitted is another thing.
    this.trailingAdmission = Pattern.compile(",\\s+(?:which|whose\\s+[\\p{L}-]+|something)\\s+((?:(?!(?:which|and|but|or|while|to|having|"
        + vocabulary.regex("denialverb") + ")\\b)[\\p{L}'’.-]+,?\\s+){1,8}?)"
        + "(?:(?:has|have|had|now|since|also)\\s+){0,2}" + vocabulary.regex("admission") + "\\b(?!\\s+(?:that|was|were|is|are|had|has|have)\\b)",
        Pattern.CASE_INSENSITIVE);
    // The admitter is the new clause's subject, a few words; what it admits is a withdrawal named by its noun ("a
    // \"temporary readjustment\"", "calls its pull-out a ...") or by a gerund ("pulling out"). A finite verb ("admits
    // that the troops withdrew") is a trigger of its own, whose claim the rules read from it. As in trailingAdmission, the
    // admission is the subject's own verb, made: not refused or denied ("the army refuses to admit", "denies it admitted").
    String admitterWord = "(?!(?:to|having|" + vocabulary.regex("denialverb") + ")\\b)[\\p{L}'’-]+";
    this.admittedPullOut = Pattern.compile("(?:[;:]|,?\\s+(?:and|but|while)\\b)\\s*((?:the\\s+)?" + admitterWord + "(?:\\s+" + admitterWord + "){0,3}?)\\s+"
        + "(?:(?:itself|now|only|also|has|have|had|since|later|finally)\\s+){0,3}(?:" + vocabulary.regex("admission") + "|calls|called)\\s+"
        + "(?:(?:only|a|an|the|its|their|to)\\s+){0,3}[\"“]?(?:[\\p{Ll}-]+\\s+){0,2}?(?:" + vocabulary.regex("withdrawnoun")
        + "|withdrawing|pulling\\s+(?:out|back)|falling\\s+back|retreating|leaving|abandoning)\\b",
        Pattern.CASE_INSENSITIVE);
    this.roleFor = Pattern.compile(",\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?" + vocabulary.regex("spokesnoun")
        + "\\s+(?:for|of)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    this.possessedRole = Pattern.compile("(?:\\b(?i:its|their)|(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})['’]s)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?"
        + vocabulary.regex("spokesnoun") + ",?\\s+(?:\\p{Lu}\\p{Ll}+\\.?\\s+)?$");
    this.roleOfBefore = Pattern.compile(vocabulary.regex("spokesnoun") + "\\s+(?i:for|of)\\s+(?:the\\s+)?([^,;:.\"“”]{2,60}),\\s+"
        + "(?:\\p{Lu}\\p{Ll}+\\.?\\s+)?$");
    this.confirmedThat = Pattern.compile("\\b" + vocabulary.regex("confirmation") + "(?:\\s+[\\p{L}\\d]+){0,4}?\\s+that\\b", Pattern.CASE_INSENSITIVE);
    this.resideAfter = Pattern.compile("(?i)^\\s+(?:\\p{Ll}+\\s+){0,2}?" + vocabulary.regex("reside") + "\\b");
    this.figureSubject = Pattern.compile("(?i)\\b" + vocabulary.regex("figurenoun") + "\\s+(?:is|was|are|were|remains|remained)\\s+(?:\\p{Ll}+\\s+)?$");
    this.deniedInvolvement = Pattern.compile("(?i)\\s+(?:any\\s+)?" + vocabulary.regex("involvement") + "\\b");
    this.repelledAttackers = Pattern.compile("\\s+(?:(?:the|all|every|all\\s+the|their|its)\\s+)?(?:[\\p{Ll}-]+\\s+)?"
        + "(?:them|" + vocabulary.regexAsWritten("repelledwho") + ")\\b");
    // The words between are whom the appeal addresses: no speaker or clause of another event ("Asked about it, he said
    // his men were forced to withdraw", "urged calm after rebels moved to seize"), and no verb or adjective of one's
    // own taking the infinitive ("managed to", "went on to", "able to") right before "to".
    this.appealedFor = Pattern.compile("\\b" + vocabulary.regex("appeal") + "\\s+(?:(?!\\b(?:" + speech
        + "|after|before|once|when|while|as|because|since|until|who|which|that)\\b)[^;:.!?]){0,100}?"
        + "(?<!ed|\\bon|\\bable|\\babout|\\bgoing)\\s+to\\s+(?:\\p{Ll}+ly\\s+)?$");
    // A conjunction only where the clause starts: "and who still hold X" after "fighters who took Y" relates, it asks nothing.
    this.askedWho = Pattern.compile("(?:(?:^\\W*|[;:—–(]\\s*)(?:(?i:but|and|yet)\\s+)?|\\b" + vocabulary.regex("askwho") + "\\s+)(?i:who)\\s+"
        + "(?:(?i:has|have|had|is|was|now|still|actually|really|\\p{Ll}+ly)\\s+)*$");
    this.titleOnly = Pattern.compile("^\\W*(?:(?:\\d+\\.|\\p{Lu}[\\p{L}\\p{N}'’-]*|(?i:finally|first|next|and))[\\s,:.]+)*"
        + "(?i:the|a|an)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}(?i:of|on|at|in|near|against|over)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*"
        + "(?:\\s+" + vocabulary.regex("townsite", "townpart", "sitenoun", "subdivision", "crossingnoun", "throughnoun") + ")?[\\s.!*\"”]*$");
    this.formationAfter = Pattern.compile("^\\s+" + vocabulary.regex("formationnoun") + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    this.toldFrom = Pattern.compile("(?i)\\b" + vocabulary.regex("cue") + "\\s+(?:by\\s+|to\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?"
        + vocabulary.regex("placedsource", "speakerabroad") + "\\s+(?:based\\s+|stationed\\s+)?(?:in|at|of|from)\\s+(?:the\\s+)?$");
    this.ownerForceAfter = Pattern.compile("['’]s\\s+(?:[\\p{Ll}-]+\\s+)?(?:military|" + vocabulary.regex("stateforce", "spokesnoun", "governmentnoun")
        + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.reporterPlace = Pattern.compile("(?i)\\b" + vocabulary.regex("newsroomnoun") + "\\s+(?:based\\s+)?(?:in|at)\\s+(?:the\\s+)?$");
    this.pronounCalled = Pattern.compile("\\b" + vocabulary.regex("callverb") + "\\s+"
        + "(?:it|this|that|them|these|those)\\s+(?:as\\s+)?(?:(?:a|an|pure|mere|complete|total)\\s+)*$", Pattern.CASE_INSENSITIVE);
    this.timeReference = Pattern.compile("\\b(?:" + vocabulary.regex("timereference") + ")\\b[^,;:.!?\"“”()—–]*$");
    this.speechBefore = Pattern.compile("[,\"”’]\\s*(?:" + speech + ")\\s+$");
    this.claimNoun = Pattern.compile(claimNouns);
    this.claimedTaking = Pattern.compile("(?i)\\b(?:claimed|so-called|purported)\\s+[\"“]?" + vocabulary.regex("nominal") + "[\"”]?\\s+of\\s+(?:the\\s+)?");
    // ", which", ", a charge that", "— the claim": a relative opening, the same for finding its subject and its antecedent.
    String relative = "[,—–]\\s*(?:which|(?:a|an|the)\\s+(?:" + claimNouns + "|charges?)(?:\\s+(?:that|which))?)\\s+";
    this.relativeDenial = Pattern.compile(relative + "(?!(?:(?:" + ADVERB_BEFORE_VERB + ")\\s+)*$)[^,;:]*$", Pattern.CASE_INSENSITIVE);
    this.apposedDenial = Pattern.compile("(?:" + relative + "|(;)\\s*(?:(?:however|but|yet|meanwhile|instead)\\b,?\\s*)?)"
        + "((?:[\\p{L}'’.-]+\\s+){0,5}?)$", Pattern.CASE_INSENSITIVE);
    this.attackersRepelled = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:[Tt]he|[Aa]ll|[Aa]ll\\s+the)\\s+(?:[\\p{Ll}-]+\\s+)?(?:" + vocabulary.regexAsWritten("repelledwho")
        + ")|[Tt]hey)\\s+(?:(?:were|was|had|have|has|been|then|later|quickly|finally|eventually|all|\\p{Ll}+ly)\\s+)*$");
    this.reasonFor = Pattern.compile("(?i)\\b(?:" + vocabulary.regex("reasonfor") + ")(?:\\s+(?!" + vocabulary.regex("askfor") + "\\b)[\\p{L}'’-]+){0,6}\\s+$");
    this.withdrawnThing = Pattern.compile("^\\s+(?i:a|an|the|their|its|his|her|this|that|these|those|all)\\s+(?!(?:[\\p{L}-]+\\s+){0,3}"
        + vocabulary.regex("groupnoun", "forcenoun", "postedforce", "stateforce") + "(?![\\p{L}\\p{N}]))");
    this.forceWord = Pattern.compile("(?i)\\b(?:" + vocabulary.regex("groupnoun", "forcenoun", "postedforce", "stateforce", "opponent") + ")(?![\\p{L}\\p{N}'’])");
    this.stateForceSubject = Pattern.compile("(?i)\\b(?:" + vocabulary.regex("stateforce") + ")\\s+"
        + "(?:(?:" + VERB_GROUP + ")\\s+)*$");
    this.holderAfter = Pattern.compile("(?i)(?:under|in)\\b.*\\b(?:" + vocabulary.regex("holdnoun") + "|hands)\\s+of");
    this.bearingThenArea = Pattern.compile("\\b(?i:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+of\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+of\\s+(?:the\\s+)?)?X\\s*,\\s+(?:near|(?:in|on)\\s+the\\s+(?:"
        + vocabulary.regexAsWritten("vicinitynoun") + ")\\s+of)\\s+(?:the\\s+)?$");
    // After speechBreak: the concessions read a speaker's clause by it.
    this.concessions = new Concessions(vocabulary, sides, stateSides, placeReferences, sideParties, triggerSearch, speechBreak);
  }

  /**
   * A campaign noun told of afresh, up to {@code words} words after an optional article ("a
   * three-day offensive", "four hours of fighting"), captured; never after "the" or "these", which
   * point back to a fight already told.
   */
  private static String freshCampaign(Vocabulary vocabulary, int words) {
    return "(?:(?:a|an)\\s+)?(?:(?!(?:the|these|those|this|that)\\s)[\\p{L}\\p{N}-]+\\s+){0," + words + "}?("
        + vocabulary.union("campaign").pattern() + ")";
  }

  /**
   * With the shipped vocabulary and claim spotter, claimants from quote attribution, and missed
   * places looked up in {@code gazetteer}.
   */
  public static ClaimExtractor standard(Gazetteer gazetteer) {
    return rulesOnly(gazetteer).withSpotter(ClaimSpotter.shipped());
  }

  /** As {@link #standard} without the claim spotter: the rules alone, for comparison. */
  public static ClaimExtractor rulesOnly(Gazetteer gazetteer) {
    Vocabulary v = Vocabulary.standard();
    Sides s = Sides.standard();
    return new ClaimExtractor(v, s, new QuoteClaimantResolver(v, s, new CueClaimantResolver(v, s)), new PlaceFallback(gazetteer, s, v));
  }

  /** These rules checked by {@code spotter} (null: rules only). */
  public ClaimExtractor withSpotter(ClaimSpotter spotter) {
    return new ClaimExtractor(vocabulary, sides, resolver, fallback, spotter);
  }

  /** Every claim in the article, in text order. */
  public List<Claim> extract(AnnotatedArticle article) {
    return extract(article, null);
  }

  /** As {@link #extract(AnnotatedArticle)}, showing {@code seen} (unless null) every candidate the spotter weighs, with its features. */
  public List<Claim> extract(AnnotatedArticle article, Consumer<SpotCandidate> seen) {
    State state = new State(PlaceFallback.countriesOf(article), seen);
    List<Annotations.Span> sentences = article.annotations().sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Annotations.Span s = sentences.get(i);
      List<Claim> found = sentence(article, sentences, i, state);
      for (Claim c : found) {
        state.claims.add(c);
        state.claimSentence.add(i);
      }
    }
    List<Claim> claims = ImpliedActors.fill(state.claims.stream().map(c -> withGroupSides(article.text(), withClaimedAttacker(article.text(), c, state), state)).toList())
        .stream().map(c -> withStateBodyActor(article, c)).map(c -> withNamedStateSource(article, c)).map(this::withClaimedTaking)
        .filter(c -> !placeIsActor(c)).filter(c -> !verdictHeading(article.text(), c.evidenceStart())).toList();
    return withMutualBlame(article, claims);
  }

  /**
   * "3. "Rebels took X." Rating: false.": a fact-check's numbered item heading quotes the claim it checks and gives the
   * verdict; the item's body tells who claimed it and what is known, so the heading itself claims nothing. (Its places
   * and events are still read, as what the body refers back to.) The heading ends at its label: a body run on in the same
   * paragraph ("Rating: false. The army said ...") claims as any report does.
   */
  private static boolean verdictHeading(String text, int at) {
    int start = text.lastIndexOf('\n', at) + 1;
    if (!ITEM_NUMBER.matcher(text).region(start, text.length()).lookingAt()) return false;
    int end = text.indexOf('\n', at);
    return VERDICT_LABEL.matcher(text).region(at, end < 0 ? text.length() : end).find();
  }

  /**
   * "X and Y accused each other of shelling Z", "Z was shelled; each side blames the other": each of
   * two sides says the other attacked, so the attack is told twice, once by each side against the
   * other. The two sides are the ones the blaming clause names, or, when its subject is only "each
   * side" or "both sides", the last two its paragraph names before it (by name or in its claims),
   * else the first two it names after it ("Each side blames the other. X says ...; Y says ...").
   * An attack whose trigger is past a colon after the blame is one side's own account, left as it is.
   * Blame laid on one side in the clause after the attack ("Z was hit; X blames Y") adds X's word that Y did it.
   */
  private List<Claim> withMutualBlame(AnnotatedArticle article, List<Claim> claims) {
    List<Claim> out = new ArrayList<>(claims.size() + 2);
    Set<String> told = new HashSet<>();
    for (Claim c : claims) {
      List<String> pair = c.type() == ClaimType.ATTACK && c.polarity() == Polarity.ASSERTED && c.place() != null
          ? blamingSides(article, c, claims) : null;
      if (pair == null || (c.actorSide() != null && !pair.contains(c.actorSide()))) {
        out.add(c);
        Claim blamed = c.type() == ClaimType.ATTACK && c.polarity() == Polarity.ASSERTED && c.place() != null ? blamedOnOne(article, c) : null;
        if (blamed != null && told.add(c.sentence() + '\u0000' + c.place().name())) out.add(blamed);
        continue;
      }
      // One attack told by each side: a second claim of the sentence on the same place is the same attack.
      if (!told.add(c.sentence() + '\u0000' + c.place().name())) continue;
      String first = pair.get(0);
      String second = pair.get(1);
      out.add(c.withParties(Party.ofSide(first, first), Party.ofSide(second, second)));
      out.add(toldAgainst(c, second, first));
    }
    return out;
  }

  /** The two sides blaming each other for the attack {@code c}, or {@code null} when its sentence lays no mutual blame on it. */
  private List<String> blamingSides(AnnotatedArticle article, Claim c, List<Claim> claims) {
    // The blame is on an attack the sentence places; a place carried over from before is only a guess at where.
    if (c.place().surface() == null || !c.sentence().contains(c.place().surface()) || !mutualBlame.matcher(c.sentence()).find()) return null;
    String text = article.text();
    Annotations.Span s = sentenceAt(article, c.evidenceStart());
    if (s == null) return null;
    Matcher m = mutualBlame.matcher(text).region(s.start(), s.end());
    if (!m.find()) return null;
    int clauseStart = clauseStartBefore(text, s.start(), m.start());
    boolean before = c.evidenceStart() < m.start();
    // Before the blame, the attack is in its clause or in the one just before it ("Z was shelled; each side blames the other");
    // after it, the blame's own clause ("accused each other of shelling Z"), not one side's account past a colon.
    if (before ? c.evidenceStart() < clauseStartBefore(text, s.start(), Math.max(s.start(), clauseStart - 1))
        : CLAUSE_BREAK.matcher(text).region(m.end(), c.evidenceStart()).find()) return null;
    List<String> named = distinct(sides.find(text, clauseStart, m.start()).stream().map(Sides.SideHit::side).toList());
    if (named.size() == 2) return named;
    if (!named.isEmpty()) return null;
    int paragraph = Math.max(0, text.lastIndexOf("\n\n", Math.max(0, s.start() - 1)));
    TreeMap<Integer, String> earlier = new TreeMap<>();
    for (Sides.SideHit h : sides.find(text, paragraph, s.start())) earlier.put(h.start(), h.side());
    for (Claim k : claims) {
      if (k.evidenceStart() < paragraph || k.evidenceStart() >= s.start()) continue;
      if (k.actorSide() != null) earlier.putIfAbsent(k.evidenceStart(), k.actorSide());
      if (k.claimantSide() != null) earlier.putIfAbsent(k.evidenceStart() - 1, k.claimantSide());
    }
    List<String> last = distinct(new ArrayList<>(earlier.descendingMap().values()));
    if (last.size() >= 2) return List.of(last.get(1), last.get(0));
    int end = text.indexOf("\n\n", s.end());
    List<String> after = distinct(sides.find(text, s.end(), end < 0 ? text.length() : end).stream().map(Sides.SideHit::side).toList());
    return after.size() >= 2 ? after.subList(0, 2) : null;
  }

  /**
   * "Mortar rounds hit Z; X blames Y": besides the attack as told, X's word that Y made it, or {@code null} when the next
   * clause lays no blame on one named side (or on the side the attack already has).
   */
  private Claim blamedOnOne(AnnotatedArticle article, Claim c) {
    if (c.sentence().indexOf(';') < 0 || c.place().surface() == null || !c.sentence().contains(c.place().surface())) return null;
    String text = article.text();
    Annotations.Span s = sentenceAt(article, c.evidenceStart());
    if (s == null) return null;
    Matcher m = trailingBlame.matcher(text).region(s.start(), s.end());
    if (!m.find() || m.start() < c.evidenceStart() || CLAUSE_BREAK.matcher(text).region(c.evidenceStart(), m.start()).find()) return null;
    List<String> blaming = distinct(sides.find(text, m.start(1), m.end(1)).stream().map(Sides.SideHit::side).toList());
    List<String> blamed = distinct(sides.find(text, m.start(2), m.end(2)).stream().map(Sides.SideHit::side).toList());
    if (blaming.size() != 1 || blamed.size() != 1 || blaming.equals(blamed) || blamed.get(0).equals(c.actorSide())) return null;
    return toldAgainst(c, blamed.get(0), blaming.get(0));
  }

  /** The attack {@code c} told by {@code claimantSide} against {@code actorSide}: a claim of its own, with an id of its own. */
  private static Claim toldAgainst(Claim c, String actorSide, String claimantSide) {
    Claim b = c.withParties(Party.ofSide(actorSide, actorSide), Party.ofSide(claimantSide, claimantSide));
    return new Claim(Claim.idOf(c.articleId(), c.evidenceStart(), c.evidenceEnd(), c.type(), c.place().name() + '\u0000' + actorSide),
        c.articleId(), c.type(), b.actor(), c.effect(), c.place(), c.part(), c.quantity(), c.polarity(), c.modality(), c.hedges(),
        c.eventTime(), b.claimant(), c.outlet(), c.reportTime(), c.citations(), c.evidenceStart(), c.evidenceEnd(), c.sentence(),
        c.confidence(), c.deniesClaimId());
  }

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]");

  /** Where the clause holding {@code at} starts: after the last semicolon or colon before it in its sentence. */
  private static int clauseStartBefore(String text, int sentenceStart, int at) {
    int start = sentenceStart;
    Matcher b = CLAUSE_BREAK.matcher(text).region(sentenceStart, Math.max(sentenceStart, at));
    while (b.find()) start = b.end();
    return start;
  }

  private static List<String> distinct(List<String> sides) {
    return List.copyOf(new LinkedHashSet<>(sides));
  }

  private static Annotations.Span sentenceAt(AnnotatedArticle article, int at) {
    for (Annotations.Span sp : article.annotations().sentences()) if (sp.start() <= at && at < sp.end()) return sp;
    return null;
  }

  /**
   * "the WLF admitted pulling back", "Banner fighters were still manning a checkpoint",
   * "Northland has held the pass": a name read as the place of a claim whose actor is that very name
   * is the actor, not where anything happens (no side takes, holds or strikes itself). A side named
   * after its home is another matter when the sentence names that home as a place, after a
   * preposition: "Westland forces retook most of Westland", "Harbourtown militias clashed in Harbourtown"
   * (the side named again, "the WLF entered", or in a compound, "a WLF-allied body", is no place).
   */
  private static boolean placeIsActor(Claim c) {
    if (c.place() == null || c.actorSide() == null || c.type() == ClaimType.QUANTITY) return false;
    String side = c.actorSide();
    if (!side.equalsIgnoreCase(c.place().surface()) && !side.equalsIgnoreCase(c.place().name())) return false;
    return c.place().surface() == null || !namedAsPlace(c.sentence(), c.place().surface());
  }

  /** Whether {@code sentence} names {@code name} right after a preposition of place: "in X", "most of X", "across X" (not "in X's hands"). */
  private static boolean namedAsPlace(String sentence, String name) {
    return Pattern.compile("\\b(?:in|at|near|of|from|into|around|across|outside|inside|throughout|within|towards?)\\s+" + Pattern.quote(name)
        + "(?![\\p{L}\\p{N}'’-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(sentence).find();
  }

  /**
   * "Officials say the ZLA tried to use the claimed capture of X": the speaker keeps the taking at
   * a distance, so it is its taker's claim, not the speaker's.
   */
  private Claim withClaimedTaking(Claim c) {
    if (c.type() != ClaimType.CONTROL || c.polarity() != Polarity.ASSERTED || c.place() == null
        || c.actorSide() == null || c.actorSide().equals(c.claimantSide())) return c;
    Matcher m = claimedTaking.matcher(c.sentence());
    while (m.find()) {
      if (c.sentence().startsWith(c.place().surface(), m.end())) return c.withParties(c.actor(), Party.ofSide(c.actorSide(), c.actorSide()));
    }
    return c;
  }

  /**
   * "the General Staff said" in a report that writes "Mali's General Staff" elsewhere: the source
   * speaks for that state. Only the source's side as shown; the rules read its own losses by the
   * guessed state side as before.
   */
  private Claim withNamedStateSource(AnnotatedArticle article, Claim c) {
    Party p = c.claimant();
    String side = stateSides.namedState(article, p);
    return side == null ? c : c.withParties(c.actor(), new Party(p.entityId(), p.name(), p.description(), side));
  }

  /**
   * "Interior Ministry holds X by Interior Ministry": a state body acting under its own name acts
   * for its state, or for no known side when the text does not say which state. Only the actor: the
   * source keeps the name the text gives it (a denier read by its own name still denies).
   */
  private Claim withStateBodyActor(AnnotatedArticle article, Claim c) {
    Party a = c.actor();
    if (a == null || a.side() == null || sides.isCountry(a.side())) return c;
    String institution = stateSides.bareStateBody(a.side());
    if (institution == null) return c;
    String side = stateSides.stateOf(article, institution, c.evidenceStart());
    return c.withParties(new Party(a.entityId(), a.name(), a.description(), side), c.claimant());
  }

  /**
   * "Monday's attack on the post", told with no attacker, is the group the report says claimed the
   * attack, else the one armed group it names; not where the sentence's own forces act ("troops recaptured it after a
   * gun battle"), nor in a denial (a correction denies a detail, not who attacked).
   */
  private Claim withClaimedAttacker(String text, Claim c, State state) {
    if (c.type() != ClaimType.ATTACK || c.actor() != null || c.polarity() != Polarity.ASSERTED) return c;
    if (vocabulary.find("stateforce", text, c.evidenceStart(), c.evidenceEnd()).stream().anyMatch(h -> !sideParties.siteAfter(text, h.end()))) return c;
    String group = groups.claimedBy(text, c.evidenceStart());
    if (group == null) group = onlyWarsGroup(text, c, state);
    return group == null ? c : c.withParties(Party.ofSide(group, group), c.claimant());
  }

  /**
   * A report about one group's war (one armed group, at most one state named) tells that group's attacks with no
   * attacker named ("the checkpoint was attacked"); a round-up of several countries' wars does not. Not an attack the
   * group tells fended off ("the attack was repelled", the group said): it was the one attacked; nor one whose own
   * sentence names a site of the group's ("an X camp was bombed"): it was the target.
   */
  private String onlyWarsGroup(String text, Claim c, State state) {
    if (state.oneWarGroup == null) state.oneWarGroup = Optional.ofNullable(oneWarGroup(text));
    String only = state.oneWarGroup.orElse(null);
    if (only == null || c.effect() == Effect.LOSS && c.claimant() != null && sameSide(only, c.claimant().side())) return null;
    return groupsSite(text, only, c) ? null : only;
  }

  /** Whether the claim's sentence names a site of {@code group}'s ("an X camp", "X positions"): what was attacked, so not by X. */
  private boolean groupsSite(String text, String group, Claim c) {
    if (groups.nameEnds(text, group, c.evidenceStart(), c.evidenceEnd()).anyMatch(end -> sideParties.siteAfter(text, end))) return true;
    for (int at = PhraseFinder.wholeWord(text, group, c.evidenceStart(), c.evidenceEnd(), c.evidenceStart()); at >= 0;
        at = PhraseFinder.wholeWord(text, group, c.evidenceStart(), c.evidenceEnd(), at + 1)) {
      if (sideParties.siteAfter(text, at + group.length())) return true;
    }
    return false;
  }

  /** The one armed group of a report naming at most one state, or {@code null}: the same for each claim of a report. */
  private String oneWarGroup(String text) {
    String only = groups.onlyGroup(text);
    if (only == null) return null;
    String state = null;
    for (Sides.SideHit h : sides.find(text, 0, text.length())) {
      if (!sides.isCountry(h.side())) continue;
      if (state != null && !state.equals(h.side())) return null;
      state = h.side();
    }
    return only;
  }

  /** A group's side as one name however the text spells it ("Rapid Support Forces" and "RSF"). */
  private Claim withGroupSides(String text, Claim c, State state) {
    Party actor = inReportCountries(groupSide(text, c.actor(), state, c.evidenceStart(), true), state);
    Party claimant = inReportCountries(groupSide(text, c.claimant(), state, c.evidenceStart(), false), state);
    return actor == c.actor() && claimant == c.claimant() ? c : c.withParties(actor, claimant);
  }

  private Party inReportCountries(Party p, State state) {
    if (p == null) return null;
    String side = sides.inReportCountries(p.side(), p.name(), state.countries);
    return Objects.equals(side, p.side()) ? p : new Party(p.entityId(), p.name(), p.description(), side);
  }

  /** "Latest reports suggest", "Reports say": no one is named, so the outlet says it, hedged. */
  private boolean reportsOnly(Party claimant) {
    if (claimant.entityId() != null) return false;
    String[] words = WHITESPACE.split(claimant.name().strip());
    return words.length <= 3 && vocabulary.contains("claimnoun", words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** The attribution with its source's group side read before the claims use it ("it" in "said it seized X"). */
  private ClaimantResolver.Attribution withGroupSide(String text, ClaimantResolver.Attribution a, State state, int at) {
    Party claimant = groupSide(text, a.claimant(), state, at, false);
    return claimant == a.claimant() ? a : new ClaimantResolver.Attribution(claimant, a.cue(), a.relays(), a.inherited());
  }

  /** @param actor whether {@code p} acts (a side read another way stands when no group is named before it) rather than speaks */
  private Party groupSide(String text, Party p, State state, int at, boolean actor) {
    // "Islamic State said ... In a statement, the group said": a group noun alone is the group named
    // last, read anew where a source carried on from an earlier paragraph is still "the group".
    // "the rebels" a side's officer speaks of are that side's opponents, whatever group was named last.
    if (p != null && p.entityId() == null && (p.side() == null || GroupNames.opposedTo(p.side()) == null)
        && vocabulary.isExactly("groupanaphor", GROUP_ANAPHOR_DETERMINER.matcher(p.name().strip()).replaceFirst("").toLowerCase(Locale.ROOT))) {
      String last = groups.lastGroup(text, at);
      // With no group named before it, a side read another way stands ("insurgents" as the one group the report names).
      if (last == null && actor && p.side() != null) return p;
      String side = last == null ? null : canonical(text, last, state);
      return Objects.equals(side, p.side()) ? p : new Party(p.entityId(), p.name(), p.description(), side);
    }
    if (p != null && p.side() == null) {
      // A bystander left unsided by the resolver stays so ("OCHA said" names no group at war).
      if (QuoteClaimantResolver.bystander(vocabulary, p)) return p;
      // "The M23 rebel group said": a source described as a named group speaks for it.
      List<GroupNames.Found> named = groups.find(p.name(), 0, p.name().length()).stream().filter(g -> !g.opponent()).toList();
      if (named.size() == 1) return new Party(p.entityId(), p.name(), p.description(), canonical(text, named.get(0).side(), state));
      String role = actor ? null : roleSide(text, p.name(), at, state);
      return role == null ? p : new Party(p.entityId(), p.name(), p.description(), role);
    }
    if (p == null || p.side() == null || sides.isCountry(p.side()) || sides.isListedGroup(p.side()) || GroupNames.opposedTo(p.side()) != null
        || p.side().endsWith(" opposition")) return p;
    String side = canonical(text, p.side(), state);
    return side.equals(p.side()) ? p : new Party(p.entityId(), p.name(), p.description(), side);
  }

  /**
   * The side a source of no known side speaks for by the role the text gives it with its name: "X, a spokesman for the Y
   * Front", "the commander of the Y Front, X" (the side named right after the role), "Y's army chief, X" (the owner),
   * "Its adviser X", "Their spokesman, X" (the group named last before).
   * A source is named where it speaks: its name is looked for in the sentence of {@code at}, else last before it.
   */
  private String roleSide(String text, String name, int at, State state) {
    if (name == null || name.isBlank()) return null;
    int i = text.indexOf(name, at);
    if (i < 0 || i - at > NAME_REACH) i = text.lastIndexOf(name, at);
    if (i < 0) return null;
    int end = i + name.length();
    Matcher after = roleFor.matcher(text).region(end, Math.min(text.length(), end + ROLE_REACH));
    if (after.lookingAt()) {
      int to = Math.min(text.length(), after.end() + ROLE_REACH);
      for (Sides.SideHit h : sides.find(text, after.end(), to)) if (h.start() == after.end()) return h.side();
      for (GroupNames.Found g : groups.find(text, after.end(), to)) {
        if (g.start() == after.end() && !g.opponent()) return canonical(text, g.side(), state);
      }
      return null;
    }
    Matcher roleOf = roleOfBefore.matcher(text).region(Math.max(0, i - 2 * ROLE_REACH), i);
    if (roleOf.find()) return namedSide(text, roleOf.group(1), state);
    Matcher before = possessedRole.matcher(text).region(Math.max(0, i - ROLE_REACH), i);
    if (!before.find()) return null;
    if (before.group(1) != null) return namedSide(text, before.group(1), state);
    String last = groups.lastGroup(text, i);
    return last == null ? null : canonical(text, last, state);
  }

  /** The side a possessor's name names: a listed side ("Somaliland's army chief") or a group by any name the text gives it. */
  private String namedSide(String text, String name, State state) {
    String side = sides.sideOf(name);
    if (side != null) return side;
    List<GroupNames.Found> named = groups.find(name, 0, name.length()).stream().filter(g -> !g.opponent()).toList();
    return named.size() == 1 ? canonical(text, named.get(0).side(), state) : null;
  }

  private String canonical(String text, String side, State state) {
    return state.canonicalSides.computeIfAbsent(side, k -> {
      // "PMPF", "Puntland Maritime Police Force": a state's body is that state's side.
      String owner = groups.stateOf(text, k);
      return owner != null ? owner : GroupNames.canonical(text, k);
    });
  }

  private List<Claim> sentence(AnnotatedArticle article, List<Annotations.Span> sentences, int index, State state) {
    String text = article.text();
    // "GUSAU, Nigeria — Bandits stormed X": the dateline says where the report was filed, so no
    // actor, claimant or place is looked for in it.
    Annotations.Span whole = sentences.get(index);
    Matcher dateline = DATELINE.matcher(text).region(whole.start(), whole.end());
    Annotations.Span s = dateline.lookingAt() ? new Annotations.Span(dateline.end(), whole.end()) : whole;
    List<Trigger> triggers = new ArrayList<>(triggerSearch.triggers(text, s, state));
    triggers.removeIf(t -> t.kind() != Kind.DENIAL && (irrealis(text, s, t) || goal(text, s, t)));
    // "acknowledged the troops had withdrawn, two days after the authorities insisted the town was in
    // their hands": a claim recalled as the time mark of news of control is an earlier claim, not this source's
    // ("fighting resumed, a day after both sides claimed X" has no other news of control: the claim is the news).
    List<Trigger> news = List.copyOf(triggers);
    triggers.removeIf(t -> t.kind() != Kind.DENIAL && TriggerSearch.recalled(text, s, t, news));
    // "The prefect, who had left the town on Tuesday": a person leaving a place gives up no ground.
    triggers.removeIf(t -> t.kind() == Kind.LOSS && TriggerSearch.personLeaving(article, s, t));
    // "The funerals were held in X", "photos said to be taken at X": a passive "held" or "taken" placed by a preposition tells
    // where its subject took place, was kept or made; it holds ground only when that subject is ground.
    triggers.removeIf(t -> t.kind() == Kind.GAIN && triggerSearch.heldSomewhere(text, s, t));
    int anchor = statementAnchor(text, s, triggers);
    ClaimantResolver.Attribution attribution = resolver.resolve(article, s, anchor, state.previous)
        .filter(a -> !reportsOnly(a.claimant()) && !SideParties.placeAsPerson(article, a.claimant())).map(a -> withGroupSide(article.text(), a, state, s.start())).orElse(null);
    // A source that is a state institution naming no country ("Army spokesman X") speaks for a
    // state; that side is used only to read its own losses, not as the claimant's known side.
    // A sentence nobody is said to say is the outlet's, which speaks for a state when it is one of its institutions.
    String stateSide = attribution == null ? state.outletSide(article, stateSides) : state.stateSides.computeIfAbsent(attribution.claimant(),
        c -> Optional.ofNullable(stateSides.sided(article, c, s.start()).side())).orElse(null);
    state.previous = attribution != null && !attribution.inherited() ? attribution
        : attribution != null ? attribution : state.previous == null ? null : keepForPronouns(state.previous);
    List<PlaceMention> places = placeReferences.places(article, s);
    // "shelled Qasr and Hawsh al-Sayyed Ali ... entered Hawsh al-Sayyed Ali": a name found after a trigger is a place throughout its sentence.
    Set<String> foundHere = new LinkedHashSet<>();
    for (Trigger t : triggers) {
      if (t.kind() == Kind.DENIAL) continue;
      List<PlaceFallback.Found> found = new ArrayList<>(fallback.after(article, t.end(), s.end(), state.countries));
      for (PlaceFallback.Found f : found) if (f.ref().geonameId() == 0) foundHere.add(f.mention().text());
      if (t.control()) {
        PlaceFallback.Found subject = fallback.before(article, s.start(), t.start(), state.countries);
        if (subject != null) found.add(subject);
      }
      for (PlaceFallback.Found f : found) PlaceReferences.addUnlessCovered(places, PlaceMention.of(f));
    }
    if (triggers.stream().anyMatch(t -> t.kind() != Kind.DENIAL)) {
      if (state.placedNames == null) state.placedNames = fallback.placedNames(article);
      foundHere.addAll(state.placedNames);
      for (PlaceFallback.Found f : fallback.placedIn(article, s.start(), s.end(), foundHere, state.countries, state.placedNamePatterns)) {
        PlaceReferences.addUnlessCovered(places, PlaceMention.of(f));
      }
      for (PlaceMention p : List.copyOf(places)) {
        for (PlaceFallback.Found f : fallback.listAfter(article, p.mention().end(), s.end(), state.countries)) {
          PlaceReferences.addUnlessCovered(places, PlaceMention.of(f));
        }
        for (PlaceFallback.Found f : fallback.listBefore(article, p.mention().start(), s.start(), state.countries)) {
          PlaceReferences.addUnlessCovered(places, PlaceMention.of(f));
        }
      }
      placeReferences.anaphora(article, sentences, index, places, state);
      placeReferences.thereReferences(article, sentences, index, places, triggers);
      placeReferences.townQuarters(article, s, places, state);
      placeReferences.pluralReferences(article, sentences, index, places, state);
    }
    placeReferences.pronounObjects(article, sentences, index, triggers, places, state);
    places.removeIf(p -> locators.container(article, places, p) && !locators.locatesFeature(text, places, p) || locators.subdivided(article, places, p)
        || locators.regionOfAnother(article, places, p) || locators.areaOfNamedSite(text, places, p) || namesAGroup(article, p) || locators.featureOfSettlement(text, places, p)
        || locators.foughtTopicRegion(text, s.start(), p)
        || ROAD_END.matcher(text).region(Math.max(s.start(), p.mention().start() - 80), p.mention().start()).find()
        || DIRECTION_ONLY.matcher(text).region(Math.max(s.start(), p.mention().start() - 50), p.mention().start()).find()
        // "attacked the base of the X battalion", "a contingent of the X mission hold it": the name is the body's, not a place.
        || formationAfter.matcher(text).region(p.mention().end(), Math.min(s.end(), p.mention().end() + 24)).lookingAt()
        // "ambushed a convoy bound for X", "the wounded were airlifted to X": where someone was going is no claim's place.
        || placeReferences.travelTo.matcher(text).region(Math.max(s.start(), p.mention().start() - 60), p.mention().start()).find()
        // "residents tell our correspondent in X that the bandits burned the town": where the account was heard is no claim's place,
        // where the sentence has another; alone, it is where the one told reports from ("told a reporter in X that gunmen attacked").
        || places.stream().anyMatch(o -> o.mention().start() != p.mention().start())
            && placeReferences.listenerPlace.matcher(text).region(Math.max(s.start(), p.mention().start() - 80), p.mention().start()).find());
    places.replaceAll(p -> locators.withFeatureNoun(text, p));
    places.sort(Comparator.comparingInt(p -> p.mention().start()));
    List<Claim> out = new ArrayList<>();
    Map<String, Integer> anchors = new LinkedHashMap<>();
    Map<String, Claim> byTypeAndPlace = new LinkedHashMap<>();

    // Places go to the nearest control or attack trigger.
    List<Trigger> events = triggers.stream().filter(t -> t.kind() != Kind.DENIAL).toList();
    Map<Trigger, List<PlaceMention>> assigned = new LinkedHashMap<>();
    Map<Trigger, List<PlaceMention>> relative = new LinkedHashMap<>();
    // An attack "near Y" is often told as one at Y: nearness alone makes a locator of a place taken, not of one attacked.
    Map<PlaceMention, PlaceMention> located = locators.locatedBy(article, places, true);
    Map<PlaceMention, PlaceMention> attackLocated = locators.locatedBy(article, places, false);
    for (PlaceMention p : places) {
      Trigger best = null;
      double bestDistance = Double.MAX_VALUE;
      for (Trigger t : events) {
        if (!governs(text, t, p, places)) continue;
        double d = p.mention().start() >= t.end() ? p.mention().start() - t.end() : 1.5 * Math.max(0, t.start() - p.mention().end());
        if (subjectOf(text, t, p, events)) d = 0;
        if (d < bestDistance) {
          bestDistance = d;
          best = t;
        }
      }
      if (best != null && bestDistance <= MAX_PLACE_DISTANCE) {
        // "stormed X, a district town in Y zone, overrunning the police station": the nearest trigger to a place that
        // only locates another is done to the place it locates.
        PlaceMention done = (best.control() ? located : attackLocated).getOrDefault(p, p);
        List<PlaceMention> its = assigned.computeIfAbsent(best, k -> new ArrayList<>());
        if (!its.contains(done)) its.add(done);
      }
      // "retook the town of X, which terrorists had occupied since November": the relative clause
      // on the place is an event of its own about it.
      for (Trigger t : events) {
        if (t == best || !t.control() || t.start() < p.mention().end()
            || !RELATIVE_GAP.matcher(text.substring(p.mention().end(), t.start())).matches()) continue;
        relative.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
      }
    }
    // An attack with no place of its own happens where the sentence's other event does: the place
    // another trigger took ("hold the city of X and have repelled four counterattacks"), or, counted,
    // the nearest place it could govern.
    boolean counted = attackCount(text, s, triggers) != null;
    boolean repelled = triggers.stream().anyMatch(t -> t.kind() == Kind.REPEL);
    List<PlaceMention> taken = counted || repelled ? assigned.values().stream().flatMap(List::stream).toList() : List.of();
    for (Trigger t : events) {
      if (t.control() || assigned.containsKey(t) || places.isEmpty()) continue;
      (taken.isEmpty() ? places.stream().filter(p -> counted && governs(text, t, p, places)) : taken.stream())
          .min(Comparator.comparingInt(p -> Math.abs(p.mention().start() - t.start())))
          .ifPresent(nearest -> assigned.put(t, List.of(nearest)));
    }
    // "Petropavlivka and Pishchane, on the eastern bank: Russian attacks continue daily": places
    // that label the sentence before a colon are where its otherwise placeless events happen.
    List<PlaceMention> label = labelPlaces(text, s, places, events);
    Map<Trigger, List<PlaceMention>> shared = new LinkedHashMap<>();
    for (Trigger t : events) {
      if (!assigned.containsKey(t) && t.start() > s.start() && !label.isEmpty()) assigned.put(t, label);
    }

    // "entered X and Y before troops pushed them out", "occupied parts of the town and withdrew",
    // "captured X after storming army positions": an event with no place of its own, joined to
    // one of another kind that has places, happens at those places too.
    for (Trigger t : events) {
      if (assigned.containsKey(t) || t.kind() == Kind.REPEL) continue;
      Trigger partner = null;
      for (Trigger o : events) {
        List<PlaceMention> ps = assigned.get(o);
        if (ps == null) continue;
        int from = Math.min(o.end(), t.end());
        int to = Math.max(o.start(), t.start());
        // "entered X but pulled out days later": a contrast with no subject of its own goes on with the same actor and place.
        Matcher but = SUBJECTLESS_BUT.matcher(text).region(Math.min(from, to), to);
        boolean subjectlessBut = t.start() > o.end() && but.find();
        if (from > to || shareBreak.matcher(text).region(from, subjectlessBut ? but.start() : to).find()) continue;
        // "withdrew from X after it came under fire", "were pushed out of X after they opened fire":
        // a taking or a loss and the attack it followed happened at one place, whichever of the two names it.
        // Only when no event of t's class has a place: "had taken X under control after police fired on Y" keeps each its own.
        // An attack noun after "after" ("after a brief exchange of fire") is no clause; takenByAssault reads those.
        boolean afterAttack = t.control() != o.control() && (t.control() ? o : t).kind() == Kind.ATTACK
            && afterClause(text, t.start() > o.start() ? o : t, t.start() > o.start() ? t : o)
            && assigned.keySet().stream().noneMatch(e -> e.control() == t.control());
        // "X was seized by the militia and recaptured by the army": a second passive taking shares the first's subject, the place.
        boolean passivePair = passiveTakingAfter(text, s, o, t);
        if (!afterAttack && !passivePair && (!o.control() || o.kind() == t.kind() && !bareOnly.matcher(t.phrase()).matches())) continue;
        // A control event shares with one joined in time ("before", "after") or with a placeless
        // one ("and withdrew"); an attack only as the means of the taking ("after storming", "by attacking").
        boolean joined = afterAttack || passivePair || (t.control()
            ? (subjectlessBut || SHARE_JOINT.matcher(text).region(from, to).find()) && (bareOnly.matcher(t.phrase()).matches() || TIME_JOINT.matcher(text).region(from, to).find())
            : t.start() > o.end() && MEANS_BEFORE.matcher(text).region(from, t.start()).find() && t.phrase().endsWith("ing"));
        if (!joined) continue;
        if (partner == null || Math.abs(o.start() - t.start()) < Math.abs(partner.start() - t.start())) partner = o;
      }
      if (partner != null) shared.put(t, assigned.get(partner));
    }
    assigned.putAll(shared);
    for (Trigger t : events) {
      if (t.kind() != Kind.GAIN || !assigned.containsKey(t)) continue;
      int last = assigned.get(t).stream().mapToInt(p -> p.mention().end()).max().orElse(t.end());
      Matcher after = takenByAssault.matcher(text).region(Math.max(last, t.end()), s.end());
      // "After four hours of fighting, the rebels took X": the fight told first led to the taking.
      Matcher fronted = foughtBefore.matcher(text).region(s.start(), t.start());
      Matcher m;
      if (after.lookingAt() && events.stream().noneMatch(o -> o.start() > t.end() && o.start() < after.start(1) && o.kind() != Kind.ATTACK_NOUN)) m = after;
      else if (fronted.find() && events.stream().noneMatch(o -> o != t && o.start() >= fronted.end(1) && o.start() < t.start())) m = fronted;
      else continue;
      Trigger assault = new Trigger(m.start(1), m.end(1), m.group(1).toLowerCase(Locale.ROOT), Kind.ATTACK_NOUN);
      if (events.stream().anyMatch(o -> o.start() == assault.start() && assigned.containsKey(o))) continue;
      // One fight told before a list of what it won ("After two days of combat, we expelled them from
      // X and from Y") is placed where the taking starts; the rest may have fallen without it.
      assigned.put(assault, m == fronted ? assigned.get(t).stream().limit(1).toList() : assigned.get(t));
    }
    // "The army said the attack was repelled": a definite attack named where the sentence names no
    // place of its own is the attack the report told of last, a few sentences before at most (not
    // "killed in the attack", "since the attack"). So is a definite fight ("the encounter", "the
    // firefight"), which alone would be no attack by either side.
    // Fending off with no event of the sentence placed is of that attack too, whatever the sentence names
    // ("the soldiers of the detachment responded and repelled the assailants").
    boolean placeless = places.stream().allMatch(p -> p.featureCode().startsWith("PCL"));
    if (placeless || assigned.isEmpty() && events.stream().anyMatch(t -> repelsKnownAttack(text, t))) {
      List<Trigger> nouns = new ArrayList<>(events);
      for (Vocabulary.Hit h : vocabulary.find("eventnoun", text, s.start(), s.end())) {
        if (events.stream().noneMatch(o -> o.start() < h.end() && h.start() < o.end())) nouns.add(new Trigger(h.start(), h.end(), h.phrase(), Kind.ATTACK_NOUN));
      }
      for (Trigger t : nouns) {
        boolean noun = t.kind() == Kind.ATTACK_NOUN || attackNounOn(t); // "the attack on the battalion"
        // "The troops fired at them", "they shelled the houses": an attack verb naming no place, right
        // after an attack was told, goes on with its story (both sides of a fight act at one place). A sentence that
        // counts ("31 fighters were killed and two trucks destroyed") tells the toll of what came before, no new attack.
        // Only attackers driven back tell of the attack (repelsKnownAttack): "the protesters were pushed back" does not.
        boolean repelsKnown = repelsKnownAttack(text, t);
        boolean followUp = placeless && !noun && (t.kind() == Kind.ATTACK || t.kind() == Kind.REPEL && !passive(text, t)) && !repelsKnown
            && tellsAnAttackItself(text, s, t) && !placedElsewhere(text, s, places) && quantities.find(text, s.start(), s.end()).isEmpty();
        if (!(repelsKnown || placeless && noun || followUp) || assigned.containsKey(t)
            || noun && !DEFINITE_BEFORE.matcher(text.substring(Math.max(s.start(), t.start() - 24), t.start())).find()
            || noun && negatedInClause(text, s, t)) continue;
        PlaceMention earlier = lastAttackPlace(article, s, state, t, index, followUp ? FOLLOW_UP_SENTENCES : ANAPHOR_SENTENCES);
        // "Rebels seized X on Monday. They shelled the market the next day": the story just told may be a taking or a
        // holding; the attack that goes on with it happens where it did.
        if (earlier == null && followUp) earlier = lastControlPlace(state, t, index, FOLLOW_UP_SENTENCES);
        // "Rebels said they seized X. The army said it beat back the attack": with no attack told, an attack
        // repulsed is the latest taking's, which was by assault (a repulse makes "the attack" an assault, not a raid
        // or encounter told only by its name).
        if (earlier == null && !followUp && events.stream().anyMatch(o -> o.kind() == Kind.REPEL)) earlier = lastTakingPlace(article, s, state, t, index);
        if (earlier != null) assigned.put(t, List.of(earlier));
      }
    }
    // "Residents of X said soldiers had fired on a house": onlookers tell what they saw at home, so an attack in
    // their words that names no place of its own happened in the settlement they are of.
    for (Trigger t : events) {
      if (assigned.containsKey(t) || t.kind() != Kind.ATTACK && t.kind() != Kind.ATTACK_NOUN) continue;
      PlaceMention home = placeReferences.onlookersHome(article, s, t.start(), places, state.countries);
      if (home != null) assigned.put(t, List.of(home));
    }
    // "On Sunday evening the army was back", "the soldiers were still there": a force back or still
    // there, with no place named, is where the report's latest event happened, a few sentences before at most.
    if (placeless) {
      for (Trigger t : events) {
        if (assigned.containsKey(t) || t.kind() != Kind.GAIN || !vocabulary.isExactly("presence", t.phrase())
            || !PRESENCE_HERE.matcher(t.phrase()).find()) continue;
        PlaceMention earlier = lastEventPlace(state, t, index);
        if (earlier != null) assigned.put(t, List.of(earlier));
      }
    }
    // "The soldiers withdrew towards Y", "the police ran away": a state's force going away, naming no place but where it
    // went, left the place whose control the report told of last, a few sentences before at most. Not after an
    // attack alone, nor other subjects: attackers or a group withdrawing ("the enemy withdrew towards the marsh")
    // give up nothing the report said they held.
    for (Trigger t : events) {
      if (assigned.containsKey(t) || t.kind() != Kind.LOSS || !vocabulary.isExactly("fledverb", t.phrase()) || "left".equals(t.phrase())
          || !stateForceSubject.matcher(text).region(Math.max(s.start(), t.start() - 50), t.start()).find()
          // "The police withdrew a statement": "withdraw" with an object other than a force takes back words, not troops.
          || t.phrase().startsWith("withdr") && withdrawnThing.matcher(text).region(t.end(), s.end()).lookingAt()
          || !places.stream().allMatch(p -> p.featureCode().startsWith("PCL") || p.mention().start() >= t.end()
              && placeReferences.destination.matcher(t.phrase() + text.substring(t.end(), p.mention().start())).find())) continue;
      PlaceMention earlier = lastControlPlace(state, t, index, ANAPHOR_SENTENCES);
      if (earlier != null) assigned.put(t, List.of(earlier));
    }
    // "Residents said the gunmen had gone. \"They left at dawn\"": "they" going away, naming no place, stands for the force the
    // text last named, and left the place whose control the report told of last. Not fleeing or escaping, which onlookers
    // do as much as fighters ("they fled to the bush"); nor with no force named before, where "they" may be anyone.
    Map<Trigger, Party> leavers = new HashMap<>();
    for (Trigger t : events) {
      if (assigned.containsKey(t) || t.kind() != Kind.LOSS || !vocabulary.isExactly("fledverb", t.phrase())
          || !places.stream().allMatch(p -> p.featureCode().startsWith("PCL"))
          || FLIGHT.matcher(t.phrase()).lookingAt()) continue;
      Matcher they = PRONOUN_LEAVER.matcher(text).region(s.start(), t.start());
      if (!they.find()) continue;
      // A force the sentence itself names before "they" is a subject the clause rules read ("the gunmen came, were beaten
      // and left"); the pronoun is bridged only to sentences before.
      if (forceWord.matcher(text).region(s.start(), they.start()).find()) continue;
      Party force = antecedentForce(article, sentences.get(Math.max(0, index - PRONOUN_REACH)).start(), s.start(), attribution);
      PlaceMention held = force == null ? null : lastControlPlace(state, t, index, ANAPHOR_SENTENCES);
      if (held == null) continue;
      assigned.put(t, List.of(held));
      leavers.put(t, force);
    }
    Map<Trigger, Trigger> rivals = rivalHoldings(text, events, assigned, relative.keySet(), places);
    rivals.forEach((t, o) -> assigned.put(t, assigned.get(o)));
    Map<Trigger, List<PlaceMention>> borrowed = borrowedPlaces(article, s, events, assigned, places, attribution);
    assigned.putAll(borrowed);
    relative.forEach((t, ps) -> {
      List<PlaceMention> all = new ArrayList<>(assigned.getOrDefault(t, List.of()));
      for (PlaceMention p : ps) if (!all.contains(p)) all.add(p);
      assigned.put(t, all);
    });
    // "Congo's army says it holds X; the militia says it does": a second account that only repeats the
    // first's verb by "do" is that control again, in the second speaker's words.
    Matcher ellipsis = this.ellipsis.matcher(text).region(s.start(), s.end());
    List<Trigger> withEllipsis = triggers;
    if (events.stream().anyMatch(Trigger::control) && ellipsis.find()) {
      int at = ellipsis.start(1);
      Trigger first = null;
      for (Trigger t : events) if (t.control() && t.end() <= ellipsis.start() && assigned.containsKey(t)) first = t;
      if (first != null) {
        Trigger again = new Trigger(at, ellipsis.end(1), first.phrase(), first.kind());
        assigned.put(again, assigned.get(first));
        withEllipsis = new ArrayList<>(triggers);
        withEllipsis.add(again);
      }
    }
    withEllipsis = gappedHoldings(article, s, events, assigned, rivals, withEllipsis, attribution);
    // "fled X after the attack", "missing since the raid": an attack told before, set behind another event, is no new
    // one (while "after the army's offensive on X" tells of the attack on X). It stays a cue of the sentence.
    assigned.keySet().removeIf(t -> t.kind() == Kind.ATTACK_NOUN && knownBackdrop.matcher(text).region(Math.max(s.start(), t.start() - 40), t.start()).find()
        && !ATTACK_TARGET_AFTER.matcher(text).region(t.end(), s.end()).lookingAt());
    // "Rebels took X on Monday. ... The fighting was heaviest in X": a definite fight at a place named in its sentence whose
    // fight or taking was told just before is that one retold, no new attack (a place lent by the fight told before, which
    // makes the mention, is not named here).
    assigned.keySet().removeIf(t -> definiteFight(text, s, t)
        && assigned.get(t).stream().anyMatch(p -> p.mention().start() != t.start() && toldJustBefore(state, p, index)));
    Map<Claim, Integer> flights = new LinkedHashMap<>();
    Map<Trigger, String> sideOf = new HashMap<>();
    Map<Trigger, Party> takerOf = new HashMap<>();
    for (Map.Entry<Trigger, List<PlaceMention>> e : List.copyOf(assigned.entrySet())) {
      Trigger t = keptOut(text, s, e.getKey());
      ClaimType type = t.control() ? ClaimType.CONTROL : ClaimType.ATTACK;
      ClaimantResolver.Attribution said = clauseAttribution(article, s, t, attribution, anchor, state);
      // The clause's own speaker speaks for its own state, if any.
      String saidSide = said == attribution ? stateSide : state.stateSides.computeIfAbsent(said.claimant(),
          c -> Optional.ofNullable(stateSides.sided(article, c, s.start()).side())).orElse(null);
      // "The fighters held X for a day before troops retook it": a verb with a subject of its own after
      // the earlier event is another side's event, merged only with a claim of the same known side.
      boolean ownSubject = type == ClaimType.CONTROL && events.stream().anyMatch(o -> o != t && o.control() && o.end() <= t.start()
          && OWN_SUBJECT_AFTER_EVENT.matcher(text).region(o.end(), t.start()).matches());
      for (PlaceMention p : e.getValue()) {
        if (type == ClaimType.CONTROL && (p.featureCode().startsWith("PCL") || NOT_HELD.contains(p.featureCode())
            || t.end() <= p.mention().start() && roadEnd(text, s, p))) continue;
        if (type == ClaimType.CONTROL && t.kind() == Kind.GAIN && gainDeniedAfter(text, s, t)) continue;
        // A place both taken and lost in the sentence is two claims: "entered X before troops pushed them out".
        Claim made = type == ClaimType.CONTROL
            ? control(article, s, index, sentences, t, p, said, withEllipsis, saidSide)
            : attack(article, s, index, sentences, t, p, said, triggers, repelled, saidSide);
        // "They left": the pronoun is the side whose holding it ends.
        Claim c = made.actor() == null && leavers.containsKey(t) ? made.withParties(leavers.get(t), made.claimant()) : made;
        // "held X for months before the army retook it": control changing hands at a place (another
        // effect, or another named side acting) is a claim per event; "entered and held X" by one
        // side, or by one side and an unnamed actor, is one. An attack told and one denied at a place are two ("reports of
        // shooting in X, but the army said no shot was fired in X"): one must not hide the other.
        String key = type + "|" + p.ref().entityId() + (type == ClaimType.CONTROL ? "|" + c.polarity() + "|" + c.effect() + (shared.containsKey(t) ? "|shared" : "")
            + (relative.containsKey(t) && relative.get(t).contains(p) ? "|relative" : "") + (rivals.containsKey(t) ? "|rival" : "")
            + (borrowed.containsKey(t) ? "|borrowed" : "")
            + "|clause" + clauseOf(text, s, t) : "|" + c.polarity());
        // A rival's holding lent the other clause's place only when the two clauses tell two known sides, and as told
        // (a denial of the other clause does not reach it).
        if (rivals.containsKey(t) && !rivalSide(c, sideOf.get(rivals.get(t)))) continue;
        if (type == ClaimType.CONTROL) sideOf.putIfAbsent(t, c.actorSide());
        if (type == ClaimType.CONTROL && c.effect() == Effect.GAIN && c.actor() != null) takerOf.putIfAbsent(t, c.actor());
        // "retook X from the rebels", "retook X after the rebels fled": a side the taking names as driven
        // out, taken from or fleeing lost the place taken, in the same source's words, even when the taking
        // is one already told ("hold X and have driven the rebels out of its market").
        Party loser = type == ClaimType.CONTROL && t.kind() == Kind.GAIN && c.effect() == Effect.GAIN ? loserOf(article, s, t, p, places, attribution) : null;
        if (loser == null && type == ClaimType.CONTROL && c.effect() == Effect.GAIN) loser = retakenFrom(article, s, t, c, p, assigned, takerOf, attribution);
        if (loser != null && !(c.actorSide() != null && sameSide(c.actorSide(), loser.side()))) flights.put(lossBy(c, loser), p.mention().start());
        if (byTypeAndPlace.entrySet().stream().anyMatch(o -> o.getKey().startsWith(key + "|") && sameOrUnknownActor(o.getValue(), c)
            && !(ownSubject && (c.actorSide() == null || o.getValue().actorSide() == null)))) continue;
        byTypeAndPlace.put(key + "|" + c.id(), c);
        // A claim is where its own words are: "denied that X fell and said troops repelled an attack there" tells the
        // attack after the denial's clause, though its place is named inside it.
        anchors.put(c.id(), Math.max(p.mention().start(), t.start()));
        // "Their troops now hold a height near X, which our council has conceded", "seized the bridge at X, whose loss an
        // official admitted": an admission told after the claim, pointing back to it, is the admitter's concession of it,
        // beside the claim as told.
        Party admitter = type == ClaimType.CONTROL && c.polarity() == Polarity.ASSERTED ? trailingAdmitter(article, s, t) : null;
        if (admitter != null) byTypeAndPlace.put(key + "|admitted|" + c.id(), c.withStance(Polarity.CONCEDED, admitter, null));
        Party pullOut = admitter == null && type == ClaimType.CONTROL && c.polarity() == Polarity.ASSERTED ? pullOutAdmitter(article, s, t, p, c, places) : null;
        if (pullOut != null) byTypeAndPlace.put(key + PULL_OUT_ADMITTED + c.id(), lossBy(c, pullOut).withStance(Polarity.CONCEDED, pullOut, null));
        // "has never ceased to be under the army's control": a holding that never ceased is a loss denied as well.
        if (type == ClaimType.CONTROL && c.polarity() == Polarity.ASSERTED && c.effect() == Effect.GAIN && ceasingNegated(text, s, t) && holding(t)) {
          byTypeAndPlace.put(key + "|unceased|" + c.id(), lossBy(c, c.actor()).withStance(Polarity.DENIED, c.claimant(), null));
        }
        // "troops dislodged the rebels from Y": a taking only done by fighting attacked the place too, unless the other
        // clauses of the sentence tell that attack already.
        if (type == ClaimType.CONTROL && c.polarity() == Polarity.ASSERTED && c.effect() == Effect.GAIN && forcedTakingOf(text, t, p)) {
          Claim assault = attack(article, s, index, sentences, new Trigger(t.start(), t.end(), t.phrase(), Kind.ATTACK), p, said, triggers, repelled, saidSide);
          // The taker is the attacker: the side put out, named right after the verb, is the one attacked.
          if (c.actor() != null) assault = assault.withParties(c.actor(), assault.claimant());
          String assaultKey = ClaimType.ATTACK + "|" + p.ref().entityId() + "|" + assault.polarity();
          if (byTypeAndPlace.keySet().stream().noneMatch(k -> k.startsWith(assaultKey + "|"))) {
            byTypeAndPlace.put(assaultKey + "|forced|" + assault.id(), assault);
            anchors.put(assault.id(), Math.max(p.mention().start(), t.start()));
          }
        }
      }
    }
    // Added once every trigger has had its claim: a loss the rules read from the flight's own verb
    // ("after the troops left it", "after the garrison withdrew") at the place is that flight.
    for (Map.Entry<Claim, Integer> f : flights.entrySet()) {
      Claim loss = f.getKey();
      String entity = loss.place().entityId();
      if (byTypeAndPlace.values().stream().anyMatch(o -> o.type() == ClaimType.CONTROL && o.effect() == Effect.LOSS
          && o.place() != null && entity.equals(o.place().entityId()))) continue;
      byTypeAndPlace.put(ClaimType.CONTROL + "|" + entity + "|" + loss.polarity() + "|" + Effect.LOSS + "|loser|" + loss.id(), loss);
      state.flightLosses.add(loss.id());
      anchors.put(loss.id(), f.getValue());
    }
    if (spotter != null || state.seen != null) {
      spot(article, s, index, sentences, places, triggers, attribution, stateSide, repelled, byTypeAndPlace, anchors, state);
    }
    // "and the army admits it has withdrawn": the admission's own verb may already have told the concession at the place.
    byTypeAndPlace.entrySet().removeIf(e -> e.getKey().contains(PULL_OUT_ADMITTED) && byTypeAndPlace.entrySet().stream()
        .anyMatch(o -> !o.getKey().contains(PULL_OUT_ADMITTED) && o.getValue().polarity() == Polarity.CONCEDED
            && o.getValue().type() == ClaimType.CONTROL && o.getValue().place() != null && o.getValue().place().entityId().equals(e.getValue().place().entityId())));
    locators.dropLocatorClaims(text, s, places, located, attackLocated, byTypeAndPlace);
    out.addAll(byTypeAndPlace.values());
    out.addAll(quantityClaims(article, s, index, sentences, places, attribution, triggers, state, stateSide));

    // Denials: of a claim that follows the denial word in this sentence, of one before it by
    // someone else, or, with nothing here, of the latest claim by someone of another side.
    List<Trigger> denials = triggers.stream().filter(t -> t.kind() == Kind.DENIAL).toList();
    if (!denials.isEmpty()) {
      out = denials(article, s, index, denials, out, attribution, state, anchors);
      // "X denies that its guns hit A, and says rockets struck B, which Y denies": a denial in a clause of its own
      // after the first one's reach answers what that clause tells.
      for (Trigger later : laterDenials(text, s, denials)) out = denials(article, s, index, List.of(later), out, attribution, state, anchors);
    }

    if (out.isEmpty() && attribution != null && !attribution.inherited() && attribution.claimant().entityId() != null) {
      // "..., X told our correspondent in Y": where the reporter sits is not what is said.
      PlaceMention p = places.stream().filter(q -> !reporterPlace.matcher(text).region(s.start(), q.mention().start()).find())
          .findFirst().orElse(null);
      out.add(build(article, s, index, sentences, ClaimType.ASSERTION, null, Effect.NONE, p, null, null,
          Polarity.ASSERTED, attribution, s.start(), 0.6));
    }
    return out;
  }

  /**
   * Weighs every place of the sentence as a control and as an attack claim with the spotter: adds
   * a claim the rules did not read when it is confident, drops a rule claim it finds very
   * unlikely. An added claim is read by the rule machinery (actor, polarity, claimant, time) from
   * the trigger nearest the place, taken as one of the claim's type, or from the place itself when
   * the sentence has none. A sentence that tells of an event and names no place is weighed at the
   * place of the latest event of the few sentences before.
   */
  private void spot(AnnotatedArticle article, Annotations.Span s, int index, List<Annotations.Span> sentences,
      List<PlaceMention> places, List<Trigger> triggers, ClaimantResolver.Attribution attribution, String stateSide,
      boolean repelled, Map<String, Claim> byTypeAndPlace, Map<String, Integer> anchors, State state) {
    String text = article.text();
    List<Trigger> events = triggers.stream().filter(t -> t.kind() != Kind.DENIAL).toList();
    // "Troops repelled the attack after two hours": an event in a sentence naming no place may be
    // about the place of the latest event told, weighed as a place not named.
    List<PlaceMention> weighed = places;
    if (!events.isEmpty() && places.stream().allMatch(p -> p.featureCode().startsWith("PCL"))) {
      PlaceMention last = lastEventPlace(state, events.get(0), index);
      if (last != null) {
        weighed = new ArrayList<>(places);
        weighed.add(new PlaceMention(last.mention(), last.ref(), SpotterFeatures.IMPLICIT));
      }
    }
    if (weighed.isEmpty()) return;
    SpotterFeatures.Sentence sentence = new SpotterFeatures.Sentence(text, s.start(), s.end(),
        events.stream().map(t -> new SpotterFeatures.Cue(t.start(), t.end(), t.kind().name(), t.phrase())).toList(),
        attribution != null, places.size(), index);
    List<Claim> ruled = List.copyOf(byTypeAndPlace.values());
    Set<String> spotted = new HashSet<>();
    for (PlaceMention p : weighed) {
      for (ClaimType type : List.of(ClaimType.CONTROL, ClaimType.ATTACK)) {
        if (type == ClaimType.CONTROL && (p.featureCode().startsWith("PCL") || NOT_HELD.contains(p.featureCode())
            // "the road to X and Y, the largest towns the army still holds": what is told after the name may be about it.
            || roadEnd(text, s, p) && events.stream().noneMatch(t -> t.start() >= p.mention().end()))) continue;
        if (namedHolder(text, events, p)) continue;
        if (type == ClaimType.CONTROL && besideMoveOff(text, events, p)) continue;
        String entity = p.ref().entityId();
        Claim rule = ruled.stream().filter(c -> c.type() == type && c.place() != null && entity.equals(c.place().entityId())).findFirst().orElse(null);
        boolean other = ruled.stream().anyMatch(c -> c.type() != type && c.type() != ClaimType.QUANTITY && c.place() != null && entity.equals(c.place().entityId()));
        boolean elsewhere = ruled.stream().anyMatch(c -> c.type() == type && c.place() != null && !entity.equals(c.place().entityId()));
        List<String> features = sentence.features(type, p.mention().start(), p.mention().end(), p.featureCode(),
            new SpotterFeatures.Rules(rule == null ? null : rule.polarity() + "/" + rule.effect(), other, elsewhere));
        if (state.seen != null) state.seen.accept(new SpotCandidate(article.article().id(), sentence.text(), p.ref(), type, rule != null, features));
        if (spotter == null) continue;
        double probability = spotter.probability(features);
        if (rule != null && probability < spotter.dropBelow()) {
          byTypeAndPlace.values().removeIf(c -> c.type() == type && c.place() != null && entity.equals(c.place().entityId()));
        } else if (rule == null && probability >= spotter.addAt(type) && spotted.add(type + "|" + entity)) {
          Claim c = spottedClaim(article, s, index, sentences, type, p, events, triggers, attribution, stateSide, repelled);
          c = c.withConfidence(Math.min(c.confidence(), probability));
          byTypeAndPlace.put(type + "|spotted|" + c.id(), c);
          anchors.put(c.id(), p.mention().start());
        }
      }
    }
  }

  /**
   * Whether a taking by fighting ({@link #forcedTaking}), told in the active, has the place named after it as where the
   * side put out stood ("dislodged the rebels from X"); a place only referred back to ("from the village", "from it") is
   * left to the taking alone.
   */
  private boolean forcedTakingOf(String text, Trigger t, PlaceMention p) {
    return forcedTaking.matcher(t.phrase()).lookingAt() && !passive(text, t) && p.mention().start() >= t.end()
        && Character.isUpperCase(text.charAt(p.mention().start()));
  }

  /**
   * "The camp was never breached": an attack word telling a way in, negated, says the attackers did not get in, whatever
   * fire the place took: it denies the place's taking (a control word), not the attack.
   */
  private Trigger keptOut(String text, Annotations.Span s, Trigger t) {
    if (t.kind() != Kind.ATTACK || !vocabulary.isExactly("breakin", t.phrase().toLowerCase(Locale.ROOT)) || !negated(text, s, t)) return t;
    return new Trigger(t.start(), t.end(), t.phrase(), Kind.GAIN);
  }

  /** Whether a place is named only as one of a road's ends ({@link #ROAD_LEADS}): a holding of the road is none of it. */
  private static boolean roadEnd(String text, Annotations.Span s, PlaceMention p) {
    Matcher m = ROAD_LEADS.matcher(text).region(Math.max(s.start(), p.mention().start() - 80), p.mention().start());
    if (!m.find()) return false;
    return m.group(1) != null || NAME_IN.matcher(m.group(2)).find()
        || ANOTHER_END.matcher(text).region(p.mention().end(), s.end()).lookingAt();
  }

  /**
   * "the town is under the control of the State", "still in the hands of the Lakeside Front": a name right after a holding
   * phrase is who holds, as the rules read it, so the spotter weighs it as no place held or hit either.
   */
  private boolean namedHolder(String text, List<Trigger> events, PlaceMention p) {
    return events.stream().anyMatch(t -> t.end() <= p.mention().start() && triggerSearch.holderPhrase.matcher(t.phrase()).matches()
        && HOLDER_GAP.matcher(text).region(t.end(), p.mention().start()).matches());
  }

  /**
   * "a tactical withdrawal towards Y", "redeployed from X to Y", "the mayor of Y said troops were moved out of X": beside a
   * force's move off a place, a name that is not the place moved from is where the force went or who tells of it, and the
   * rules give it no claim; the spotter, reading it with the move, would. (A post moved, "the unit at X was redeployed to
   * Y", keeps Y: the post's new place.)
   */
  private boolean besideMoveOff(String text, List<Trigger> events, PlaceMention p) {
    int at = p.mention().start();
    for (Trigger t : events) {
      boolean after = at >= t.end(), before = p.mention().end() <= t.start();
      if (t.kind() != Kind.LOSS || !after && !before) continue;
      String between = after ? text.substring(t.end(), at) : text.substring(p.mention().end(), t.start());
      if (between.length() > 80 || between.indexOf(';') >= 0) continue;
      if (vocabulary.isExactly("withdrawnoun", t.phrase()) ? after && movedTo(between)
          : vocabulary.contains("relocate", t.phrase()) && triggerSearch.fromAfterMove(text, t) && (before || !movedFrom(between))) return true;
    }
    return false;
  }

  private Claim spottedClaim(AnnotatedArticle article, Annotations.Span s, int index, List<Annotations.Span> sentences,
      ClaimType type, PlaceMention p, List<Trigger> events, List<Trigger> triggers, ClaimantResolver.Attribution attribution,
      String stateSide, boolean repelled) {
    boolean control = type == ClaimType.CONTROL;
    int at = p.mention().start();
    Trigger near = events.stream()
        .min(Comparator.comparingInt((Trigger t) -> t.control() == control ? 0 : 1).thenComparingInt(t -> Math.abs(t.start() - at)))
        .orElse(null);
    if (control) {
      Trigger away = movedAwayInClause(article.text(), s, p, near);
      if (away != null) near = away;
    }
    Kind kind = near != null && near.control() == control ? near.kind() : control ? Kind.GAIN : Kind.ATTACK;
    Trigger t = near == null
        ? new Trigger(p.mention().start(), p.mention().end(), p.mention().text().toLowerCase(Locale.ROOT), kind)
        : new Trigger(near.start(), near.end(), near.phrase(), kind);
    return control ? control(article, s, index, sentences, t, p, attribution, triggers, stateSide)
        : attack(article, s, index, sentences, t, p, attribution, triggers, repelled, stateSide);
  }

  /**
   * "our units deployed there were repositioned", "the detachment carried out a tactical withdrawal", "troops at X were
   * temporarily withdrawn": a word of moving away in the place's own clause tells what the added claim is, a loss, when
   * no control trigger stands in that clause (the nearest is a light verb, an attack, or a trigger of another account).
   * The rules' loss machinery then reads where the force went and who concedes it. Null: keep {@code near}.
   */
  private Trigger movedAwayInClause(String text, Annotations.Span s, PlaceMention p, Trigger near) {
    int clause = clauseAt(text, s, p.mention().start());
    if (near != null && near.control() && clauseAt(text, s, near.start()) == clause) return null;
    int from = accountStart(text, s, clause), to = accountStart(text, s, clause + 1);
    return Stream.of("flight", "relocate")
        .flatMap(list -> vocabulary.find(list, text, from, to).stream())
        .map(h -> new Trigger(h.start(), h.end(), h.phrase(), Kind.LOSS))
        // As the rules' own triggers: "called on them to withdraw" tells no withdrawal.
        .filter(t -> !irrealis(text, s, t) && !goal(text, s, t))
        .min(Comparator.comparingInt(t -> Math.abs(t.start() - p.mention().start())))
        .orElse(null);
  }

  /** How many account joints ({@link #ACCOUNT_JOINT}) of the sentence stand before {@code at}. */
  private static int clauseAt(String text, Annotations.Span s, int at) {
    Matcher m = ACCOUNT_JOINT.matcher(text).region(s.start(), Math.max(s.start(), at));
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /**
   * "The army is at the checkpoints, but the rebels are still in the market of X", "the soldiers are inside the camp
   * and the rebels are in the bush all around": a holding with a subject of its own and no place of its own (or only
   * a part of one), joined to a holding that has a place, tells where a second side stands at that place; so does one
   * joined after a side's leaving of a place ("the soldiers had left X, and the rebels were in the trenches"). Each such
   * holding maps to the placed one next to it; the claim loop keeps it only if the two sides differ.
   */
  private static Map<Trigger, Trigger> rivalHoldings(String text, List<Trigger> events, Map<Trigger, List<PlaceMention>> assigned,
      Set<Trigger> placedByRelative, List<PlaceMention> places) {
    Map<Trigger, Trigger> rivals = new LinkedHashMap<>();
    for (Trigger t : events) {
      // "and still hold it": a holding of a place pointed back to has a place of its own, told elsewhere.
      // "redeployed to Y, where the army holds a base": a holding where another place was named is at that place.
      if (t.kind() != Kind.GAIN || assigned.containsKey(t) || placedByRelative.contains(t)
          || WHERE_BEFORE.matcher(text).region(Math.max(0, t.start() - 40), t.start()).find()
          || POINTED_BACK.matcher(text).region(t.end(), text.length()).lookingAt()
          // "and JNIM fighters are in a state of shock": what they are in is no part of the place the other clause tells.
          || NO_SCENE_PART.matcher(text).region(t.end(), text.length()).lookingAt()) continue;
      Trigger partner = null;
      for (Trigger o : events) {
        // "the soldiers had left X, and the rebels were in the trenches": a side there after another left it holds what was left.
        // Not after a side put out ("were driven out of X, and the town is under our control": the ouster holds it), nor
        // when the second clause names a place of its own ("and the area between X and Y is under their protection").
        if (!assigned.containsKey(o)) continue;
        boolean heldAfterLeaving = o.kind() == Kind.LOSS && o.end() <= t.start() && !passive(text, o) && places.stream()
            .noneMatch(p -> p.mention().start() >= o.end() && p.mention().end() <= t.end() && !assigned.get(o).contains(p));
        if (o.kind() != Kind.GAIN && !heldAfterLeaving || o.end() > t.start() && t.end() > o.start()) continue;
        int from = Math.min(o.end(), t.end());
        int to = Math.max(o.start(), t.start());
        Matcher joint = RIVAL_JOINT.matcher(text).region(from, to);
        int lastJoint = -1;
        while (joint.find()) lastJoint = joint.end();
        // The later clause needs a subject of its own ("and are in control of" goes on with the first's subject), and
        // a place named between the two ("redeployed to Y, where the army holds a base") is where the second one is.
        if (lastJoint < 0 || to - from > MAX_RIVAL_GAP || NO_SUBJECT.matcher(text).region(lastJoint, Math.max(o.start(), t.start())).matches()
            || events.stream().anyMatch(x -> x != o && x != t && x.start() >= from && x.end() <= to)
            || places.stream().anyMatch(p -> p.mention().start() >= from && p.mention().end() <= to && !assigned.get(o).contains(p)
                && PLACE_PREPOSITION.matcher(text).region(Math.max(from, p.mention().start() - 16), p.mention().start()).find())) continue;
        if (partner == null || Math.abs(o.start() - t.start()) < Math.abs(partner.start() - t.start())) partner = o;
      }
      if (partner != null) rivals.put(t, partner);
    }
    return rivals;
  }

  /**
   * "The army left X, where the rebels have since set up camp", "the rebels entered X; the soldiers had withdrawn": a
   * control verb with a force of its own as subject, in a clause joined to one whose control verb names a place, that names no
   * place itself (or only "there"), tells of the same place. Not a clause naming a place or going somewhere
   * ("and then moved on towards Y"), nor one whose subject is left out (it goes on with the first's subject and claim).
   */
  private Map<Trigger, List<PlaceMention>> borrowedPlaces(AnnotatedArticle article, Annotations.Span s, List<Trigger> events,
      Map<Trigger, List<PlaceMention>> assigned, List<PlaceMention> places, ClaimantResolver.Attribution attribution) {
    String text = article.text();
    Map<Trigger, List<PlaceMention>> out = new LinkedHashMap<>();
    for (Trigger t : events) {
      if (!t.control() || assigned.containsKey(t)) continue;
      Trigger o = null;
      for (Trigger e : events) if (e.control() && e.end() <= t.start() && assigned.containsKey(e) && (o == null || e.start() > o.start())) o = e;
      // A second clause of the same kind ("took X and the militia holds it") is a rival's holding or the same deed retold.
      if (o == null || o.kind() == t.kind()) continue;
      List<PlaceMention> its = assigned.get(o);
      int from = Math.max(o.end(), its.stream().mapToInt(p -> p.mention().end()).max().orElse(o.end()));
      if (from >= t.start() || t.start() - from > MAX_RIVAL_GAP) continue;
      Matcher joint = BORROWING_JOINT.matcher(text).region(from, t.start());
      int lastJoint = -1;
      while (joint.find()) lastJoint = joint.end();
      int end = gapClauseEnd(text, s, t.end());
      final int clauseFrom = lastJoint;
      if (lastJoint < 0 || NO_SUBJECT.matcher(text).region(lastJoint, t.start()).matches()
          || OWN_SETTING.matcher(text).region(lastJoint, t.start()).lookingAt()
          || events.stream().anyMatch(x -> x != t && x.start() >= clauseFrom && x.start() < end)
          // "redeployed to Y, where the army holds a base": the clause is about the place named last or gone to, not the first clause's.
          || places.stream().anyMatch(p -> p.mention().start() >= from && p.mention().start() < end && !its.contains(p)
              && !"there".equalsIgnoreCase(p.mention().text()))
          // "and tells the police to leave": an infinitive is what someone wants done, no deed.
          || INFINITIVE_BEFORE.matcher(text).region(lastJoint, t.start()).find()
          || GOING_TO.matcher(text).region(t.end(), end).find() || GONE_TO_NAME.matcher(text).region(o.end(), lastJoint).find() || OTHER_OBJECT.matcher(text).region(t.end(), end).lookingAt()
          // "and the valley remained in the hands of", "the claim is false": only a force's own deed tells of the place.
          || forceParty(article, lastJoint, t.start(), attribution) == null) continue;
      out.put(t, its);
    }
    return out;
  }

  /**
   * "Rebels hold the centre and the police station, the army its hilltop base": a clause joined to a holding that
   * leaves out its verb tells a second subject's holding at the same place. It is read as a rival holding of the
   * first, in the first's words, so that it counts only when its subject is a known side other than the first's.
   */
  private List<Trigger> gappedHoldings(AnnotatedArticle article, Annotations.Span s, List<Trigger> events, Map<Trigger, List<PlaceMention>> assigned,
      Map<Trigger, Trigger> rivals, List<Trigger> triggers, ClaimantResolver.Attribution attribution) {
    String text = article.text();
    List<Trigger> out = triggers;
    for (Trigger t : events) {
      if (t.kind() != Kind.GAIN || !assigned.containsKey(t) || rivals.containsKey(t)) continue;
      Matcher gap = gappedHolding.matcher(text).region(t.end(), Math.min(s.end(), t.end() + MAX_RIVAL_GAP));
      if (!gap.find()) continue;
      // A clause that goes on to a verb of its own (an event, a flight, an auxiliary) left none out: in "and the soldiers
      // at the base fled", "at the base" only places the subject. The subject must name fighting people ("the army",
      // "the RSF"): "a claim the group denied", "according to the UN" leave out no verb.
      int end = gapClauseEnd(text, s, gap.end());
      if (events.stream().anyMatch(o -> o.start() >= t.end() && o.start() < end) || FINITE_VERB.matcher(text).region(gap.end(), end).find()
          || vocabulary.first("flight", text, gap.end(), end).isPresent() || forceParty(article, gap.start(1), gap.end(1), attribution) == null) continue;
      Trigger gapped = new Trigger(gap.start(2), gap.end(2), t.phrase(), t.kind());
      assigned.put(gapped, assigned.get(t));
      rivals.put(gapped, t);
      if (out == triggers) out = new ArrayList<>(triggers);
      out.add(gapped);
    }
    return out;
  }

  /** Where the clause a gapped holding opens ends: at its first mark, else at the sentence's end. */
  private static int gapClauseEnd(String text, Annotations.Span s, int from) {
    Matcher mark = CLAUSE_MARK.matcher(text).region(from, s.end());
    return mark.find() ? mark.start() : s.end();
  }

  /** Whether a rival holding's claim tells, as asserted, a known side other than the other clause's known side. */
  private static boolean rivalSide(Claim c, String otherSide) {
    return c.polarity() == Polarity.ASSERTED && c.actorSide() != null && otherSide != null && !sameSide(c.actorSide(), otherSide);
  }

  /** Where the {@code n}th clause of the sentence begins (its end for a clause past the last). */
  private static int accountStart(String text, Annotations.Span s, int n) {
    if (n == 0) return s.start();
    Matcher m = ACCOUNT_JOINT.matcher(text).region(s.start(), s.end());
    for (int i = 0; i < n; i++) {
      if (!m.find()) return s.end();
    }
    return m.end();
  }

  /**
   * "The soldiers repelled the assailants", "repelled every attack", "nobody repelled them": fending off attackers or
   * attacks, with no place named, is of the attack told last; downing drones is of none.
   */
  private boolean repelsKnownAttack(String text, Trigger t) {
    return t.kind() == Kind.REPEL && (repelledAttackers.matcher(text).region(t.end(), text.length()).lookingAt()
        // "The assailants were driven back", "they were pushed back": the attackers as the passive's subject.
        || passive(text, t) && attackersRepelled.matcher(text).region(Math.max(0, t.start() - 60), t.start()).useTransparentBounds(true).find());
  }

  /**
   * Whether a negation stands before the trigger in its clause: "No group has claimed the attack", "the army has not
   * mentioned the attack" tell who owned or spoke of an attack known before, not that it did or did not happen.
   */
  private boolean negatedInClause(String text, Annotations.Span s, Trigger t) {
    int from = Math.max(s.start(), t.start() - 50);
    return vocabulary.find("negation", text, from, t.start()).stream()
        .anyMatch(h -> !CLAUSE_JOINT.matcher(text).region(h.end(), t.start()).find());
  }

  /** "were repelled", "was driven back", "had been pushed back": a repulse told in the passive (not "the attackers pushed back the guards"). */
  private static boolean passive(String text, Trigger t) {
    return PASSIVE_PHRASE.matcher(t.phrase()).lookingAt() || PASSIVE_AUX.matcher(text).region(Math.max(0, t.start() - 30), t.start()).find();
  }

  /**
   * Which clause of the sentence a trigger stands in, counting the joints where a second account
   * of the same place may begin: "the RSF say they control the town; the army says it holds it",
   * "patrolled by fighters, while soldiers controlled the west of the town".
   */
  private static int clauseOf(String text, Annotations.Span s, Trigger t) {
    return clauseAt(text, s, t.start());
  }

  /**
   * Who says what a trigger tells: "The militia says it controls X; the army says it holds the town": an
   * account after a joint (";", "while", ", but") with a speaker of its own is that speaker's, not the
   * sentence's first speaker's. So is an account in a later speech clause of another speaker, however
   * joined ("the army says it took X, and the rebels confirm they left Y"): the speech clause holding the
   * trigger names its source. The sentence's attribution otherwise.
   *
   * @param anchor where the sentence's attribution was read
   */
  private ClaimantResolver.Attribution clauseAttribution(AnnotatedArticle article, Annotations.Span s, Trigger t,
      ClaimantResolver.Attribution attribution, int anchor, State state) {
    String text = article.text();
    Matcher m = ACCOUNT_JOINT.matcher(text).region(s.start(), Math.max(s.start(), t.start()));
    int last = -1;
    while (m.find()) last = m.end();
    int joint = last;
    if (joint >= 0 && vocabulary.contains("speech", text.substring(joint, t.start()))) {
      ClaimantResolver.Attribution own = resolver.resolve(article, new Annotations.Span(joint, s.end()), t.start(), null)
          .filter(a -> !a.inherited() && !reportsOnly(a.claimant()) && !SideParties.placeAsPerson(article, a.claimant()))
          .map(a -> withGroupSide(text, a, state, joint)).orElse(null);
      if (own != null) return own;
    }
    if (attribution == null || t.start() <= anchor) return attribution;
    Quote spoken = QuoteClaimantResolver.innermost(article, t.start());
    if (spoken == null || spoken.cueSpan() == null || spoken.cueSpan().start() <= anchor || spoken.speakerSpan() == null
        || spoken.parts().stream().anyMatch(q -> q.start() <= anchor && anchor < q.end())) return attribution;
    // The speaker is the subject right before its verb; one ending a clause of its own before it ("Damascus denies A, where
    // the agency says a shell landed, and says rockets hit B") is a misreading of a subject the verb shares with the first.
    if (!SPEAKER_VERB_GAP.matcher(text).region(spoken.speakerSpan().end(), Math.max(spoken.speakerSpan().end(), spoken.cueSpan().start())).matches()) {
      return attribution;
    }
    // A pronoun speaking later in the sentence ("X claims A, and it says B") is the sentence's own source.
    ClaimantResolver.Attribution own = resolver.resolve(article, s, t.start(), attribution)
        .filter(a -> !a.inherited() && !reportsOnly(a.claimant()) && !SideParties.placeAsPerson(article, a.claimant())
            && !sameSpeaker(a.claimant(), attribution.claimant()))
        .map(a -> withGroupSide(text, a, state, s.start())).orElse(null);
    return own == null ? attribution : own;
  }

  /** Whether {@code part}'s name stands in {@code whole}'s ("the army" in "an army spokesman"); names may be missing. */
  private static boolean namedWithin(Party part, Party whole) {
    return part.name() != null && whole.name() != null
        && whole.name().toLowerCase(Locale.ROOT).contains(part.name().strip().toLowerCase(Locale.ROOT));
  }

  /** Whether two sources are one: one's name holds the other's ("the ministry admits that ... and says": "ministry admits that ..."). */
  private static boolean sameSpeaker(Party a, Party b) {
    return namedWithin(a, b) || namedWithin(b, a);
  }

  private static boolean sameOrUnknownActor(Claim a, Claim b) {
    return a.type() != ClaimType.CONTROL || a.actorSide() == null || b.actorSide() == null || a.actorSide().equals(b.actorSide());
  }

  /**
   * Whether a sentence naming no settlement sets its story somewhere else: "Elsewhere, gunmen ambushed a bus", "In
   * Mali, jets have bombed camps for years" (a country as where, not as a side's name: "Malian soldiers fired back"),
   * "in nearby Y, gunmen fired at a bus" (a name the tagger missed is where all the same).
   */
  private static boolean placedElsewhere(String text, Annotations.Span s, List<PlaceMention> places) {
    return ELSEWHERE.matcher(text).region(s.start(), s.end()).find() || NAME_AS_WHERE.matcher(text).region(s.start(), s.end()).find()
        || places.stream().anyMatch(p -> p.mention().start() >= s.start()
        && LOCATIVE_BEFORE.matcher(text).region(Math.max(s.start(), p.mention().start() - 20), p.mention().start()).find());
  }

  /**
   * Whether an attack trigger ending in "on" is a noun ("the attack on", "air strikes on"), not a verb ("fired on",
   * "dropped bombs on"): what stands before the "on" is an attack noun, in the singular or the plural.
   */
  private boolean attackNounOn(Trigger t) {
    if (t.kind() != Kind.ATTACK || !t.phrase().endsWith(" on")) return false;
    String head = t.phrase().substring(0, t.phrase().length() - 3).toLowerCase(Locale.ROOT);
    return vocabulary.isExactly("attacknoun", head) || vocabulary.isExactly("attacknoun", head + "s")
        || head.endsWith("s") && vocabulary.isExactly("attacknoun", head.substring(0, head.length() - 1));
  }

  /**
   * Whether a trigger tells an attack by itself, not by the object it governs: "carried out searches" (a light verb),
   * "began a targeted operation" (a participle after a determiner), "launched a fresh challenge" tell none.
   */
  private boolean tellsAnAttackItself(String text, Annotations.Span s, Trigger t) {
    return !vocabulary.isExactly("lightverb", t.phrase())
        && !ARTICLE_BEFORE.matcher(text).region(Math.max(s.start(), t.start() - 8), t.start()).find();
  }

  /**
   * Where the latest attack of the report happened (the first told in the latest sentence telling one), as a
   * place named at {@code t}; or {@code null} when the report told of none in the {@code reach} sentences before sentence {@code index} (a
   * round-up has moved on to another story by then).
   */
  private static PlaceMention lastAttackPlace(AnnotatedArticle article, Annotations.Span s, State state, Trigger t, int index, int reach) {
    for (int k = state.claims.size() - 1; k >= 0 && state.claimSentence.get(k) >= index - reach; k--) {
      Claim c = state.claims.get(k);
      if (c.type() != ClaimType.ATTACK || c.place() == null || c.polarity() == Polarity.DENIED || otherStoryBetween(article, c, s.start())) continue;
      // "gunmen fired at the police station in X from across the Y river", "attacks on the camp at X and on
      // outposts in Y and Z": a sentence tells its main attack first, and the places after it are where the
      // attackers came from or what else they hit; the first attack of the latest sentence is the one referred back to.
      int sentence = state.claimSentence.get(k);
      for (int j = k - 1; j >= 0 && state.claimSentence.get(j) == sentence; j--) {
        Claim o = state.claims.get(j);
        if (o.type() == ClaimType.ATTACK && o.place() != null && o.polarity() != Polarity.DENIED) c = o;
      }
      Mention here = new Mention(t.start(), t.end(), c.place().surface(), EntityType.LOCATION, c.place().entityId());
      return new PlaceMention(here, c.place(), "");
    }
    return null;
  }

  /** Where the latest control claim of the {@code reach} sentences before sentence {@code index} happened, as a place named at {@code t}. */
  private static PlaceMention lastControlPlace(State state, Trigger t, int index, int reach) {
    for (int k = state.claims.size() - 1; k >= 0 && state.claimSentence.get(k) >= index - reach; k--) {
      Claim c = state.claims.get(k);
      if (c.type() != ClaimType.CONTROL || c.place() == null || c.polarity() == Polarity.DENIED) continue;
      Mention here = new Mention(t.start(), t.end(), c.place().surface(), EntityType.LOCATION, c.place().entityId());
      return new PlaceMention(here, c.place(), "");
    }
    return null;
  }

  /** The last force named between {@code from} and {@code to}, as a party: "they" stands for it. */
  private Party antecedentForce(AnnotatedArticle article, int from, int to, ClaimantResolver.Attribution attribution) {
    Matcher m = forceWord.matcher(article.text()).region(from, to);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) return null;
    Matcher modifiers = FORCE_MODIFIERS.matcher(article.text()).region(from, start);
    return forceParty(article, modifiers.find() ? modifiers.start() : start, end, attribution);
  }

  /**
   * Where the latest taking told in the few sentences before sentence {@code s} happened, as a place named at
   * {@code t}; {@code null} when a claim of another kind came after it, or a place other than a country was named since
   * (an attempt on it the rules read no claim from: "gunmen tried to infiltrate the base at Y").
   */
  private static PlaceMention lastTakingPlace(AnnotatedArticle article, Annotations.Span s, State state, Trigger t, int index) {
    for (int k = state.claims.size() - 1; k >= 0 && state.claimSentence.get(k) >= index - ANAPHOR_SENTENCES; k--) {
      Claim c = state.claims.get(k);
      if (c.type() == ClaimType.QUANTITY || c.type() == ClaimType.ASSERTION) continue;
      if (c.type() != ClaimType.CONTROL || c.effect() != Effect.GAIN || c.place() == null || c.polarity() != Polarity.ASSERTED) return null;
      String taken = c.place().entityId();
      if (article.mentionsIn(c.evidenceEnd(), s.start()).stream()
          .anyMatch(m -> m.type() == EntityType.LOCATION && !m.entityId().equals(taken)
              && (article.place(m) == null || !article.place(m).featureCode().startsWith("PCL")))) return null;
      Mention here = new Mention(t.start(), t.end(), c.place().surface(), EntityType.LOCATION, taken);
      return new PlaceMention(here, c.place(), "");
    }
    return null;
  }

  /** Whether a trigger is a fight noun with a determiner pointing at one fight: "the fighting", "these clashes". */
  private boolean definiteFight(String text, Annotations.Span s, Trigger t) {
    return t.kind() == Kind.ATTACK_NOUN && vocabulary.isExactly("fightnoun", t.phrase())
        && FIGHT_TOLD_BEFORE.matcher(text).region(Math.max(s.start(), t.start() - 30), t.start()).find();
  }

  /** Whether an attack or taking at a place was told in the sentences just before. */
  private static boolean toldJustBefore(State state, PlaceMention p, int index) {
    for (int k = state.claims.size() - 1; k >= 0 && state.claimSentence.get(k) >= index - ANAPHOR_SENTENCES; k--) {
      Claim c = state.claims.get(k);
      if ((c.type() == ClaimType.ATTACK || c.type() == ClaimType.CONTROL) && c.place() != null && c.polarity() != Polarity.DENIED
          && c.place().entityId().equals(p.mention().entityId())) return true;
    }
    return false;
  }

  /**
   * Whether claim {@code c} was told in an earlier paragraph and the paragraph of the sentence at {@code sentenceStart}
   * has since named another settlement: a round-up's or a live blog's new entry tells a story of its own ("Rebels
   * shelled X. [new paragraph] In Y, residents say the attack was repelled"), so an event it refers back to is not one
   * of the entry before. A paragraph naming no settlement before the sentence (a wire's one-sentence paragraphs) still
   * goes on with the story told last.
   */
  private static boolean otherStoryBetween(AnnotatedArticle article, Claim c, int sentenceStart) {
    int paragraph = article.text().lastIndexOf('\n', Math.max(0, sentenceStart - 1)) + 1;
    if (c.evidenceStart() >= paragraph) return false;
    String entity = c.place().entityId();
    for (Mention m : article.mentionsIn(paragraph, sentenceStart)) {
      if (m.type() != EntityType.LOCATION || entity.equals(m.entityId())) continue;
      Place p = article.place(m);
      if (p != null && Locators.settlement(p.featureCode())) return true;
    }
    return false;
  }

  /** Where the latest control or attack claim of the few sentences before sentence {@code index} happened, as a place named at {@code t}. */
  private static PlaceMention lastEventPlace(State state, Trigger t, int index) {
    for (int k = state.claims.size() - 1; k >= 0 && state.claimSentence.get(k) >= index - ANAPHOR_SENTENCES; k--) {
      Claim c = state.claims.get(k);
      if (c.type() != ClaimType.ATTACK && c.type() != ClaimType.CONTROL || c.place() == null || c.polarity() == Polarity.DENIED) continue;
      Mention here = new Mention(t.start(), t.end(), c.place().surface(), EntityType.LOCATION, c.place().entityId());
      return new PlaceMention(here, c.place(), "");
    }
    return null;
  }

  /** The places before a sentence's first colon when nothing but them (and lower-case words) stands there. */
  private static List<PlaceMention> labelPlaces(String text, Annotations.Span s, List<PlaceMention> places, List<Trigger> events) {
    int colon = text.indexOf(':', s.start());
    if (colon < 0 || colon >= s.end() || events.stream().anyMatch(t -> t.start() < colon)) return List.of();
    List<PlaceMention> out = places.stream().filter(p -> p.mention().end() <= colon).toList();
    if (out.isEmpty()) return out;
    StringBuilder rest = new StringBuilder(text.substring(s.start(), colon));
    for (PlaceMention p : out) for (int k = p.mention().start(); k < p.mention().end(); k++) rest.setCharAt(k - s.start(), ' ');
    return LABEL_REST.matcher(rest).matches() ? out : List.of();
  }

  /**
   * Initials that name no country or region, an acronym the report spells out as something other than a place ("AA" after "the Arakan Army
   * (AA)"), or a place inside a longer name the report abbreviates ("Islamic State West Africa
   * Province (ISWAP)").
   */
  private static boolean namesAGroup(AnnotatedArticle article, PlaceMention p) {
    String text = article.text();
    int end = p.mention().end();
    if (end > p.mention().start() && end <= text.length()
        && NAME_THEN_ACRONYM.matcher(text.substring(end, Math.min(text.length(), end + 60))).lookingAt()) return true;
    String surface = p.mention().text();
    if (surface.length() < 2 || surface.length() > 6 || !surface.equals(surface.toUpperCase(Locale.ROOT))) return false;
    // No town or village is written in initials: "the TNI post", "a VDP convoy" say whose they are, whatever a
    // gazetteer or the tagger makes of the letters; only a country or a region goes by them ("the DRC").
    boolean initials = surface.chars().allMatch(Character::isLetter);
    if (initials && !p.featureCode().startsWith("PCL") && !p.featureCode().startsWith("ADM")) return true;
    int at = text.indexOf("(" + surface + ")");
    if (at < 0) return false;
    return article.mentionsIn(Math.max(0, at - 60), at).stream()
        .noneMatch(m -> m.type() == EntityType.LOCATION && text.substring(m.end(), at).isBlank());
  }

  /** Whether the last of "from" and "to" in the words between a move and a place is "from": "moved from X", "from a post near X", not "from X to Y". */
  private static boolean movedFrom(String between) {
    String last = lastDirection(between);
    return last != null && (last.equals("from") || last.equals("out of") || last.equals("outside") || last.startsWith("away"));
  }

  /** Whether the last of "from" and "to" in the words between a move and a place is "to": "a withdrawal on Monday towards X". */
  private static boolean movedTo(String between) {
    String last = lastDirection(between);
    return last != null && (last.equals("to") || last.equals("towards") || last.equals("into"));
  }

  private static String lastDirection(String between) {
    Matcher m = MOVE_DIRECTION.matcher(between);
    String last = null;
    while (m.find()) last = m.group().toLowerCase(Locale.ROOT);
    return last;
  }

  /** The move verb a place is moved "from" by ("relocated from a post near X"), as a loss trigger, or {@code null}. */
  private Trigger moveFrom(String text, Annotations.Span s, PlaceMention p) {
    List<Vocabulary.Hit> moves = vocabulary.find("relocate", text, Math.max(s.start(), p.mention().start() - 60), p.mention().start());
    if (moves.isEmpty()) return null;
    Vocabulary.Hit move = moves.get(moves.size() - 1);
    String between = text.substring(move.end(), p.mention().start());
    if (between.indexOf(';') >= 0 || between.indexOf(',') >= 0 || !movedFrom(between)) return null;
    return new Trigger(move.start(), move.end(), move.phrase(), Kind.LOSS);
  }

  /** After a sentence with no source, a later "he said" still means the last named one. */
  private static ClaimantResolver.Attribution keepForPronouns(ClaimantResolver.Attribution previous) {
    return new ClaimantResolver.Attribution(previous.claimant(), previous.cue(), previous.relays(), true);
  }

  private Claim control(AnnotatedArticle article, Annotations.Span s, int index, List<Annotations.Span> sentences,
      Trigger t, PlaceMention p, ClaimantResolver.Attribution attribution, List<Trigger> triggers, String stateSide) {
    String text = article.text();
    // "its soldiers were redeployed from X to Y": a place the spotter reads by itself as taken, right after a move
    // and "from", is the one the force left; it is read with the move verb, as a loss.
    if (t.kind() == Kind.GAIN && t.start() >= p.mention().start() && t.end() <= p.mention().end()) {
      Trigger move = moveFrom(text, s, p);
      if (move != null) t = move;
    }
    Effect effect = t.kind() == Kind.GAIN ? Effect.GAIN : Effect.LOSS;
    // "the unit at X was redeployed to Y": the place a moved post went to (read with the move by the spotter) is held, not lost.
    // But "redeployed its troops from X to Y", "relocated from a post near X": the place after "from" is the one left.
    // So is where a force withdrew or fell back to ("the detachment had withdrawn to X", "we pulled back to X"): it went there.
    if (t.kind() == Kind.LOSS && p.mention().start() >= t.end() && (vocabulary.contains("relocate", t.phrase())
        ? !movedFrom(text.substring(t.end(), p.mention().start()))
        : placeReferences.destination.matcher(t.phrase() + text.substring(t.end(), p.mention().start())).find())) {
      effect = Effect.GAIN;
    }
    boolean negated = negated(text, s, t);
    if (negated && vocabulary.first("change", text, Math.max(s.start(), t.start() - 14), t.start()).isPresent()) {
      // "no longer under X control": holding turned into losing, asserted.
      effect = effect == Effect.GAIN ? Effect.LOSS : Effect.GAIN;
      negated = false;
    }
    double confidence = 0.9;
    Party actor = actorBefore(article, s, t, attribution, triggers);
    if (actor == null && t.kind() == Kind.LOSS) actor = takerLeaving(article, s, t, attribution, triggers);
    if (actor == null && stateSide != null && concessions.ownSideSubject(text, s, t)) actor = Party.ofSide(speakerName(article, attribution), stateSide);
    if (actor == null) {
      // "X was captured": a passive gain names no taker, and the speaker's side is no guess for it.
      // A loss without a loser ("has been lost") is the speaker's own, as reporters and bloggers use it.
      boolean agentlessGain = effect == Effect.GAIN && PASSIVE_AUX.matcher(text.substring(Math.max(s.start(), t.start() - 30), t.start())).find();
      actor = agentlessGain ? null : SideParties.claimantAsActor(attribution);
      confidence -= actor == null ? 0.25 : 0.1;
    }
    Party announcer = concessions.announcer(article, s, t, attribution);
    if (announcer != null) {
      // "Moscow has claimed the capture of X, where Ukraine says ...": Moscow's claim, not the reporter's source's.
      if (actor == null || attribution != null && actor.side() != null && actor.side().equals(attribution.claimant().side())) {
        actor = Party.ofSide(announcer.name(), announcer.side());
      }
      attribution = new ClaimantResolver.Attribution(announcer, "announced", List.of(), false);
    }
    // "the army concedes it has not re-entered X", "an officer acknowledged that troops had not yet returned to X": a
    // taking, return or presence the admitter's own side has not made, admitted, is that side's loss of the place,
    // conceded, not a denial. Not another side's ("the army admits the rebels have not entered X" loses the army nothing).
    boolean admittedAbsence = false;
    if (negated && effect == Effect.GAIN && attribution != null && concessions.admits(text, s, t)) {
      String admitter = attribution.claimant().side() != null ? attribution.claimant().side() : stateSide;
      // "troops", "soldiers": a state's forces named bare are the admitter's own unless it is of a known other side.
      boolean bareForce = actor != null && vocabulary.isExactly("stateforce", actor.name().toLowerCase(Locale.ROOT))
          && (admitter == null || !sides.isCountry(admitter) && !sides.isListedGroup(admitter) || sameSide(actor.side(), admitter));
      if (actor == null || actor.side() == null || admitter != null && sameSide(actor.side(), admitter) || bareForce) {
        effect = Effect.LOSS;
        negated = false;
        admittedAbsence = true;
        if (actor == null || actor.side() == null) actor = SideParties.claimantAsActor(attribution);
      }
    }
    // "the army has not gone back", "troops have not reoccupied the post": a force that has not come back to a place is
    // away from it. Told so, that is its loss, asserted, not the denial of a return nobody claimed; "no soldier has
    // returned" (a negated subject) and "has not been reoccupied" (no force named) stay denials.
    if (negated && !admittedAbsence && actor != null && comebackNegated(text, s, t)) {
      effect = Effect.LOSS;
      negated = false;
    }
    Polarity polarity = negated ? Polarity.DENIED : admittedAbsence ? Polarity.CONCEDED : Polarity.ASSERTED;
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && actor != null && actor.side() != null && !concessions.concessionDenied(text, s, t)
        && (attribution != null && !carriedOver(attribution, actor, text, s) && (sameSide(actor.side(), attribution.claimant().side()) || actor.side().equals(stateSide))
            // A force's own statement telling of its own withdrawal ("the GDF has withdrawn its personnel" from the Guyana Defence Force).
            || (attribution == null || carriedOver(attribution, actor, text, s)) && outletsOwn(article, actor.side())
            || concessions.concededBy(article, s, t, actor.side()) || concessions.officerOwnForces(article, attribution, actor))) {
      polarity = Polarity.CONCEDED;
      // "Even Russian propagandists are acknowledging the city is lost," a Ukrainian said: the
      // concession is the propagandists', relayed by the speaker, whose side loses nothing.
      if (attribution != null && !sameSide(actor.side(), attribution.claimant().side())) {
        Party admits = concessions.conceder(article, s, t, actor.side());
        if (admits != null) attribution = Concessions.relayedBy(attribution, admits);
      }
    }
    // "Army spokesman X said soldiers had withdrawn from the garrison": a state's forces, unnamed,
    // losing ground in the words of a source that speaks for that state concede the loss.
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && actor == null && stateSide != null && concessions.stateForcesSubject(text, s, t)) {
      actor = Party.ofSide(speakerName(article, attribution), stateSide);
      polarity = Polarity.CONCEDED;
    }
    // "admitted that troops had withdrawn from X": a loss by no named side, admitted, is the admitter's own.
    // An admitter of no known side admits a named side's loss too ("an official acknowledged that the police had pulled out").
    boolean unsidedAdmitter = attribution == null || attribution.claimant().side() == null;
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && (actor == null || actor.side() == null || unsidedAdmitter)
        && !concessions.concessionDenied(text, s, t) && admittedBefore(text, s.start(), t.start())) {
      Party admitter = attribution != null ? SideParties.claimantAsActor(attribution) : concessions.admitter(article, s, t);
      if (attribution != null || admitter != null) {
        polarity = Polarity.CONCEDED;
        if (actor == null) actor = admitter;
      }
    }
    // "officials admit that a position above X is still held by rebels", "an officer admitted the base was
    // overrun": a taking or holding a source admits is one it would rather deny, so its own side's loss,
    // unless the taker is the admitter's own side (a claim of responsibility, not a concession): the side
    // the admitter is given, or the state a state body speaks for ("the ministry acknowledged that its
    // forces had retaken X"); an admitter of no known side is not taken to concede a state's gain.
    // The admitted clause ("that" or not: "the army concedes the rebels hold X") has a subject of its own: an actor found
    // before it ("the army" admitting) is the admitter, not the taker, unless the clause names it or speaks of it by pronoun.
    int admitted = polarity == Polarity.ASSERTED && effect == Effect.GAIN && attribution != null ? concessions.admittedFrom(text, s, t) : -1;
    if (admitted >= 0 && actor != null && !Concessions.ownSubject(text, admitted, t.start(), actor)
        && actor.name() != null && text.substring(s.start(), admitted).contains(actor.name())) {
      actor = sideParties.sidePartyIn(article, admitted, t.start(), null, false);
    }
    String admitterSide = attribution == null ? null : attribution.claimant().side() != null ? attribution.claimant().side() : stateSide;
    boolean ownGain = actor != null && actor.side() != null
        && (admitterSide != null ? sameSide(actor.side(), admitterSide) : sides.isCountry(actor.side()));
    if (polarity == Polarity.ASSERTED && effect == Effect.GAIN && attribution != null && !ownGain
        && !concessions.concessionDenied(text, s, t) && (admitted >= 0 || concessions.admittedClause(text, s, t))) {
      polarity = Polarity.CONCEDED;
    }
    // "The district administrator confirmed that the militia had entered X": an armed group's taking that an official or
    // officer of the state bears out is the state's loss, admitted, as "acknowledged" would say; a taking by a state, or one
    // confirmed by a voice of no state ("residents confirmed"), stays asserted.
    if (polarity == Polarity.ASSERTED && effect == Effect.GAIN && actor != null && actor.side() != null
        && !sides.isCountry(actor.side()) && concessions.stateVoice(article, s, attribution) && concessions.governs(confirmedThat, text, s, t)) {
      polarity = Polarity.CONCEDED;
    }
    // "the police post at X was relocated to Y": a side moves only its own post, so the move is its own
    // word unless a source of another side tells it, or onlookers ("residents said the unit at X was moved").
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && (vocabulary.contains("relocate", t.phrase()) || vocabulary.isExactly("withdrawnoun", t.phrase()))
        && (attribution == null || !concessions.onlooker(attribution.claimant()))
        && Concessions.tellerMaySpeakFor(actor, attribution)) {
      polarity = Polarity.CONCEDED;
    }
    // "our fighters withdrew from X", "we left X": a loss told in the first person is the speaker's own, conceded.
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && concessions.firstPersonSubject(text, s, t)) polarity = Polarity.CONCEDED;
    // "the ministry said its troops had withdrawn from X", "the army acknowledges that its soldiers left X", "he says
    // his men left X": a loss whose subject is the speaker's own forces, told in the speaker's words, is conceded.
    // Not in an onlooker's words: "residents said its soldiers had left X" tells of the army's loss, not theirs.
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && concessions.possessedSubject(text, s, t)
        && (attribution != null ? !concessions.onlooker(attribution.claimant()) : CONCESSION.matcher(text).region(s.start(), t.start()).find())) {
      polarity = Polarity.CONCEDED;
      if (actor == null && attribution != null) actor = SideParties.claimantAsActor(attribution);
    }
    // "the tribal fighters say they withdrew from X", "the brigade admits it has left X": a loss whose subject, right after
    // the speaker's verb, is the speaker's own pronoun is the speaker's own, conceded, whether or not the speaker's side is
    // known (a side told of by its enemy gets its name, not "they"). Not onlookers ("residents said they left X"), nor a
    // loss whose subject is the place ("the mutineers said it had fallen"), nor where another side is the loser found.
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && attribution != null && !concessions.onlooker(attribution.claimant())
        && concessions.speakerSelfBefore(text, s, t, attribution.claimant())
        && !vocabulary.isExactly("placelost", t.phrase()) && !concessions.concessionDenied(text, s, t)
        && Concessions.tellerMaySpeakFor(actor, attribution)) {
      polarity = Polarity.CONCEDED;
      if (actor == null) actor = SideParties.claimantAsActor(attribution);
    }
    // "To avoid civilian casualties, our troops withdrew from X", "police pulled back from X \"as a precaution\"": a
    // withdrawal told with a reason that excuses it is its own side's account; the enemy tells a rout, onlookers
    // no motive. Not when the teller is an onlooker or a known side other than the loser's, nor in a newspaper's own
    // voice (no source, an outlet that speaks for no state), where the reason is the writer's account.
    if (polarity == Polarity.ASSERTED && effect == Effect.LOSS && (attribution != null || stateSide != null)
        && vocabulary.first("sparing", text, s.start(), s.end()).isPresent()
        && !concessions.concessionDenied(text, s, t) && (attribution == null || !concessions.onlooker(attribution.claimant()))
        && Concessions.tellerMaySpeakFor(actor, attribution)) {
      polarity = Polarity.CONCEDED;
      if (actor == null && attribution != null) actor = SideParties.claimantAsActor(attribution);
    }
    return build(article, s, index, sentences, ClaimType.CONTROL, actor, effect, p, null, part(text, s, p),
        polarity, attribution, t.start(), confidence);
  }

  /** Whether the outlet is the side's own voice: its name names the side, or it is one of the side's state bodies. */
  private boolean outletsOwn(AnnotatedArticle article, String side) {
    return sameSide(side, article.outlet()) || side.equals(stateSides.outletSide(article));
  }

  /**
   * Whether the source is only carried over from a sentence before, this one holding no speech word of its own: "the army puts
   * its losses at five. Police had withdrawn from X." tells the police's withdrawal in the outlet's voice, not in the army's. A
   * loss naming no loser of its own ("a part of the bridgehead has been lost") is still the source's: its loser is read from
   * the source, so the source's own side.
   */
  private boolean carriedOver(ClaimantResolver.Attribution attribution, Party actor, String text, Annotations.Span s) {
    return attribution.inherited() && !Objects.equals(actor.name(), attribution.claimant().name())
        && vocabulary.first("cue", text, s.start(), s.end()).isEmpty() && !inSpeakerTurn(text, s.start());
  }

  /** Whether the paragraph holding {@code at} is a transcript's turn ("ODHIAMBO (by phone): ..."): all of it is the speaker's. */
  private static boolean inSpeakerTurn(String text, int at) {
    int paragraph = text.lastIndexOf("\n\n", at);
    return SPEAKER_TURN.matcher(text).region(paragraph < 0 ? 0 : paragraph, at).lookingAt();
  }

  /** Whether the trigger begins a going or coming back its verb's own "not" or "never" negates: "has not gone back", "never returned". */
  private boolean comebackNegated(String text, Annotations.Span s, Trigger t) {
    return vocabulary.find("comeback", text, t.start(), Math.min(s.end(), t.start() + 24)).stream().anyMatch(h -> h.start() == t.start())
        && VERB_NEGATED.matcher(text).region(Math.max(s.start(), t.start() - 24), t.start()).find();
  }

  /** Who admits, in a clause after the trigger pointing back to its claim ("which X has conceded"), or {@code null}; none when the admission is denied. */
  private Party trailingAdmitter(AnnotatedArticle article, Annotations.Span s, Trigger t) {
    // The first clause pointing back after the trigger is the one about its claim ("holds X, which the army denies, and Y, which it concedes").
    Matcher back = POINTING_BACK_CLAUSE.matcher(article.text()).region(t.end(), s.end());
    if (!back.find()) return null;
    Matcher m = trailingAdmission.matcher(article.text()).region(back.start(), s.end());
    if (!m.lookingAt() || vocabulary.contains("negation", m.group(1))) return null;
    String words = m.group(1).strip();
    if (words.endsWith(",")) words = words.substring(0, words.length() - 1);
    Party known = sideParties.sidePartyIn(article, m.start(1), m.end(1), null, true);
    return Party.ofSide(words, known == null ? null : known.side());
  }

  /**
   * Who admits, in a clause of its own after the claim, a pulling out from the claim's place ("rebels took X; the army
   * admits a tactical withdrawal"), or {@code null}. A roundup tells the taking, then the loser's word on it: the admission
   * names no place, so it is about the one just told. Not the taker's own ("rebels took X, and they admit leaving it"
   * tells their later loss, not a concession of the taking), nor when the clause names a place of its own.
   */
  private Party pullOutAdmitter(AnnotatedArticle article, Annotations.Span s, Trigger t, PlaceMention p, Claim c, List<PlaceMention> places) {
    Matcher m = admittedPullOut.matcher(article.text()).region(Math.max(t.end(), p.mention().end()), s.end());
    if (!m.find() || vocabulary.contains("negation", m.group())) return null;
    Matcher end = CLAUSE_END.matcher(article.text()).region(m.end(), s.end());
    int clauseEnd = end.find() ? end.start() : s.end();
    // "admits leaving Y" is about Y; "admits leaving the town" pointing back to the claim's place is about it.
    if (places.stream().anyMatch(o -> o.mention().start() >= m.start() && o.mention().start() < clauseEnd
        && !o.ref().entityId().equals(p.ref().entityId()))) return null;
    // The admitter is read as the one who pulled out, so a bare "the army" is the home state's, as an actor would be.
    Party known = sideParties.sidePartyIn(article, m.start(1), m.end(1), null, false);
    String side = known == null ? null : known.side();
    if (c.actorSide() != null && (side == null || sameSide(c.actorSide(), side)) == (c.effect() == Effect.GAIN)) return null;
    return Party.ofSide(LEADING_THE.matcher(m.group(1).strip()).replaceFirst(""), side);
  }

  /**
   * Who a taking says lost the place, in the taking's own words: the side it drove out ("drove the rebels out of X"),
   * the side it was taken from ("retook X from the militia"), the side that left it in a relative clause on it ("took X,
   * which the gang had vacated"), a side fleeing in a clause joined to it ({@link
   * #fledAfter}, {@link #fledBefore}) or ousted in one ({@link #oustedAfter}); {@code null} when the text names no
   * fighting people so.
   */
  private Party loserOf(AnnotatedArticle article, Annotations.Span s, Trigger t, PlaceMention p, List<PlaceMention> places,
      ClaimantResolver.Attribution attribution) {
    String text = article.text();
    Matcher ousted = OUSTED.matcher(text).region(t.start(), t.end());
    if (ousted.matches()) return forceParty(article, ousted.start(1), ousted.end(1), attribution);
    int listed = Math.max(t.end(), listEnd(text, p, places, s.end()));
    Matcher when = TIME_BEFORE_LOSER.matcher(text).region(listed, s.end());
    if (when.lookingAt()) listed = when.end();
    Matcher from = (vocabulary.isExactly("clearverb", t.phrase().toLowerCase(Locale.ROOT)) ? CLEARED_OF : TAKEN_FROM).matcher(text).region(listed, s.end());
    if (from.lookingAt() && places.stream().noneMatch(q -> q.mention().start() < from.end(1) && from.start(1) < q.mention().end())) {
      Party party = forceParty(article, from.start(1), from.end(1), attribution);
      if (party != null) return party;
    }
    Matcher which = leftWhich.matcher(text).region(listEnd(text, p, places, s.end()), s.end());
    if (which.lookingAt()) {
      int group = which.start(1) >= 0 ? 1 : 2;
      Party party = forceParty(article, which.start(group), which.end(group), attribution);
      if (party != null) return party;
    }
    Party after = fledAfter(article, s, t, p, places, attribution);
    if (after == null) after = oustedAfter(article, s, t, p, places, attribution);
    return after != null ? after : fledBefore(article, s, t, p, places, attribution);
  }

  /**
   * "held X for hours before withdrawing", "entered X and pulled out": a leaving with no subject of its own, right after
   * a joint, is by the subject of the taking it is joined to; {@code null} when none is before it or it names no one.
   */
  private Party takerLeaving(AnnotatedArticle article, Annotations.Span s, Trigger t, ClaimantResolver.Attribution attribution,
      List<Trigger> triggers) {
    if (!SUBJECTLESS_JOINT.matcher(article.text()).region(Math.max(s.start(), t.start() - 30), t.start()).find()) return null;
    Trigger taking = null;
    for (Trigger o : triggers) if (o.kind() == Kind.GAIN && o.end() <= t.start() && o.start() >= s.start()) taking = o;
    return taking == null ? null : actorBefore(article, s, taking, attribution, triggers);
  }

  /**
   * Where the list a place opens ends ("took X, Y and other villages", "X and the nearby hamlet of
   * Y"): past its last place and an unnamed rest after it.
   */
  private static int listEnd(String text, PlaceMention p, List<PlaceMention> places, int limit) {
    int end = p.mention().end();
    for (boolean more = true; more; ) {
      more = false;
      for (PlaceMention q : places) {
        if (q.mention().start() > end && LIST_JOINT.matcher(text).region(end, q.mention().start()).matches()) {
          end = q.mention().end();
          more = true;
        }
      }
    }
    Matcher rest = LIST_REST.matcher(text).region(end, limit);
    return rest.lookingAt() ? rest.end() : end;
  }

  /**
   * "took over X and chased the police out": the side a clause joined to a taking ousts, with no place of its own, lost it
   * ("and drove out the soldiers from Y": they lost Y).
   */
  private Party oustedAfter(AnnotatedArticle article, Annotations.Span s, Trigger t, PlaceMention p, List<PlaceMention> places,
      ClaimantResolver.Attribution attribution) {
    Matcher m = oustedClause.matcher(article.text()).region(Math.max(t.end(), p.mention().end()), s.end());
    if (!m.lookingAt()) return null;
    int group = m.start(1) >= 0 ? 1 : 2;
    Matcher from = OUSTED_FROM.matcher(article.text()).region(m.end(group), s.end());
    if (from.lookingAt() && places.stream().anyMatch(q -> q.mention().start() == from.end())) return null;
    return forceParty(article, m.start(group), m.end(group), attribution);
  }

  /**
   * "the attackers withdrew before dawn and the army still holds X", "after the soldiers fled, the militia entered X": a
   * side fleeing in a clause joined before a taking by a subject of its own left the place taken; {@code null} when a
   * place stands between (the flight's own), the taking's subject names no fighting people or the fleeing side.
   */
  private Party fledBefore(AnnotatedArticle article, Annotations.Span s, Trigger t, PlaceMention p, List<PlaceMention> places,
      ClaimantResolver.Attribution attribution) {
    if (p.mention().start() < t.start()) return null;
    String text = article.text();
    Matcher m = fledBeforeClause.matcher(text).region(s.start(), t.start());
    if (!m.find() || places.stream().anyMatch(q -> q.mention().start() >= m.start(1) && q.mention().start() < t.start())) return null;
    Party fled = forceParty(article, m.start(1), m.end(1), attribution);
    Party taker = forceParty(article, m.start(3), m.end(3), attribution);
    return fled == null || taker == null || fled.name().equalsIgnoreCase(taker.name()) ? null : fled;
  }

  /**
   * "retook X after the rebels fled", "had retaken X and that the WLF had fled into the forest": a
   * side fleeing or leaving in a clause joined to a taking, with no place of its own, left the place
   * taken; {@code null} when the flight has a place of its own ("fled Y", "withdrew from Y") or its
   * subject names no fighting people ("after residents fled").
   */
  private Party fledAfter(AnnotatedArticle article, Annotations.Span s, Trigger t, PlaceMention p, List<PlaceMention> places,
      ClaimantResolver.Attribution attribution) {
    String text = article.text();
    Matcher m = fledClause.matcher(text).region(Math.max(t.end(), p.mention().end()), s.end());
    if (!m.lookingAt()) return null;
    Matcher own = FLIGHT_OBJECT.matcher(text).region(m.end(), s.end());
    if (own.lookingAt() && places.stream().anyMatch(q -> q.mention().start() == own.end() && !q.ref().entityId().equals(p.ref().entityId()))) return null;
    return forceParty(article, m.start(1), m.end(1), attribution);
  }

  /** The side of a phrase naming fighting people ("the cartel", "Hill clan fighters", "soldiers"), or {@code null}. */
  private Party forceParty(AnnotatedArticle article, int from, int to, ClaimantResolver.Attribution attribution) {
    String text = article.text();
    Party named = sideParties.sidePartyIn(article, from, to, attribution, false);
    if (named != null) return named;
    String words = text.substring(from, to);
    return vocabulary.contains("groupnoun", words) || vocabulary.contains("opponent", words) || vocabulary.contains("stateforce", words)
        || vocabulary.contains("groupword", words) || vocabulary.contains("armedword", words)
        ? Party.ofSide(LEADING_THE.matcher(QUOTE_MARK.matcher(words).replaceAll("")).replaceFirst(""), null) : null;
  }

  /**
   * "X was seized by A in 2015 and recaptured by B", "A held X for months before the army retook it": a taking back,
   * joined to an earlier taking or holding of the same place by another side, took the place from that side. The earlier
   * subject need not have a known side ("the fighters held X for a day before troops retook it"): a taking back is from
   * someone else. Only a verb of taking back says so: "held X until the army re-entered it" tells no loss.
   */
  private Party retakenFrom(AnnotatedArticle article, Annotations.Span s, Trigger t, Claim c, PlaceMention p, Map<Trigger, List<PlaceMention>> assigned,
      Map<Trigger, Party> takerOf, ClaimantResolver.Attribution attribution) {
    if (c.polarity() != Polarity.ASSERTED || c.actorSide() == null || !vocabulary.isExactly("retakeverb", t.phrase().toLowerCase(Locale.ROOT))) return null;
    String text = article.text();
    Trigger earlier = null;
    Party holder = null;
    for (Map.Entry<Trigger, List<PlaceMention>> e : assigned.entrySet()) {
      Trigger o = e.getKey();
      if (o.kind() != Kind.GAIN || o.end() > t.start() || o.start() < s.start() || earlier != null && o.start() < earlier.start()
          || e.getValue().stream().noneMatch(q -> q.ref().entityId().equals(p.ref().entityId()))
          || !RETAKE_JOINT.matcher(text).region(o.end(), t.start()).find() || RELATIVE_WORD.matcher(text).region(o.end(), t.start()).find()) continue;
      // The earlier side must be named in the sentence before the taking back, not lent by the teller or the report.
      Party taker = takerOf.get(o);
      if (taker == null || taker.side() == null || !namedBefore(text, s, t, taker)) taker = subjectBefore(article, s, o, attribution);
      if (taker == null || !namedBefore(text, s, t, taker) || taker.side() != null && sameSide(taker.side(), c.actorSide())
          || taker.side() == null && c.actor() != null && taker.name().equalsIgnoreCase(c.actor().name())) continue;
      earlier = o;
      holder = taker;
    }
    return holder;
  }

  private static boolean namedBefore(String text, Annotations.Span s, Trigger t, Party p) {
    if (p.name() == null) return false;
    int at = text.indexOf(p.name(), s.start());
    return at >= 0 && at + p.name().length() <= t.start();
  }

  /**
   * The fighting people named as the subject of {@code o} in its own clause, known side or not: "the fighters" in "the
   * fighters held the town for a day".
   */
  private Party subjectBefore(AnnotatedArticle article, Annotations.Span s, Trigger o, ClaimantResolver.Attribution attribution) {
    String text = article.text();
    int from = Math.max(s.start(), o.start() - 60);
    Matcher speech = speechBreak.matcher(text).region(from, o.start());
    while (speech.find()) from = speech.end();
    Matcher mark = CLAUSE_MARK.matcher(text).region(from, o.start());
    while (mark.find()) from = mark.end();
    int to = o.start();
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
    return from < to ? forceParty(article, from, to, attribution) : null;
  }

  /** The loss that a taking tells of its loser: the taking's claim with the loser as actor. */
  private static Claim lossBy(Claim gain, Party loser) {
    String id = Claim.idOf(gain.articleId(), gain.evidenceStart(), gain.evidenceEnd(), ClaimType.CONTROL, gain.id() + "|loss");
    return new Claim(id, gain.articleId(), ClaimType.CONTROL, loser, Effect.LOSS, gain.place(), gain.part(), null, gain.polarity(),
        gain.modality(), gain.hedges(), gain.eventTime(), gain.claimant(), gain.outlet(), gain.reportTime(), gain.citations(),
        gain.evidenceStart(), gain.evidenceEnd(), gain.sentence(), Math.max(0.05, gain.confidence() - 0.05), null);
  }

  /** Whether {@code later} opens a clause of "after" on {@code earlier}, its subject a few words at most: "left X after it was shot at". */
  private static boolean afterClause(String text, Trigger earlier, Trigger later) {
    return later.start() > earlier.end() && AFTER_SUBJECT.matcher(text).region(earlier.end(), later.start()).find();
  }

  /** Whether two side names are one: equal, or one the initials of the other ("GDF", "Guyana Defence Force"). */
  static boolean sameSide(String a, String b) {
    if (a == null || b == null) return false;
    return a.equals(b) || initialsOf(a, b) || initialsOf(b, a);
  }

  private static boolean initialsOf(String acronym, String name) {
    if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) return false;
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("\\s+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
    return initials.length() > 1 && initials.toString().equals(acronym);
  }

  /**
   * "had entered the city but had never controlled it": a move into a place that the same clause
   * says came to no control is no gain (the denial is the claim, read by its own trigger).
   */
  private boolean gainDeniedAfter(String text, Annotations.Span s, Trigger t) {
    Matcher but = BUT_NEVER.matcher(text).region(t.end(), s.end());
    if (!but.find()) return false;
    return vocabulary.find("gain", text, but.end(), Math.min(s.end(), but.end() + 30)).stream().anyMatch(h -> h.start() == but.end());
  }

  private Claim attack(AnnotatedArticle article, Annotations.Span s, int index, List<Annotations.Span> sentences,
      Trigger t, PlaceMention p, ClaimantResolver.Attribution attribution, List<Trigger> triggers, boolean repelled, String stateSide) {
    String text = article.text();
    Party attacker = attacker(article, s, triggers, attribution);
    if (attacker == null && stateSide != null && t.kind() == Kind.ATTACK && concessions.ownSideSubject(text, s, t)) {
      attacker = Party.ofSide(speakerName(article, attribution), stateSide);
    }
    // "Cells of the X organisation took advantage of the lull and attacked": an attacking verb's subject
    // may stand further back in its clause, found as a taker's is; a passive's subject is what was attacked.
    if (attacker == null && t.kind() == Kind.ATTACK && !PASSIVE_AUX.matcher(text).region(s.start(), t.start()).find()) {
      attacker = actorBefore(article, s, t, attribution, triggers);
    }
    if (repelled) attacker = repelledAttacker(article, s, triggers, attribution, attacker, stateSide);
    Quantity count = attackCount(text, s, triggers);
    double confidence = attacker == null ? 0.7 : 0.9;
    Polarity polarity = negated(text, s, t) ? Polarity.DENIED : Polarity.ASSERTED;
    // The speaker's own people or units the ones hit: the attack is its concession, and the speaker's side not the attacker.
    if (polarity == Polarity.ASSERTED && attribution != null && sufferedBySpeaker(text, s, t, stateSide, attribution.claimant())) {
      polarity = Polarity.CONCEDED;
      if (attacker != null && (stateSide != null && sameSide(attacker.side(), stateSide) || namedWithin(attacker, attribution.claimant()))) attacker = null;
    }
    return build(article, s, index, sentences, ClaimType.ATTACK, attacker, repelled ? Effect.LOSS : Effect.GAIN, p,
        count, null, polarity, attribution, t.start(), confidence);
  }

  /**
   * Who made an attack the sentence tells fended off. A side the attack's own words name other than the repeller's
   * stands ("repelled Russian attacks", "an attack by X"); otherwise the one who repelled it is not the attacker but
   * its foe: "its troops beat back an assault", "the attack was repelled by the army" (a state repelling) have the armed
   * group the report speaks of attack. {@code null} when the repeller or its foe is not known: the repeller read as
   * attacker would put the attack on the wrong side.
   */
  private Party repelledAttacker(AnnotatedArticle article, Annotations.Span s, List<Trigger> triggers,
      ClaimantResolver.Attribution attribution, Party found, String stateSide) {
    Trigger repel = triggers.stream().filter(t -> t.kind() == Kind.REPEL).findFirst().orElse(null);
    if (repel == null) return found;
    String repeller = repellerSide(article, s, repel, attribution, stateSide);
    if (repeller == null) return found;
    if (found != null && found.side() != null && !sameSide(found.side(), repeller)) return found;
    String foe = foeOf(article, repeller, repel.start());
    return foe == null ? null : Party.ofSide(foe, foe);
  }

  /** The side that repelled: a passive's agent, else the subject of the repelling verb, else the speaker's side. */
  private String repellerSide(AnnotatedArticle article, Annotations.Span s, Trigger repel, ClaimantResolver.Attribution attribution,
      String stateSide) {
    Party p = passive(article.text(), repel) ? passiveAgent(article, s, repel, attribution)
        : firstVerbSubject(article, s, s.start(), repel.start(), attribution);
    if (p != null && p.side() != null) return p.side();
    Party speaker = attribution == null ? null : SideParties.claimantAsActor(attribution);
    return speaker != null && speaker.side() != null ? speaker.side() : stateSide;
  }

  /**
   * Whom {@code side} fights in this report: for a state, the armed group named last before {@code at}, else the one
   * the report names, else the one that claimed the attack; for generic opponents, the side they oppose.
   */
  private String foeOf(AnnotatedArticle article, String side, int at) {
    String opposed = GroupNames.opposedTo(side);
    if (opposed != null) return opposed;
    // A group fends off a state, but which state the report's home-country guesses do not tell reliably enough.
    if (!sides.isCountry(side)) return null;
    String text = article.text();
    String last = groups.lastGroup(text, at);
    if (last != null && !sameSide(last, side)) return last;
    String only = groups.onlyGroupBut(text, side);
    if (only == null) only = groups.claimedBy(text, at);
    return only != null && !sameSide(only, side) ? only : null;
  }

  /**
   * Whether the attack's clause tells the speaker suffering it: "the army confirmed that the convoy had been attacked",
   * "admits that one of its patrols came under fire" (an admission governing a passive, or "come under", whose subject
   * names no one by name: the speaker's own, by "its"/"their"/"our" or as the state's spokesman telling of its own people),
   * or "says three of its men were wounded when gunmen ambushed", "says it lost two men when a bomb hit its convoy" (the
   * speaker's own dead or wounded, the attack the clause saying when).
   */
  private boolean sufferedBySpeaker(String text, Annotations.Span s, Trigger t, String stateSide, Party speaker) {
    int back = Math.max(s.start(), t.start() - 150);
    Matcher admitted = ADMITTED_PASSIVE.matcher(text).region(back, t.start());
    // "confirms that a missile was fired at the post": a passive whose verb goes on to what was hit has the weapon for subject.
    if (admitted.find() && (admitted.group("aux") != null && !AIMED_AT.matcher(t.phrase()).find() || undergo.matcher(t.phrase()).lookingAt())) {
      String subject = admitted.group("subject");
      // "the army confirmed that a rebel camp was bombed": a subject of the armed groups it fights is the foe, not the
      // state's own people, unless "its"/"their"/"our" makes it the speaker's.
      if (!NAME_WORD.matcher(subject).find() && (SPEAKER_POSSESSIVE.matcher(subject).find()
          || (stateSide != null || stateSpeaker(speaker)) && !foeWord(subject))) return true;
    }
    // "residents said their sons were killed when soldiers raided X" accuses: only a state speaker's people ("three of its
    // members") or another speaker's armed men lost concede.
    Matcher loss = OWN_LOSS_WHEN.matcher(text).region(back, t.start());
    if (!loss.find()) return false;
    String lost = text.substring(loss.start(), loss.start("when"));
    return stateSide != null || stateSpeaker(speaker) || vocabulary.contains("ownsideforce", lost) || vocabulary.contains("forceone", lost);
  }

  /** Whether words name an armed group fought by the state ("rebel", "militants", "terrorist"). */
  private boolean foeWord(String words) {
    return vocabulary.contains("faction", words) || vocabulary.contains("armedword", words);
  }

  /** Whether a speaker is named as a state's institution or force ("the army", "a navy spokesman"). */
  private boolean stateSpeaker(Party speaker) {
    String words = speaker.name() + " " + Objects.toString(speaker.description(), "");
    return vocabulary.contains("statenoun", words) || vocabulary.contains("stateforce", words);
  }

  private List<Claim> quantityClaims(AnnotatedArticle article, Annotations.Span s, int index,
      List<Annotations.Span> sentences, List<PlaceMention> places, ClaimantResolver.Attribution attribution,
      List<Trigger> triggers, State state, String stateSide) {
    Set<String> countries = state.countries;
    List<Claim> out = new ArrayList<>();
    List<Quantities.Found> found = quantities.find(article.text(), s.start(), s.end());
    if (!found.isEmpty()) {
      places = new ArrayList<>(places);
      for (PlaceFallback.Found f : fallback.located(article, s.start(), s.end(), countries)) {
        PlaceReferences.addUnlessCovered(places, PlaceMention.of(f));
      }
    }
    boolean previousOwn = false;
    boolean carried = !found.isEmpty() && ownCountBefore(article.text(), s, index, sentences, attribution, state)
        && refersBack(article.text(), s, found.get(0));
    int previousEnd = -1;
    for (Quantities.Found q : found) {
      // "The army says it lost four soldiers; the rebels claim 17": a count after another voice's account is not carried on.
      if (previousOwn && anotherVoice(article.text(), previousEnd, q.start(), "accountverb")) previousOwn = false;
      if (sourceCount.matcher(article.text()).region(q.start() + q.quantity().text().length(), s.end()).lookingAt()) continue;
      if (countedSpeaker(article.text(), s, q)) continue;
      PlaceMention nearest = places.stream()
          .filter(p -> !NOT_HELD.contains(p.featureCode()))
          .filter(p -> !Locators.referencePoint(article.text(), s.start(), p.mention().start()))
          .min(Comparator.comparingInt(p -> Math.abs(p.mention().start() - q.start()))).orElse(null);
      if (nearest != null && Math.abs(nearest.mention().start() - q.start()) > 140) nearest = null;
      String side = q.sideWords() == null ? null : sides.sideOf(q.sideWords());
      Party actor = side == null ? null : Party.ofSide(q.sideWords(), side);
      if (actor == null) actor = countedSide(article, q);
      if (actor == null) {
        String group = groups.countedOpponents(q.quantity().unit(), article.text(), q.start(),
            attribution == null ? stateSide : attribution.claimant().side());
        // "The LNA says it killed 43 rebels": the speaker, under any of its names, counts its opponents.
        if (group != null && attribution != null && sameSide(group, attribution.claimant().name())) group = null;
        // Named by the whole count ("17 militants"), not the bare noun a later pass reads as "the group named last".
        if (group != null) actor = Party.ofSide(q.quantity().text(), group);
      }
      Polarity polarity = negated(article.text(), s, new Trigger(q.start(), q.end(), q.quantity().text(), Kind.GAIN))
          ? Polarity.DENIED : Polarity.ASSERTED;
      if (polarity == Polarity.ASSERTED && admittedBefore(article.text(), s.start(), q.start())) {
        polarity = Polarity.CONCEDED;
      }
      boolean casualties = "casualties".equals(q.quantity().category()) || "troops".equals(q.quantity().category());
      boolean own = casualties && polarity == Polarity.ASSERTED && (ownCount(article.text(), s, q, speakerState(article, attribution, stateSide, q))
          || (previousOwn || carried && q == found.get(0)) && elliptical(q.quantity()) || ownLosses.own(article.text(), s.start(), s.end(), q)
          || stateVoiceCount(article, s, q, attribution, actor));
      if (own) {
        polarity = Polarity.CONCEDED;
        if (actor == null && stateSide != null) actor = Party.ofSide(speakerName(article, attribution), stateSide);
      }
      // "Somaliland's army chief said the army had lost nine soldiers": people of the claimant's own side counted dead
      // or wounded by it are its own losses, whoever the words name them as; not those it says it killed.
      if (polarity == Polarity.ASSERTED && "casualties".equals(q.quantity().category()) && ownSideCounted(article.text(), s, q, actor, attribution)) {
        polarity = Polarity.CONCEDED;
        own = true;
      }
      previousOwn = own || polarity == Polarity.CONCEDED && casualties;
      if (casualties) state.ownCountSentence = previousOwn ? index : -1;
      previousEnd = q.end();
      // "About 1,500 people live in X": how many live somewhere is the writer's background, not the last speaker's word.
      boolean residents = attribution != null && attribution.inherited()
          && resideAfter.matcher(article.text()).region(q.end(), s.end()).lookingAt();
      out.add(build(article, s, index, sentences, ClaimType.QUANTITY, actor, Effect.NONE, nearest, q.quantity(), null,
          polarity, residents ? null : attribution, q.start(), 0.85));
    }
    return out;
  }

  /**
   * "On our side, six soldiers fell. Nine others were wounded.": a count the sentence before ended on the speaker's own
   * people carries on into this one, in the same paragraph and the same voice (no new source named here).
   */
  private static boolean ownCountBefore(String text, Annotations.Span s, int index, List<Annotations.Span> sentences,
      ClaimantResolver.Attribution attribution, State state) {
    if (index == 0 || state.ownCountSentence != index - 1 || attribution != null && !attribution.inherited()) return false;
    return !text.substring(sentences.get(index - 1).end(), s.start()).contains("\n\n");
  }

  /**
   * Whether a verb of one of {@code classes} opens another voice in {@code text[from, to)}: "; the rebels claim", "and
   * JNIM says". A clause break alone keeps the voice ("we regret the loss of three soldiers; a further eight were
   * wounded"), and so does a verb joined by "and" ("acknowledged the loss of six soldiers and said 11 others were wounded").
   */
  private boolean anotherVoice(String text, int from, int to, String... classes) {
    return Arrays.stream(classes).flatMap(c -> vocabulary.find(c, text, from, to).stream())
        .anyMatch(h -> !SAME_SUBJECT_VERB.matcher(text).region(from, h.start()).find());
  }

  /**
   * Whether an admission before {@code at} in its sentence governs it: "the army admits 14 dead", not when another
   * speaker's account comes between ("the army admits seven dead; a medic says nine"), whose figures are that account's.
   * A verb joined by "and" goes on in the admitter's voice ("acknowledged ... and said").
   */
  private boolean admittedBefore(String text, int from, int at) {
    Matcher m = CONCESSION.matcher(text).region(from, at);
    int end = -1;
    while (m.find()) end = m.end();
    return end >= 0 && !anotherVoice(text, end, at, "speech", "accountverb");
  }

  /**
   * Whether the side counted is the claimant's own, known on both, in the claimant's words here (a source carried on from
   * before may no longer be speaking: "IS fighters killed four SDF fighters" after an SDF statement is the writer's), and
   * the claimant's side did not kill them.
   */
  private boolean ownSideCounted(String text, Annotations.Span s, Quantities.Found q, Party counted, ClaimantResolver.Attribution attribution) {
    if (counted == null || counted.side() == null || attribution == null || attribution.inherited() || attribution.claimant().side() == null) return false;
    if (!sameSide(counted.side(), attribution.claimant().side()) || concessions.onlooker(attribution.claimant())) return false;
    return !SPEAKER_KILLED.matcher(text).region(Math.max(s.start(), q.start() - 60), q.start()).find()
        && !claimContent.matcher(text).region(Math.max(s.start(), q.start() - 60), q.start()).find();
  }

  /**
   * Whether a sentence's first count can only be of people named before it: "Nine others were wounded", "Twenty-three
   * wounded were evacuated" (no noun of its own, opening the sentence). "The hospital treated 19 wounded soldiers" counts
   * whoever the hospital saw.
   */
  private static boolean refersBack(String text, Annotations.Span s, Quantities.Found q) {
    return OTHERS.matcher(q.quantity().text()).find() || text.substring(s.start(), q.start()).isBlank();
  }

  private boolean countedSpeaker(String text, Annotations.Span s, Quantities.Found q) {
    String unit = q.quantity().unit();
    String kind = unit == null ? null : vocabulary.unitCategory(unit.toLowerCase(Locale.ROOT));
    if (("people".equals(kind) || "troops".equals(kind))
        && sourcing.matcher(text).region(Math.max(s.start(), q.start() - 20), q.start()).useTransparentBounds(true).find()) return true;
    String after = text.substring(q.end(), Math.min(s.end(), q.end() + 2));
    return (after.isBlank() || after.charAt(0) == ',' || after.charAt(0) == '.')
        && speechBefore.matcher(text).region(Math.max(s.start(), q.start() - 15), q.start()).useTransparentBounds(true).find();
  }

  /**
   * Whose people a count with no side word counts, by its noun: "19 bandits" are bandits, "four
   * police officers" the home state's (see {@link StateSides#forceSide}); else {@code null}.
   */
  private Party countedSide(AnnotatedArticle article, Quantities.Found q) {
    String unit = q.quantity().unit();
    if (unit == null) return null;
    String own = groups.nounSide(unit);
    if (own != null) return Party.ofSide(unit, own);
    if (!vocabulary.isExactly("stateforce", unit.toLowerCase(Locale.ROOT))) return null;
    String side = stateSides.forceSide(article, unit.toLowerCase(Locale.ROOT), q.start());
    return side == null ? null : Party.ofSide(unit, side);
  }

  /**
   * Whether a casualty count is of the speaker's own people: marked so ("on our side", "its own
   * losses at", "11 of our soldiers"), or a state's forces ("11 soldiers") counted by a source
   * that speaks for that state, with no other side named on the count and no "enemy" before it.
   */
  private boolean ownCount(String text, Annotations.Span s, Quantities.Found q, String speaker) {
    int from = Math.max(s.start(), q.start() - 50);
    int clause = text.lastIndexOf(';', q.start());
    if (clause >= from) from = clause + 1;
    String before = text.substring(from, q.start());
    String after = text.substring(q.end(), Math.min(s.end(), q.end() + 12));
    if (vocabulary.contains("ownmarker", before) || OF_OUR.matcher(after).lookingAt() || ownedToll(text, s, q)) return true;
    String unit = q.quantity().unit();
    if (!"casualties".equals(q.quantity().category()) || unit == null) return false;
    if (!vocabulary.isExactly("ownforce", unit.toLowerCase(Locale.ROOT)) && !forceMembers(text, q, s.end())) return false;
    if (!sides.isCountry(speaker) || ENEMY.matcher(before).find()) return false;
    String counted = q.sideWords() == null ? null : sides.sideOf(q.sideWords());
    return counted == null || counted.equals(speaker);
  }

  /**
   * "A military source said two soldiers were killed", "police say three officers died", "Colonel X said one soldier died":
   * a state's forces counted bare by a source that speaks as a state institution, or an officer by rank, whose state the
   * report leaves unsaid are that state's own, as a state body counts the enemy under the enemy's name ("militants",
   * "Kyrgyz soldiers"), not under its own forces' bare nouns. A source whose side no list knows (the resolver made it of
   * the source's own name or acronym) is taken as of no side: a state body by its name ("the National Guard", "the Coastal
   * Military Police (CMP)") is such a source too. Not when the count's side is a group, another side is named on the count,
   * "enemy" stands before it, the speaker's side killed them ("it killed three soldiers"), or the count is the content of
   * another's claim ("denied the group's claim that four soldiers were killed").
   */
  private boolean stateVoiceCount(AnnotatedArticle article, Annotations.Span s, Quantities.Found q,
      ClaimantResolver.Attribution attribution, Party counted) {
    if (attribution == null || concessions.onlooker(attribution.claimant())) return false;
    Party speaker = attribution.claimant();
    // A side the lists know speaks for itself; one the resolver made of the source's own name or acronym ("the Northern
    // Command", "NFC") is no side.
    if (speaker.side() != null && (sides.isCountry(speaker.side()) || sides.isListedGroup(speaker.side()))) return false;
    String unit = q.quantity().unit();
    if (!"casualties".equals(q.quantity().category()) || unit == null || q.sideWords() != null) return false;
    if (!vocabulary.isExactly("ownforce", unit.toLowerCase(Locale.ROOT)) && !forceMembers(article.text(), q, s.end())) return false;
    if (counted != null && counted.side() != null && !sides.isCountry(counted.side())) return false;
    if (ENEMY.matcher(article.text()).region(s.start(), q.start()).find()
        || SPEAKER_KILLED.matcher(article.text()).region(Math.max(s.start(), q.start() - 60), q.start()).find()
        || claimContent.matcher(article.text()).region(Math.max(s.start(), q.start() - 60), q.start()).find()) return false;
    return concessions.speaksForState(article, s, speaker);
  }

  /**
   * "The army's own figure was six", "the southern forces' toll stands at 14 dead", "its toll of nine
   * soldiers": a toll a force owns, or any side's "own" toll, counts its own losses when the count names
   * no one else's people (no noun, the dead, or a force's own: "soldiers", "officers"). Another toll
   * ("the hospital's figure", "the rebels' figure", "its toll of 30 soldiers") may count anyone.
   */
  private boolean ownedToll(String text, Annotations.Span s, Quantities.Found q) {
    Matcher toll = OWNED_TOLL.matcher(text).region(Math.max(s.start(), q.start() - 80), q.start());
    if (!toll.find()) return false;
    // "its own toll of four fighters": whoever they are, "own" makes them the owner's.
    if (toll.group(2) != null) return true;
    String unit = q.quantity().unit();
    if (unit != null && !vocabulary.isExactly("ownforce", unit.toLowerCase(Locale.ROOT)) && !"casualties".equals(vocabulary.unitCategory(unit))) return false;
    // "the army's figure of 300 RSF dead": the count names another side.
    if (q.sideWords() != null && sides.sideOf(q.sideWords()) != null) return false;
    String owner = toll.group(1);
    return owner != null && (!vocabulary.find("stateforce", owner, 0, owner.length()).isEmpty()
        || !vocabulary.find("staterole", owner, 0, owner.length()).isEmpty());
  }

  /**
   * The state whose own forces a sentence's voice counts: its side when that is a country; for a
   * state body under its own name ("Interior Ministry", "the Public Security Ministry (SSP)") the
   * state it stands for; with no side, the outlet's state when the outlet is a state body (a
   * communique's own voice, a spokesman it quotes); {@code null} for an armed group or a voice of
   * no known side.
   */
  private String speakerState(AnnotatedArticle article, ClaimantResolver.Attribution attribution, String side, Quantities.Found q) {
    int at = q.start();
    if (side == null) {
      String outlet = stateSides.outletSide(article);
      if (outlet != null || attribution == null || q.quantity().unit() == null || !concessions.officer(article.text(), attribution.claimant().name())) return outlet;
      return stateSides.forceSide(article, q.quantity().unit().toLowerCase(Locale.ROOT), at);
    }
    if (sides.isCountry(side) || sides.isListedGroup(side)) return side;
    String institution = stateSides.bareStateBody(side);
    if (institution == null) institution = stateSides.bareStateBody(Acronyms.spelledOut(article.text(), side));
    return institution == null ? side : stateSides.stateOf(article, institution, at);
  }

  /** "seven members of the security forces": people counted as part of a state force named right after them. */
  private boolean forceMembers(String text, Quantities.Found q, int end) {
    if (!q.quantity().unit().toLowerCase(Locale.ROOT).startsWith("member")) return false;
    Matcher of = MEMBERS_OF.matcher(text).region(q.end(), end);
    return of.lookingAt() && vocabulary.find("stateforce", text, of.end(), Math.min(end, of.end() + 30)).stream()
        .anyMatch(h -> text.substring(of.end(), h.start()).matches("[\\p{L} ]*"));
  }

  /** Who says a sentence: its source, else the outlet. */
  private static String speakerName(AnnotatedArticle article, ClaimantResolver.Attribution attribution) {
    return attribution == null ? article.outlet() : attribution.claimant().name();
  }

  /** "and 20 wounded", "three others were wounded": a count of people named by the count before it. */
  private boolean elliptical(Quantity q) {
    return q.unit() == null || "casualties".equals(vocabulary.unitCategory(q.unit())) || OTHERS.matcher(q.text()).find();
  }

  /**
   * Where the sentence's statement is, for finding who makes it: its first trigger word. A denial in
   * a clause of its own after a statement ("Residents say soldiers killed two men there, which the army
   * denies", "Villagers accuse the police of X; the police deny it") answers that statement, whose
   * event words may be no trigger (a killing, an accusation): the statement is what precedes the
   * denial's clause, and the denier is not its source.
   */
  private int statementAnchor(String text, Annotations.Span s, List<Trigger> triggers) {
    if (triggers.isEmpty()) return s.start();
    Trigger first = triggers.get(0);
    if (first.kind() != Kind.DENIAL) return first.start();
    Matcher apposed = apposedDenial.matcher(text).region(s.start(), first.start());
    if (!apposed.find()) return first.start();
    int end = apposed.start();
    while (end > s.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
    return end > s.start() ? end - 1 : first.start();
  }

  private List<Claim> denials(AnnotatedArticle article, Annotations.Span s, int index, List<Trigger> denials,
      List<Claim> here, ClaimantResolver.Attribution attribution, State state, Map<String, Integer> anchors) {
    String text = article.text();
    List<Claim> out = new ArrayList<>();
    Trigger denial = denials.get(0);
    Party denier = denierOf(article, s, denial, attribution);
    int clauseEnd = reachOf(text, s, denial);
    Matcher object = deniedObject.matcher(text).region(denial.end(), clauseEnd);
    Matcher pronoun = DENIED_PRONOUN.matcher(text).region(denial.end(), clauseEnd);
    int objectEnd = object.lookingAt() ? object.end() : pronoun.lookingAt() ? pronoun.end() : clauseEnd;
    Matcher joint = CLAUSE_JOINT.matcher(text).region(denial.end(), objectEnd);
    // "These are lies, and the people saw who held X": a denial whose subject points back ends with its clause.
    int scopeEnd = POINTING_BACK.matcher(text.substring(s.start(), denial.start())).matches() && joint.find() ? joint.start() : objectEnd;
    Matcher report = reportedClause.matcher(text.substring(s.start(), denial.start()));
    boolean reported = report.find();
    int reportStart = reported ? s.start() + report.start() : s.end();
    // "said the claims about X were false and that police hold Y": so does one whose subject is the report it denies.
    Matcher reportJoint = CLAUSE_JOINT.matcher(text).region(denial.end(), scopeEnd);
    // "told us the report was false and that troops are at X": a falsehood predicated of its subject denies that subject,
    // and the clause joined after it tells what its speaker holds true.
    boolean predicate = !vocabulary.isExactly("denialverb", denial.phrase().toLowerCase(Locale.ROOT)) && (COPULA_OPENING.matcher(denial.phrase()).lookingAt()
        || COPULA_BEFORE.matcher(text).region(Math.max(s.start(), denial.start() - 30), denial.start()).find())
        && !DENIED_THAT.matcher(text).region(denial.end(), scopeEnd).lookingAt();
    int deniedEnd = (reported || predicate) && reportJoint.find() ? reportJoint.start() : scopeEnd;
    // "Images show troops in X, which the army denies": a denial pointing back answers what its sentence told, whoever told it.
    boolean apposed = apposedDenial.matcher(text).region(s.start(), denial.start()).find();
    boolean reportTold = reported && here.stream().anyMatch(c -> c.type() != ClaimType.ASSERTION
        && anchorOf(c, text, anchors) >= reportStart && anchorOf(c, text, anchors) < denial.start());
    Annotations.Span antecedent = relativeAntecedent(text, s, denial);
    List<Trigger> antecedentEvents = antecedent == null ? List.of() : triggerSearch.triggers(text, antecedent);
    // "ISSP claims it captured the post; Niamey denies that any soldier was captured": a denial telling in its own
    // clause what it denies, and no taking there, denies no holding told before it.
    Matcher ownThat = DENIED_THAT.matcher(text).region(denial.end(), scopeEnd);
    boolean deniesOtherAct = antecedent == null && ownThat.lookingAt()
        && triggerSearch.triggers(text, new Annotations.Span(ownThat.end(), scopeEnd)).stream().noneMatch(Trigger::control);
    // "The rebels said they took X, rejecting the army's claim to have retaken Y": a denial whose own object tells a claim
    // denies that one, not what its subject told before it.
    boolean ownObject = (deniedNoun.matcher(text).region(denial.end(), deniedEnd).lookingAt() || ownThat.lookingAt())
        && here.stream().anyMatch(c -> c.type() != ClaimType.ASSERTION && c.type() != ClaimType.QUANTITY
            && anchorOf(c, text, anchors) > denial.end() && anchorOf(c, text, anchors) <= deniedEnd);
    boolean handled = false;
    for (Claim c : here) {
      if (c.type() == ClaimType.ASSERTION) continue;
      int at = anchorOf(c, text, anchors);
      if (antecedent != null && c.type() == ClaimType.CONTROL && at < denial.start() && !toldIn(at, antecedent, antecedentEvents)) {
        // "say the gang withdrew, and that a strike killed three, which the police deny": the strike is denied; "the army
        // holds X; images show troops in Y, which Z denies": Y's holding (an attack's place may be named a clause before: see deniedLast).
        out.add(c);
        continue;
      }
      if (deniesOtherAct && c.type() == ClaimType.CONTROL && at < denial.start()) {
        out.add(c);
        continue;
      }
      if (at > deniedEnd) {
        out.add(c); // after the denial's clause: "denied X and said its troops hold Y" asserts Y
        continue;
      }
      if (reported && at < denial.start() && at >= reportStart) {
        // "Reports that coalition forces have withdrawn from X are false": the report is denied, and
        // what it says stands as its makers' claim, the bare reports' too ("Claims that the group took X are false").
        Party maker = reportMaker(article, s.start(), at);
        if (maker != null) out.add(c.withStance(Polarity.ASSERTED, maker, null));
        Claim denied = c.withStance(Polarity.DENIED, attribution == null ? null : attribution.claimant(), null);
        out.add(maker == null ? denied : denialOf(c, denied.claimant(), article, s, denial));
        handled = true;
        continue;
      }
      if (c.evidenceStart() >= 0 && at > denial.end()) {
        // "denied the loss of X", "denied that X had fallen": the claim after the denial is denied.
        // "rejects the reports that militants took X", "rejected reports that": the reports' claim
        // stands beside its denial, bare reports' too (someone made them; the denier answers them).
        // "disregard the propaganda of terrorist groups, who claim to have seized X": a denial word that
        // is itself a claim noun names the claim it denies.
        Party maker = reportMaker(article, claimNoun.matcher(denial.phrase()).matches() ? denial.start() : denial.end(), at);
        Party by = denier == null ? c.claimant() : denier;
        // "An earlier version of this report said that rebels took X": a correction withdraws what
        // the earlier version claimed; that version made the claim, and the outlet denies it. A denier
        // the sentence names ("The rebels denied an earlier version of events") is no correction.
        Party version = maker == null && denier == null ? correctedVersion(text, s.start(), at) : null;
        if (version != null) {
          maker = version;
          by = null;
        }
        if (maker != null) {
          Claim asserted = c.withStance(Polarity.ASSERTED, maker, null);
          out.add(asserted);
          out.add(denialOf(asserted, by, article, s, denial));
        } else {
          out.add(c.withStance(Polarity.DENIED, by, null));
        }
        handled = true;
      } else {
        out.add(c);
        // "said its troops entered X, and that reports that Y took Z were false": a denial of a report that tells its own
        // claim denies that claim, nothing its speaker told before it.
        if (!reportTold && (!ownObject || apposed) && denier != null && (c.claimant() != null ? !sameParty(denier, c.claimant()) : apposed)
            && c.polarity() != Polarity.DENIED && (c.type() == ClaimType.CONTROL || c.type() == ClaimType.ATTACK && deniedLast(article, c, here, anchors, denial))) {
          // "X said it captured P, a claim Y rejected", "X says rockets struck P, which Y denies": both stand.
          out.add(denialOf(c, denier, article, s, denial));
          handled = true;
        }
      }
    }
    if (handled) return out;
    // "denies backing the group": a denial whose object is another act refers to no claim.
    Matcher gerund = DENIED_ACT.matcher(text).region(denial.end(), s.end());
    List<Trigger> act = gerund.lookingAt() ? triggerSearch.triggers(text, new Annotations.Span(gerund.start(1), gerund.end(1))) : List.of();
    if (gerund.lookingAt() && act.isEmpty() && !attackGerund(gerund.group(1))) return here;
    // "denies hitting the hospital", "denied firing there": an attack denied by its act, naming no place
    // of its own (else it was denied above), is the latest attack told: this sentence's before the
    // denial (its speaker may deny a part of its own strike), else one of the sentences before.
    if (act.stream().anyMatch(t -> t.kind() == Kind.ATTACK) || gerund.lookingAt() && attackGerund(gerund.group(1))) {
      Claim last = null;
      for (Claim c : here) {
        if (c.type() == ClaimType.ATTACK && c.place() != null && c.polarity() != Polarity.DENIED
            && anchorOf(c, text, anchors) < denial.start() && (last == null || anchorOf(c, text, anchors) > anchorOf(last, text, anchors))) last = c;
      }
      List<Claim> result = new ArrayList<>(here);
      for (Claim target : last != null ? List.of(last) : aboutPlacesNamed(article, s.start(), denial, scopeEnd, referredTo(state, index, denier, ClaimType.ATTACK, null, false))) {
        result.add(denialOf(target, denier, article, s, denial));
      }
      return result;
    }
    // "dismissed the casualty figure as false": the figure denied is the latest count.
    boolean figure = DENIED_FIGURE.matcher(text).region(denial.end(), s.end()).lookingAt()
        || figureSubject.matcher(text).region(Math.max(s.start(), denial.start() - 40), denial.start()).find();
    boolean referring = vocabulary.isExactly("denialverb", denial.phrase())
        || referringNoun.matcher(text).region(s.start(), s.end()).find()
        || pronounCalled.matcher(text).region(Math.max(s.start(), denial.start() - 40), denial.start()).find()
        // "The army said it is not true", "This is false": a pronoun for subject points back to a claim told.
        || PRONOUN_SUBJECT.matcher(text).region(s.start(), denial.start()).find();
    boolean ownClaimWithPlace = here.stream().anyMatch(c -> c.place() != null && c.type() != ClaimType.ASSERTION
        && c.type() != ClaimType.QUANTITY && anchorOf(c, text, anchors) <= deniedEnd);
    // "its units remain in Ansongo and described the militia's claim as propaganda": a claim noun
    // after the sentence's own claims points back past them.
    int lastOwn = here.stream().filter(c -> c.type() != ClaimType.ASSERTION).mapToInt(c -> anchorOf(c, text, anchors)).max().orElse(s.start());
    boolean pointsBack = ownClaimWithPlace && referringNounAfter(text, lastOwn, s.end());
    if (!referring || ownClaimWithPlace && !pointsBack) return here;
    // "denied involvement", "denies any responsibility": the act denied is the latest attack.
    boolean involvement = deniedInvolvement.matcher(text).region(denial.end(), s.end()).lookingAt();
    // "The Nigerien claim ... was false": what the subject's claim noun says is whose claim is denied.
    Sides.SideHit owner = claimOwner(text, s.start(), denial.start());
    ClaimType kind = figure ? ClaimType.QUANTITY : involvement ? ClaimType.ATTACK : ClaimType.CONTROL;
    Annotations.Span told = figure ? null : deniedContent(text, s, denial, scopeEnd);
    // "denies that any of its fighters took part": a side's part denied is its involvement, an attack.
    if (told != null && vocabulary.first("partaking", text, told.start(), told.end()).isPresent()) kind = ClaimType.ATTACK;
    List<Trigger> toldEvents = told != null ? triggerSearch.triggers(text, told) : null;
    if (told != null) kind = deniedKind(text, told, toldEvents, kind);
    // "denies the rumours according to which the garrison of X has fallen", its place one the tagger missed, "denied
    // that its soldiers had fled": a taking or a flight the denial's own clause tells, and no attack, is what it denies,
    // so it points back to a holding, never to an attack told since.
    Annotations.Span telling = told != null ? told : new Annotations.Span(denial.end(), clauseEnd);
    boolean takingTold = kind == ClaimType.CONTROL
        && tellsOnlyTaking(text, telling, toldEvents != null ? toldEvents : triggerSearch.triggers(text, telling));
    // "UNMISS says 27 people were abducted, which the youth deny", "accuses the opposition of arming the youths, which the
    // opposition denies": a relative denies what its own clause tells, no holding told before when that tells no taking.
    boolean noTaking = told == null && antecedent != null && antecedentEvents.stream().noneMatch(Trigger::control);
    List<Claim> targets = aboutPlacesNamed(article, s.start(), denial, deniedEnd, referredTo(state, index, denier, kind,
        owner == null ? null : owner.side(), takingTold));
    if (noTaking) targets = targets.stream().filter(c -> c.type() != ClaimType.CONTROL).toList();
    List<Claim> result = new ArrayList<>(pointsBack ? here : here.stream()
        .filter(c -> c.type() == ClaimType.QUANTITY || anchorOf(c, text, anchors) > deniedEnd).toList());
    // "dismissed that claim as \"pure invention\" and said the camp was never breached": a denial that goes on to deny a
    // claim of the same kind at the same place in words of its own denies it once.
    for (Claim target : targets) {
      if (result.stream().noneMatch(o -> o.polarity() == Polarity.DENIED && o.type() == target.type() && samePlace(o, target))) {
        result.add(denialOf(target, denier, article, s, denial));
      }
    }
    return result;
  }

  /**
   * The clause a relative denial points back to ("a drone strike killed three civilians" in "the gang withdrew, and the
   * group says a drone strike killed three civilians, which the police deny"), or null when the denial is no such relative.
   */
  private Annotations.Span relativeAntecedent(String text, Annotations.Span s, Trigger denial) {
    Matcher relative = relativeDenial.matcher(text).region(s.start(), denial.start());
    if (!relative.find()) return null;
    Matcher joint = ANTECEDENT_CLAUSE_BREAK.matcher(text).region(s.start(), relative.start());
    int start = s.start();
    while (joint.find()) start = joint.end();
    return start < relative.start() ? new Annotations.Span(start, relative.start()) : null;
  }

  /**
   * Whether a control claim anchored at {@code at} is what the relative denial's clause tells: anchored there, with a
   * control word there ("say soldiers killed two men there, which the army denies" denies no holding).
   */
  private static boolean toldIn(int at, Annotations.Span antecedent, List<Trigger> events) {
    return at >= antecedent.start() && at <= antecedent.end() && events.stream().anyMatch(Trigger::control);
  }

  /**
   * The denials after the first that open a clause of their own past the first one's reach: each
   * answers its own clause ("..., which the clans deny"), not what the first denied.
   */
  private List<Trigger> laterDenials(String text, Annotations.Span s, List<Trigger> denials) {
    List<Trigger> later = new ArrayList<>();
    int reach = reachOf(text, s, denials.get(0));
    for (Trigger d : denials.subList(1, denials.size())) {
      if (d.start() < reach || !apposedDenial.matcher(text).region(reach, d.start()).find()) continue;
      later.add(d);
      reach = reachOf(text, s, d);
    }
    return later;
  }

  /** Where a denial's clause ends: at a semicolon or a coordinated speech act, else with its sentence. */
  private int reachOf(String text, Annotations.Span s, Trigger denial) {
    Matcher scope = denialScopeEnd.matcher(text).region(denial.end(), s.end());
    return scope.find() ? scope.start() : s.end();
  }

  /**
   * What a denial's sentence tells is denied, up to the end of the denial's scope (up to the denial when a claim
   * noun before it tells it): "denied that X", "reports that Y are false"; null when it tells nothing.
   */
  private Annotations.Span deniedContent(String text, Annotations.Span s, Trigger denial, int scopeEnd) {
    Matcher that = DENIED_THAT.matcher(text).region(denial.end(), scopeEnd);
    if (that.lookingAt() && !claimNoun.matcher(text).region(that.end(), scopeEnd).lookingAt()) return new Annotations.Span(that.end(), scopeEnd);
    Matcher noun = claimNoun.matcher(text).region(s.start(), scopeEnd);
    while (noun.find()) {
      Matcher content = NOUN_CONTENT.matcher(text).region(noun.end(), scopeEnd);
      if (!content.lookingAt()) continue;
      boolean before = noun.end() <= denial.start();
      // "said the claim was false and that fighting went on": a "that" past the denial opens a clause of its own.
      if (before && content.end() > denial.start()) continue;
      return new Annotations.Span(content.end(), before ? denial.start() : scopeEnd);
    }
    return null;
  }

  /**
   * The kind of claim a denial telling {@code told} points back to: "denied that its troops withdrew" a taking,
   * "denied that any officer opened fire" an attack, a count when it only tells what befell people ("denied that four
   * soldiers were killed", "rejected reports that villagers were kidnapped"): never a place's; else {@code otherwise}.
   */
  private ClaimType deniedKind(String text, Annotations.Span told, List<Trigger> events, ClaimType otherwise) {
    if (events.stream().anyMatch(Trigger::control)) return ClaimType.CONTROL;
    if (events.stream().anyMatch(t -> t.kind() != Kind.DENIAL)) return ClaimType.ATTACK;
    return vocabulary.fateFinder().any(text, told.start(), told.end()) ? ClaimType.QUANTITY : otherwise;
  }

  /** Whether {@code told} tells a taking or a flight and no attack ("denied that its members took part in the attack" tells both). */
  private boolean tellsOnlyTaking(String text, Annotations.Span told, List<Trigger> events) {
    if (events.stream().anyMatch(t -> t.kind() != Kind.DENIAL && !t.control())) return false;
    return events.stream().anyMatch(Trigger::control) || vocabulary.first("fledverb", text, told.start(), told.end()).isPresent();
  }

  /** Whether a gerund is the act of an attack word in another form: "hitting" (hit), "firing" (fired). */
  private boolean attackGerund(String gerund) {
    String stem = gerund.toLowerCase(Locale.ROOT).substring(0, gerund.length() - 3);
    String undoubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2) ? stem.substring(0, stem.length() - 1) : stem;
    for (String form : List.of(stem, stem + "ed", undoubled, undoubled + "ed")) {
      if (vocabulary.contains("attack", form)) return true;
    }
    return false;
  }

  /**
   * Who makes the claim a denial's object reports, when that object is a claim noun whose maker
   * the sentence names ("the reports circulating on social media that bandits took X", "the
   * army's claim that it retook Y is false"): the side named in the noun's phrase, else the
   * phrase itself, a bare "reports" too: someone made them, and the denier answers them.
   */
  private Party reportMaker(AnnotatedArticle article, int from, int to) {
    String text = article.text();
    Matcher noun = claimNoun.matcher(text).region(from, to);
    int nounStart = -1;
    int nounEnd = -1;
    while (noun.find()) {
      nounStart = noun.start();
      nounEnd = noun.end();
    }
    if (nounStart < 0) {
      // "Posts claiming that X fell were false": the posts made the claim.
      Matcher participle = CLAIMING_SUBJECT.matcher(text).region(from, to);
      return participle.find() ? new Party(null, participle.group(1).strip(), null, null) : null;
    }
    if (ANY_BEFORE.matcher(text).region(Math.max(from, nounStart - 10), nounStart).find()) return null;
    Matcher content = REPORT_CONTENT.matcher(text).region(nounEnd, to);
    if (!content.find()) return null;
    // "Russia's claim that": the possessor, named without its claim noun; not the speaker before
    // the noun's clause ("the army said reports claiming ...").
    int start = Math.max(from, nounStart - 30);
    Matcher said = speechBreak.matcher(text).region(start, nounStart);
    while (said.find()) start = said.end();
    // "The army holds X, and reports that ...": nor the subject of a clause joined before the noun's.
    Matcher joined = ANTECEDENT_CLAUSE_BREAK.matcher(text).region(start, nounStart);
    while (joined.find()) start = joined.end();
    Party side = sideParties.sidePartyIn(article, start, nounStart, null, false);
    if (side == null) side = sideParties.sidePartyIn(article, start, content.start(), null, false);
    if (side != null) return side;
    return new Party(null, text.substring(nounStart, content.start()).replaceFirst("[\\s,]+$", ""), null, null);
  }

  /** The earlier version of the report a correction names before {@code to} ("An earlier version of this story"), as the maker of what it said; else null. */
  private Party correctedVersion(String text, int from, int to) {
    Optional<Vocabulary.Hit> version = vocabulary.first("correction", text, from, to);
    return version.map(v -> new Party(null, text.substring(v.start(), v.end()), null, null)).orElse(null);
  }

  /** Whether a claim noun ("the militia's claim", "those reports") stands in {@code [from, to)} as a thing, not as "claims that ...". */
  private boolean referringNounAfter(String text, int from, int to) {
    Matcher w = referringNoun.matcher(text).region(from, to);
    while (w.find()) {
      if (!CONTENT_FOLLOWS.matcher(text.substring(w.end(), Math.min(to, w.end() + 12))).find()) return true;
    }
    return false;
  }

  /**
   * "He denied that separatists had burnt any houses in Y", "Rebels also claim the hills above X; the
   * army denies it": a denial whose own sentence names places is about something told there, so a claim
   * of an earlier sentence it might refer back to stands only when it is about one of those places (named
   * up to the end of the denial's clause: what follows it is said beside the denial). A country, the
   * owner of a force or voice ("X's army rejected the account"; not "X's bazaar") or the denier's post
   * ("a police officer in X called it propaganda") says who denies, not what.
   */
  private List<Claim> aboutPlacesNamed(AnnotatedArticle article, int from, Trigger denial, int scopeEnd, List<Claim> referred) {
    String text = article.text();
    List<String> named = article.mentionsIn(from, scopeEnd).stream()
        .filter(m -> m.type() == EntityType.LOCATION && !ownerForceAfter.matcher(text).region(m.end(), text.length()).lookingAt())
        .filter(m -> m.start() >= denial.end() || !placeReferences.speakerPlace.matcher(text).region(from, m.start()).find())
        .filter(m -> article.place(m) == null || !article.place(m).featureCode().startsWith("PCL"))
        .map(Mention::text).toList();
    if (named.isEmpty()) return referred;
    return referred.stream().filter(c -> c.type() == ClaimType.QUANTITY || c.place() == null || named.stream().anyMatch(n ->
        n.equalsIgnoreCase(c.place().name()) || c.place().surface() != null && n.equalsIgnoreCase(c.place().surface()))).toList();
  }

  /**
   * The claims a bare denial refers to: the latest sentence's claims by someone of another side; only holdings when
   * the denial tells a taking ({@code taking}).
   */
  private static List<Claim> referredTo(State state, int index, Party denier, ClaimType first, String owner, boolean taking) {
    String side = denier == null ? null : denier.side();
    // A figure or an involvement denied is a count's or an attack's denial, or none: never a place's.
    for (ClaimType preferred : first != ClaimType.CONTROL || taking ? new ClaimType[] {first} : new ClaimType[] {first, null}) {
      for (int k = state.claims.size() - 1; k >= 0; k--) {
        int sentence = state.claimSentence.get(k);
        if (index - sentence > DENIAL_LOOKBACK) break;
        Claim c = state.claims.get(k);
        // "Rebels said they took X after the police fled. The police called it a lie": what is
        // denied is the taking, not the flight it tells of.
        if (!ownedBy(c, owner) || state.flightLosses.contains(c.id())) continue;
        // "X said it holds P. Y said X's men attacked the village. X denied that": an attack told after the latest holding
        // is what a denial naming no kind points back to, not the holding told before it.
        // The holdings and attacks of the attack's sentence are then what is denied, not its counts.
        boolean attackAfter = !taking && preferred == ClaimType.CONTROL && deniable(c, ClaimType.ATTACK, side);
        if (!attackAfter && !deniable(c, preferred, side)) continue;
        List<Claim> sameSentence = new ArrayList<>();
        Set<String> disputed = new HashSet<>();
        List<Party> deniers = new ArrayList<>();
        for (int j = 0; j < state.claims.size(); j++) {
          Claim o = state.claims.get(j);
          if (state.claimSentence.get(j) != sentence) continue;
          boolean denied = attackAfter ? o.type() != ClaimType.QUANTITY && deniable(o, null, side) : deniable(o, preferred, side);
          if (denied && ownedBy(o, owner) && !state.flightLosses.contains(o.id())) sameSentence.add(o);
          if (o.deniesClaimId() != null) disputed.add(o.deniesClaimId());
          if (o.polarity() == Polarity.DENIED && o.claimant() != null) deniers.add(o.claimant());
        }
        // "X rejected Y's claim that it took P, saying its forces hold P. Z called the claim fiction":
        // the claim referred back to is the one already in dispute, never its denier's answer.
        List<Claim> inDispute = sameSentence.stream().filter(o -> disputed.contains(o.id())).toList();
        if (!inDispute.isEmpty()) return inDispute;
        return sameSentence.stream().filter(o -> o.claimant() == null || deniers.stream().noneMatch(d -> sameParty(d, o.claimant()))).toList();
      }
    }
    return List.of();
  }

  /** Whether {@code c} is the claim of {@code owner} (any claim when no owner is named): made by it, or its act. */
  private static boolean ownedBy(Claim c, String owner) {
    return owner == null || owner.equals(c.claimantSide()) || owner.equals(c.actorSide());
  }

  private static boolean deniable(Claim c, ClaimType preferred, String denierSide) {
    if (c.type() == ClaimType.ASSERTION || c.polarity() == Polarity.DENIED || c.place() == null && !(c.type() == ClaimType.QUANTITY && preferred == ClaimType.QUANTITY)) return false;
    if (preferred != null && c.type() != preferred) return false;
    String claimantSide = c.claimantSide();
    return denierSide == null || claimantSide == null || !claimantSide.equals(denierSide);
  }

  private Claim denialOf(Claim target, Party denier, AnnotatedArticle article, Annotations.Span s, Trigger denial) {
    String text = article.text();
    String id = Claim.idOf(article.article().id(), s.start(), s.end(), target.type(), "denies:" + target.id());
    List<CitationHop> hops = citations(article, denier == null ? null
        : new ClaimantResolver.Attribution(denier, denial.phrase(), List.of(), false));
    return new Claim(id, target.articleId(), target.type(), target.actor(), target.effect(), target.place(), target.part(),
        target.quantity(), Polarity.DENIED, denier == null ? Modality.REPORTED : Modality.CLAIMED, hedges(text, s, denial.start()),
        target.eventTime(), denier, article.outlet(), article.article().published(), hops, s.start(), s.end(),
        text.substring(s.start(), s.end()), Math.max(0.3, target.confidence() - 0.15), target.id());
  }

  /**
   * "X says rockets struck P, which Y denies": an attack is what a denial after it refers to only
   * when it is the last claim told before the denial (not "ambushed a convoy near A and shelled B,
   * which Y denies", nor "captured P after storming it, a claim Y rejected", whose claim is the
   * taking, nor "captured P after storming army positions on the edge of the town", whose taking of the
   * same place is what is denied), its place the last named before the denial ("killed civilians in B, which Y denies"
   * is about B), and the denial takes no act of its own ("deny losing any of it"). The denier named
   * in the denial's own clause ("killed civilians in B, which Rwanda denies") is no place told.
   */
  private boolean deniedLast(AnnotatedArticle article, Claim c, List<Claim> here, Map<String, Integer> anchors, Trigger denial) {
    String text = article.text();
    if (DENIED_ACT.matcher(text).region(denial.end(), text.length()).lookingAt()) return false;
    int at = anchorOf(c, text, anchors);
    if (at >= denial.start()) return false;
    Matcher apposed = apposedDenial.matcher(text).region(Math.max(0, at), denial.start());
    int told = apposed.find() ? apposed.start() : denial.start();
    if (article.mentionsIn(at, told).stream()
        .anyMatch(m -> m.type() == EntityType.LOCATION && m.start() > at)) return false;
    return here.stream().noneMatch(o -> o != c && o.type() != ClaimType.QUANTITY && o.type() != ClaimType.ASSERTION
        && anchorOf(o, text, anchors) < denial.start()
        && (anchorOf(o, text, anchors) > at || o.type() == ClaimType.CONTROL && (anchorOf(o, text, anchors) == at || samePlace(o, c))));
  }

  /** Whether two claims are about the same place (a taking and the assault it was made by: "captured P after storming the town"). */
  private static boolean samePlace(Claim a, Claim b) {
    return a.place() != null && b.place() != null && a.place().entityId().equals(b.place().entityId());
  }

  private static boolean sameParty(Party a, Party b) {
    if (a.entityId() != null && a.entityId().equals(b.entityId())) return true;
    return a.side() != null && a.side().equals(b.side());
  }

  /** Where in the text a claim's place is named (claims keep the sentence span, not the word). */
  private static int anchorOf(Claim c, String text, Map<String, Integer> anchors) {
    Integer known = anchors.get(c.id());
    if (known != null) return known;
    if (c.place() == null || c.place().surface() == null) return c.evidenceStart();
    int at = text.indexOf(c.place().surface(), c.evidenceStart());
    return at < 0 || at > c.evidenceEnd() ? c.evidenceStart() : at;
  }

  private Party denierOf(AnnotatedArticle article, Annotations.Span s, Trigger denial, ClaimantResolver.Attribution attribution) {
    // "…, a claim the army denied", "…, which the rebels deny": the denier is the subject of the
    // denial's own clause, not whoever made the claim earlier in the sentence.
    Matcher apposed = apposedDenial.matcher(article.text()).region(s.start(), denial.start());
    if (apposed.find()) {
      Party named = sideParties.sidePartyIn(article, apposed.start(2), denial.start(), attribution, true);
      if (named != null) return named;
      String words = apposed.group(2).strip();
      List<Sides.SideHit> side = sides.find(words, 0, words.length());
      String sideName = side.isEmpty() ? null : side.get(0).side();
      if (vocabulary.contains("sourcenoun", words)) return new Party(null, vocabulary.describedSource(words), words, sideName);
      // "X says rebels took Y; the government denies it", "..., which the clans deny": a clause of its own has its own subject.
      // Not a pronoun ("; he denies it": whoever spoke last) nor a passive's subject ("; this is denied by the army").
      if (!words.isEmpty() && !NO_CLAUSE_SUBJECT.matcher(words).matches()) return new Party(null, words, words, sideName);
    }
    // "This was denied by the army": a passive denial's agent denies, not the pronoun or claim noun before it.
    // Only a denial verb has a subject or agent of its own ("An earlier version wrongly said" is a correction's maker).
    boolean verb = vocabulary.isExactly("denialverb", denial.phrase());
    Matcher agent = DENIAL_AGENT.matcher(article.text()).region(denial.end(), s.end());
    if (verb && agent.lookingAt() && DENIAL_PASSIVE.matcher(article.text()).region(Math.max(s.start(), denial.start() - 12), denial.start()).find()) {
      Party by = clauseSubject(article, agent.start(1), agent.end(1), attribution);
      if (by != null) return by;
    }
    int from = Math.max(s.start(), denial.start() - 80);
    Party before = sideParties.sidePartyIn(article, from, makerFree(article.text(), from, denial.start()), attribution, true);
    if (before != null) return before;
    // "The army disputed that account", "Residents of X disputed it": a denial verb right after the
    // sentence's subject is that subject's, not the speaker an earlier sentence lent this one.
    if (verb && (attribution == null || attribution.inherited())) {
      Matcher subject = OPENING_SUBJECT.matcher(article.text()).region(s.start(), denial.start());
      if (subject.matches() && !NO_CLAUSE_SUBJECT.matcher(subject.group(1).strip()).matches()) {
        Party opening = clauseSubject(article, subject.start(1), subject.end(1), attribution);
        if (opening != null) return opening;
      }
    }
    return attribution == null ? null : attribution.claimant();
  }

  /** The party some words name as a clause's subject: a side named in them, a described source, else the words. */
  private Party clauseSubject(AnnotatedArticle article, int from, int to, ClaimantResolver.Attribution attribution) {
    Party named = sideParties.sidePartyIn(article, from, to, attribution, true);
    if (named != null) return named;
    String words = article.text().substring(from, to).strip();
    if (words.isEmpty()) return null;
    List<Sides.SideHit> side = sides.find(words, 0, words.length());
    String sideName = side.isEmpty() ? null : side.get(0).side();
    if (vocabulary.contains("sourcenoun", words)) return new Party(null, vocabulary.describedSource(words), words, sideName);
    return new Party(null, words, words, sideName);
  }

  /**
   * Where the words before a denial stop being its subject's: at the possessor of a claim noun
   * ("officials described the rebels' claims as propaganda": the rebels made the claim, the
   * officials deny it), else at the denial.
   */
  private int makerFree(String text, int from, int to) {
    Matcher noun = claimNoun.matcher(text).region(from, to);
    if (!noun.find()) return to;
    Matcher possessor = POSSESSOR_BEFORE.matcher(text).region(from, noun.start());
    if (possessor.find()) return possessor.start();
    // "The Nigerien claim ... was false": a state word before the noun owns the claim, it denies nothing.
    Sides.SideHit owner = claimOwner(text, from, to);
    return owner != null ? owner.start() : to;
  }

  /**
   * The side named right before the first claim noun in {@code [from, to)}, as the claim's owner:
   * "the Nigerien claim", "Niger's claims"; {@code null} when no side word stands against the noun.
   */
  private Sides.SideHit claimOwner(String text, int from, int to) {
    Matcher noun = claimNoun.matcher(text).region(from, to);
    if (!noun.find()) return null;
    List<Sides.SideHit> hits = sides.find(text, Math.max(from, noun.start() - 30), noun.start());
    if (hits.isEmpty()) return null;
    Sides.SideHit last = hits.get(hits.size() - 1);
    return OWNER_GAP.matcher(text.substring(last.end(), noun.start())).matches() ? last : null;
  }

  private Claim build(AnnotatedArticle article, Annotations.Span s, int index, List<Annotations.Span> sentences,
      ClaimType type, Party actor, Effect effect, PlaceMention place, Quantity quantity, String part, Polarity polarity,
      ClaimantResolver.Attribution attribution, int anchor, double confidence) {
    String text = article.text();
    String sentence = text.substring(s.start(), s.end());
    EventTime time = eventTime(article, sentences, index, anchor);
    List<String> hedges = hedges(text, s, anchor);
    if (!time.fromText()) confidence -= 0.1;
    if (!hedges.isEmpty()) confidence -= 0.1;
    if (attribution == null) confidence -= 0.05;
    Modality modality = modality(text, sentences, index, attribution);
    String object = place == null ? quantity == null ? "" : quantity.text() + "@" + anchor
        : place.ref().entityId() + (quantity == null ? "" : "#" + quantity.text()) + (type == ClaimType.CONTROL ? "@" + anchor : "");
    String id = Claim.idOf(article.article().id(), s.start(), s.end(), type, object);
    return new Claim(id, article.article().id(), type, actor, effect, place == null ? null : place.ref(), part, quantity,
        polarity, modality, hedges, time, attribution == null ? null : attribution.claimant(), article.outlet(),
        article.article().published(), citations(article, attribution), s.start(), s.end(), sentence,
        Math.max(0.05, Math.min(1, confidence)), null);
  }

  private static List<CitationHop> citations(AnnotatedArticle article, ClaimantResolver.Attribution attribution) {
    List<CitationHop> hops = new ArrayList<>();
    hops.add(new CitationHop(CitationHop.Kind.OUTLET, article.outlet(), null));
    if (attribution == null) return hops;
    hops.addAll(attribution.relays());
    hops.add(new CitationHop(hopKind(attribution.claimant()), attribution.claimant().name(), attribution.cue()));
    return hops;
  }

  static CitationHop.Kind hopKind(Party p) {
    return p.entityId() != null && p.entityId().startsWith("person:") ? CitationHop.Kind.PERSON : CitationHop.Kind.ORGANIZATION;
  }

  // ---- clauses, actors, modality and time ------------------------------------------------

  /**
   * Whether the trigger governs the place within one clause: the place is its object (after it,
   * with only prepositions, modifiers and a list of places between, no clause break), or its
   * subject in a passive or intransitive use ("Pokrovsk has not been taken", "the city fell").
   */
  private boolean governs(String text, Trigger t, PlaceMention p, List<PlaceMention> places) {
    boolean after = p.mention().start() >= t.end();
    int from = after ? t.end() : p.mention().end();
    int to = after ? p.mention().start() : t.start();
    if (to < from) return true; // the place is named inside the trigger phrase
    StringBuilder between = new StringBuilder(text.substring(from, to));
    for (PlaceMention other : places) { // other places in between are list members: blank them to "X"
      int a = Math.max(other.mention().start(), from);
      int b = Math.min(other.mention().end(), to);
      if (a < b) for (int k = a; k < b; k++) between.setCharAt(k - from, k == a ? 'X' : ' ');
    }
    // A short aside in brackets ("by a non-state armed group (NSAG) on X", "40 km (25 miles) east") breaks no clause.
    String words = SHORT_ASIDE.matcher(between).replaceAll(" ");
    if (after && t.kind() == Kind.GAIN && FROM_HOLDER.matcher(words).find()) return false;
    // "captured X and the soldiers have fled towards Y": where a side fled to is no object of the event before.
    if (after && (placeReferences.destination.matcher(words).find() || placeReferences.destination.matcher(t.phrase() + words).find())) return false;
    // "the attack is confirmed by local sources in X": after the event, where its teller sits is not where it happened.
    if (after && toldFrom.matcher(words).find()) return false;
    // "the airport was under the control of the X Emirate", "the tunnels are in the hands of the companies and of the X":
    // the name after a holder phrase is who holds, not what is held.
    if (after && triggerSearch.holderPhrase.matcher(t.phrase()).matches() && HOLDER_GAP.matcher(words).matches()) return false;
    // "shelled the camp from the hills near X": where an attack came from is not what it hit ("from X to Y" is a range hit).
    // Only a name: "the barracks", "two kilometres from the community" stand in the town hit. Not "struck fighters retreating from X".
    if (after && (t.kind() == Kind.ATTACK || t.kind() == Kind.ATTACK_NOUN || t.kind() == Kind.REPEL)
        && Character.isUpperCase(p.mention().text().codePointAt(0)) && placeReferences.originFrom(words)
        && !RANGE_AFTER.matcher(text).region(p.mention().end(), Math.min(text.length(), p.mention().end() + 12)).lookingAt()) {
      return false;
    }
    // "burned lorries on the highway to X", "attacked a checkpoint on the road to X" in a sentence naming Y: what was hit
    // stood on a road, and where the road leads is not where it stood. Alone, the road's goal is all the report gives; and
    // strikes "along the road to X" hit the road itself.
    if (after && (t.kind() == Kind.ATTACK || t.kind() == Kind.ATTACK_NOUN) && ON_ROAD_TO.matcher(words).find()
        && places.stream().anyMatch(o -> o != p && !o.featureCode().startsWith("PCL"))) {
      return false;
    }
    // "left Moqokori", not "left towards Moqokori" nor "Moqokori ... left".
    if (bareOnly.matcher(t.phrase()).matches()) return false;
    // "the post at X was relocated to Y": the place given up is the post's, before the verb; Y is where it went.
    // But "the units were redeployed from X": the place moved from is given up, and only it ("the commissioner of Y said
    // troops were moved out of X").
    // A clause going on past the place moved from ("soldiers redeployed from X reached Y") tells where they went, no loss.
    if (t.kind() == Kind.LOSS && vocabulary.contains("relocate", t.phrase())
        && (after ? !movedFrom(words) || PLACE_THEN_CLAUSE.matcher(words).find() : triggerSearch.fromAfterMove(text, t))) return false;
    // "a tactical withdrawal towards Y": the move noun's place after it is where the force went, no loss ("a readjustment of
    // the X detachment" names the post's place).
    if (after && t.kind() == Kind.LOSS && vocabulary.isExactly("withdrawnoun", t.phrase()) && movedTo(words)) return false;
    if (directOnly.matcher(t.phrase()).matches()) return after && DIRECT_GAP.matcher(words).matches() && !civilianSubject(text, t);
    if (after) {
      // "attacked a post west of X, in the area of Y": X is only a bearing's reference, Y where the post stands,
      // so the comma before the area phrase breaks no clause.
      Matcher bearing = bearingThenArea.matcher(words);
      if (bearing.find()) words = words.substring(0, bearing.start());
      Matcher broken = clauseBreak.matcher(words);
      int lastBreak = -1;
      while (broken.find()) lastBreak = broken.end();
      // "..., naming the settlements of X, Y and Z": a list the clause introduces still belongs to the event.
      return lastBreak < 0 || LIST_INTRO.matcher(words.substring(lastBreak)).find();
    }
    // "a hill outside X and opened fire": a coordinated verb has the sentence's subject, not X,
    // unless its object is a part of something unnamed ("pushed into X and control much of the south").
    // "Residents who fled to X told reporters that the insurgents held ...": a subject does not reach past a speech verb.
    if (placeReferences.speechWord.matcher(words).find()) return false;
    // "X, the seat of the district, was seized": an aside in commas after the subject, its verb
    // right after, neither counts toward the subject's distance nor coordinates a verb.
    String core = SUBJECT_ASIDE.matcher(words).replaceFirst(" ");
    if (COORDINATED_VERB.matcher(listTail(core)).find() && !(t.control() && PART_OBJECT.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 12))).lookingAt())
        && !(t.control() && SHARED_SUBJECT.matcher(words).matches())) {
      return false;
    }
    // "X, which the army never recaptured", "X, a fishing village on the coast that rebels had held":
    // a relative clause on the place (or on its apposition) has the place as its object.
    if (RELATIVE_GAP.matcher(words).matches()) return true;
    // "X and Y have taken their dispute to court": before an active gain verb with an object of its own stands the taker, not the place.
    // A phrase ending in a preposition ("remains in the hands of") has its holder, not an object, after it.
    if (t.kind() == Kind.GAIN && !PASSIVE_BEFORE.matcher(words).find() && !PREPOSITION_END.matcher(t.phrase()).find()
        && ACTIVE_OBJECT.matcher(text).region(t.end(), Math.min(text.length(), t.end() + 8)).lookingAt()) {
      return false;
    }
    // "Russia launched ...": before an active attack verb stands the attacker; only a passive has its target there ("X was shelled").
    if (t.kind() == Kind.ATTACK && !PASSIVE_BEFORE.matcher(words).find() && !undergo.matcher(t.phrase()).matches()) return false;
    return SUBJECT_GAP.matcher(words).matches() && tokens(listTail(core)).size() <= 6
        || AS_GAP.matcher(words).matches();
  }

  /**
   * "the attack was crushed and the town never fell": a place right before a control verb, with only
   * auxiliaries and adverbs between, is that verb's subject, however near another trigger stands,
   * unless it is that trigger's object in the same clause.
   */
  private static boolean subjectOf(String text, Trigger t, PlaceMention p, List<Trigger> events) {
    if (!t.control() || p.mention().end() > t.start() || !SUBJECT_VERB_GAP.matcher(text.substring(p.mention().end(), t.start())).matches()) return false;
    // "the gunmen who raided X took 14 rifles": a place right after another trigger is its object.
    int before = events.stream().filter(o -> o.end() <= p.mention().start()).mapToInt(Trigger::end).max().orElse(-1);
    return before < 0 || CLAUSE_JOINT.matcher(text).region(before, p.mention().start()).find();
  }

  /** "30,000 people have left the town": civilians leaving cede nothing. */
  private boolean civilianSubject(String text, Trigger t) {
    Matcher w = WORD.matcher(text).region(Math.max(0, t.start() - 30), t.start());
    String last = null;
    // "would allow civilians to leave the town": people told to leave are its subject too.
    while (w.find()) if (!w.group().matches("(?i)have|has|had|already|all|also|then|to")) last = w.group();
    return last != null && "people".equals(vocabulary.unitCategory(last));
  }

  /**
   * Whether {@code text[from, to)} holds "who" in any case, which every question {@link #askedWho} reads
   * does: that pattern is tried at every character before each trigger, and most sentences hold no "who".
   */
  private static boolean holdsWho(String text, int from, int to) {
    for (int i = from; i + 3 <= to; i++) {
      if (text.regionMatches(true, i, "who", 0, 3)) return true;
    }
    return false;
  }

  /** A conditional, generic, modal or intended event is no claim: "if", "whoever", "would take", "plans to seize", a question. */
  private boolean irrealis(String text, Annotations.Span s, Trigger t) {
    if (text.substring(s.start(), s.end()).contains("?")) return true;
    // A gerund opening its clause names the event in general: "Taking a town is one thing". A fight's noun there
    // ("Fighting raged around X") names one fight.
    if (t.kind() != Kind.ATTACK_NOUN && firstWord(t.phrase()).endsWith("ing") && CLAUSE_START.matcher(text.substring(s.start(), t.start())).find()) return true;
    // Modals and intentions sit right before the verb ("would have to take", "tried to seize").
    // Only the verb a modal governs is unreal: "tried to use the claimed capture of X" still claims the capture.
    int near = Math.max(s.start(), t.start() - 48);
    List<Vocabulary.Hit> modals = vocabulary.find("modal", text, near, t.start());
    // "attempted to attack X", "tried to storm Y": an attempt at an attack is an attack made (not so a taking), unless
    // a modal governs the attempt in turn ("would attempt to storm Y").
    int governed = t.start();
    for (int k = modals.size() - 1; k >= 0 && t.kind() == Kind.ATTACK; k--) {
      Vocabulary.Hit h = modals.get(k);
      if (h.end() <= governed && vocabulary.isExactly("attempt", h.phrase()) && MODAL_GAP.matcher(text.substring(h.end(), governed)).matches()) governed = h.start();
    }
    for (Vocabulary.Hit h : modals) {
      if (h.end() <= governed && MODAL_GAP.matcher(text.substring(h.end(), governed)).matches()) return true;
    }
    if (titleOnly.matcher(text).region(s.start(), s.end()).matches()) return true;
    // "cannot say who holds X": a question names no holder.
    if (holdsWho(text, s.start(), t.start()) && askedWho.matcher(text).region(s.start(), t.start()).find()) return true;
    // "called on the government to withdraw its forces from X": what an appeal asks for has not happened.
    if (appealedFor.matcher(text).region(Math.max(s.start(), t.start() - 120), t.start()).find()) return true;
    // "the capture of X, if confirmed, would ...": a condition set off in commas right after the event.
    Matcher aside = CONDITION_ASIDE.matcher(text).region(t.end(), s.end());
    if (aside.lookingAt() && vocabulary.contains("conditional", aside.group(1))) return true;
    // "would give the group control of X": a modal reaches a nominal trigger within its clause.
    if (vocabulary.contains("nominal", firstWord(t.phrase()))) {
      for (Vocabulary.Hit h : vocabulary.find("modal", text, Math.max(s.start(), t.start() - 40), t.start())) {
        // Only an auxiliary reaches that far: "tried to use the claimed capture of X" still claims the capture.
        if (!h.phrase().contains(" ") && !clauseBreak.matcher(text.substring(h.end(), t.start())).find()) return true;
      }
    }
    // "The fall of X would give …", "The army's withdrawal from X could …": a nominal event that is
    // the subject of a modal is a supposition, not a report.
    if (vocabulary.contains("nominal", firstWord(t.phrase()))
        && NOMINAL_SUBJECT.matcher(text.substring(clauseStart(text, s, t.start()), t.start())).matches()
        && MODAL_AFTER_OBJECT.matcher(text).region(t.end(), s.end()).lookingAt()) {
      return true;
    }
    // "has not confirmed the recapture of X", "did not say that rebels took X": a negated claiming verb claims nothing.
    // Others' claims it leaves unconfirmed still stand ("could not confirm claims that X holds Y"), and so does
    // what a new clause reports ("Not confirmed: sources say ...").
    // An attack claimed by no one still happened: "has not claimed the bombing of X" withholds the blame, not the blast.
    Matcher word = WORD.matcher(text).region(Math.max(s.start(), t.start() - 60), t.start());
    while (word.find()) {
      if (!CLAIMING_VERB.matcher(word.group()).matches() || t.kind() == Kind.ATTACK_NOUN && CLAIM_WORD.matcher(word.group()).matches()
          || !NEGATED_BEFORE.matcher(text).region(Math.max(s.start(), word.start() - 20), word.start()).find()) continue;
      String between = text.substring(word.end(), t.start());
      if (!UNCONFIRMED_END.matcher(between).find() && !placeReferences.speechWord.matcher(between).find() && !claimNoun.matcher(between).find()) return true;
    }
    // A subordinator reaches the trigger unless a clause break comes first (commas in number lists do not count).
    for (Vocabulary.Hit h : vocabulary.find("conditional", text, s.start(), t.start())) {
      if (!CONDITION_END.matcher(text.substring(h.end(), t.start())).find()) return true;
    }
    // "When we take X, you will not need a video": an event in a clause of time whose main clause is in the future has
    // not happened. A "will" after a speech verb is the reported clause's, not the main clause's: "when the rebels seized
    // X, the army said it will retake it" tells the taking.
    Matcher time = TIME_CLAUSE_OPENER.matcher(text).region(s.start(), t.start());
    while (time.find()) {
      if (CONDITION_END.matcher(text.substring(time.end(), t.start())).find()) continue;
      Matcher future = FUTURE_MAIN_AFTER.matcher(text).region(t.end(), s.end());
      if (future.lookingAt() && !placeReferences.speechWord.matcher(text).region(t.end(), future.end()).find()) return true;
    }
    // "We will not leave until X is ours": what a promise or threat waits for has not happened;
    // "held X until the army retook it", told without a modal, has.
    for (Vocabulary.Hit h : vocabulary.find("pending", text, s.start(), t.start())) {
      if (CONDITION_END.matcher(text.substring(h.end(), t.start())).find()) continue;
      if (!vocabulary.find("modal", text, clauseStart(text, s, h.start()), h.start()).isEmpty()) return true;
    }
    return false;
  }

  /** Where the clause holding {@code at} starts: after the last clause break before it in the sentence. */
  private int clauseStart(String text, Annotations.Span s, int at) {
    Matcher m = clauseBreak.matcher(text).region(s.start(), at);
    int start = s.start();
    while (m.find()) start = m.end();
    return start;
  }

  /** The first word of a trigger's phrase ("capture" of "capture of"). */
  static String firstWord(String phrase) {
    return WHITESPACE.split(phrase)[0];
  }

  /** A nominalised event that is a goal, not a fact: "reserves needed for the capture of X", "a bid to prevent the fall of X". */
  private boolean goal(String text, Annotations.Span s, Trigger t) {
    String first = firstWord(t.phrase());
    if (!vocabulary.contains("nominal", first)) return false;
    // "attempted to attack X": the word is the modal's verb, no noun (the modal rules judge it).
    if (t.kind() == Kind.ATTACK && triggerSearch.modalRightBefore.matcher(text).region(s.start(), t.start()).find()) return false;
    int from = Math.max(s.start(), t.start() - 40);
    Matcher m = NOMINAL_LEAD.matcher(text.substring(from, t.start()));
    if (!m.find() || !vocabulary.contains("goal", m.group(1))) return false;
    // "blamed the rebels for the attack on X": a "for" giving the reason for a deed names the deed as done.
    int lead = from + m.start(1);
    // "the militia's claim to control X", "claims to control X": a "to" after a claim opens what is claimed, no aim.
    Matcher claimed = WORD_BEFORE.matcher(text).region(Math.max(s.start(), lead - 30), lead);
    // Not a cue that bids whom it addresses: "were told to control X" is an order.
    if ("to".equalsIgnoreCase(m.group(1)) && claimed.find()) {
      String word = claimed.group(1).toLowerCase(Locale.ROOT);
      if (vocabulary.isExactly("claimnoun", word) || vocabulary.isExactly("cue", word) && !vocabulary.isExactly("bidcue", word)) return false;
    }
    return !"for".equalsIgnoreCase(m.group(1)) || !reasonFor.matcher(text).region(Math.max(s.start(), lead - 60), lead).find();
  }

  private boolean negated(String text, Annotations.Span s, Trigger t) {
    int from = s.start();
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, t.start());
    while (m.find()) words.add(new int[] {m.start(), m.end()});
    int windowStart = words.size() > 8 ? words.get(words.size() - 8)[0] : from;
    // "no village had been "handed over"": a quote mark opening the trigger itself ends no clause.
    String window = OPENING_QUOTE_AT_END.matcher(text.substring(windowStart, t.start())).replaceFirst("");
    // A clause break between the negation and the trigger ends its reach, and so does a speech
    // verb: "Not confirmed: sources say X took Y" negates the confirmation, not the taking.
    int cut = -1;
    Matcher stop = NEGATION_STOP.matcher(window);
    while (stop.find()) cut = stop.end();
    for (Vocabulary.Hit cue : vocabulary.find("cue", window, 0, window.length())) cut = Math.max(cut, cue.end());
    // "did not deny leaving X": the negation is the denial's, and what is not denied is conceded.
    for (String cls : List.of("denial", "denialverb")) {
      for (Vocabulary.Hit d : vocabulary.find(cls, window, 0, window.length())) cut = Math.max(cut, d.end());
    }
    if (cut >= 0) window = window.substring(cut);
    boolean negation = vocabulary.contains("negation", window) || NOTHING_AFTER.matcher(text).region(t.end(), s.end()).lookingAt();
    // "Nobody controls X except the State": the exception holds it.
    if (negation && EXCEPT_AFTER.matcher(text).region(t.end(), s.end()).lookingAt()) return false;
    if (negation && UNTIL_AFTER.matcher(text).region(t.end(), s.end()).lookingAt()) return false;
    // A negated ceasing tells that the holding went on.
    if (negation && ceasingNegated(text, s, t)) return false;
    return negation || vocabulary.contains("change", window) || groundless(text, s, t);
  }

  /** Whether the trigger keeps a place rather than takes it: "under X control", "hold", "occupied". */
  private boolean holding(Trigger t) {
    String phrase = t.phrase().toLowerCase(Locale.ROOT);
    int space = phrase.indexOf(' ');
    return phrase.startsWith("under ") || vocabulary.isExactly("holdverb", space < 0 ? phrase : phrase.substring(0, space));
  }

  /** Whether the trigger's holding is one that never ceased: "has never ceased to be under X control", "did not stop holding". */
  private boolean ceasingNegated(String text, Annotations.Span s, Trigger t) {
    return neverCeased.matcher(text).region(Math.max(s.start(), t.start() - 40), t.start()).find();
  }

  /** Whether a report nobody makes or evidence showing nothing reaches the trigger within its clause. */
  private static boolean groundless(String text, Annotations.Span s, Trigger t) {
    Matcher report = GROUNDLESS_REPORT.matcher(text).region(Math.max(s.start(), t.start() - 120), t.start());
    while (report.find()) {
      if (!GROUNDLESS_END.matcher(text).region(report.end(), t.start()).find()) return true;
    }
    return false;
  }

  /** The side named before a control trigger (or inside it: "under Russian control"). */
  private Party actorBefore(AnnotatedArticle article, Annotations.Span s, Trigger t, ClaimantResolver.Attribution attribution,
      List<Trigger> triggers) {
    String text = article.text();
    String inside = text.substring(t.start(), t.end());
    // "drove the militia's fighters out of", "expelled their rivals from": who an ousting names inside it is the ousted, not the taker.
    if (t.kind() == Kind.GAIN && OUSTED.matcher(inside).matches()) inside = "";
    List<Sides.SideHit> in = sides.find(inside, 0, inside.length());
    if (!in.isEmpty()) return Party.ofSide(inside.substring(in.get(0).start(), in.get(0).end()), in.get(0).side());
    boolean possessed = false;
    boolean their = false;
    for (Matcher possessive = OWN_POSSESSIVE.matcher(inside); possessive.find(); ) {
      possessed = true;
      their |= possessive.group().equalsIgnoreCase("their");
    }
    if (their) {
      // "propagandists acknowledge the city is no longer under their control": "their" is the side named last before it.
      Party named = sideParties.sidePartyIn(article, s.start(), t.start(), null, false);
      if (named != null && named.side() != null) return named;
    }
    if (possessed) return SideParties.claimantAsActor(attribution);
    if (holderAfter.matcher(inside).matches()) {
      // "X is under the control of security forces": the holder follows, within its clause.
      Matcher end = CLAUSE_END.matcher(text).region(t.end(), s.end());
      Party holder = sideParties.sidePartyIn(article, t.end(), end.find() ? end.start() : s.end(), attribution, false);
      if (holder == null) {
        // "under the control of the defence and security forces": "and" may join the holder's own words.
        Matcher phrase = PHRASE_STOP.matcher(text).region(t.end(), s.end());
        holder = sideParties.sidePartyIn(article, t.end(), phrase.find() ? phrase.start() : s.end(), attribution, false);
      }
      if (holder != null) return holder;
    }
    // "X was seized by the militia and recaptured by the army", "occupied ... before being liberated by Y": a taking's
    // passive agent after an earlier event is its taker, not the side named before it (the earlier event's).
    Party passive = triggers.stream().anyMatch(o -> passiveTakingAfter(text, s, o, t)) ? passiveAgent(article, s, t, attribution) : null;
    if (passive != null) return passive;
    int from = Math.max(s.start(), t.start() - 90);
    // The actor is in the trigger's own clause: not the speaker before "said" or "that".
    Matcher speech = speechBreak.matcher(text).region(from, t.start());
    while (speech.find()) {
      // 'the army "has lost the Logone"': a quote opening on the verb leaves its subject before the mark.
      if (OPENING_QUOTE.matcher(speech.group()).matches() && QUOTED_VERB_GAP.matcher(text).region(speech.end(), t.start()).matches()) continue;
      from = speech.end();
    }
    int clauseFrom = from;
    Trigger cut = null;
    for (Trigger other : triggers) {
      if (other.end() <= t.start() && other.end() > from && other.kind() != Kind.DENIAL && other.kind() != t.kind()) {
        from = other.end();
        cut = other;
      }
    }
    // "Russia's claim that it had captured X": the pronoun is the claim's maker, not the speaker.
    Matcher owned = ownClaimPronoun.matcher(text).region(Math.max(s.start(), t.start() - 120), t.start());
    if (owned.find()) {
      Party maker = sideParties.sidePartyIn(article, owned.start(), owned.start(1), null, false);
      if (maker != null && maker.side() != null) return maker;
    }
    // "X attacked a checkpoint ... and then pushed into the village": the second verb's subject is the first's,
    // and a side named between the two verbs ("drove back the militia's fighters before withdrawing") is the first's object.
    boolean joined = SAME_SUBJECT_VERB.matcher(text).region(cut != null ? cut.end() : from, t.start()).find();
    if (joined && cut != null) {
      Party first = firstVerbSubject(article, s, clauseFrom, cut.start(), attribution);
      if (first != null) return first;
    }
    Party before = sideParties.sidePartyIn(article, from, t.start(), attribution, false);
    if (before != null) return before;
    if (joined && cut == null) {
      Party first = firstVerbSubject(article, s, clauseFrom, from, attribution);
      if (first != null) return first;
    }
    // "were chased out of X by the army": a passive ousting's agent is the one who took the place, not who lost it.
    if (t.kind() == Kind.LOSS && PASSIVE_PHRASE.matcher(t.phrase()).lookingAt()) return null;
    Matcher by = BY_AGENT.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 80)));
    if (by.find()) {
      String agent = by.group(1);
      String side = sides.sideOf(agent);
      if (side != null) return Party.ofSide(agent, side);
    }
    return null;
  }

  /**
   * Whether {@code t} is a passive taking joined to the taking {@code o} before it ("was seized by X and recaptured by Y",
   * "occupied by X before being liberated by Y"): the two share their subject, the place taken.
   */
  private static boolean passiveTakingAfter(String text, Annotations.Span s, Trigger o, Trigger t) {
    return t.kind() == Kind.GAIN && o.kind() == Kind.GAIN && o.start() >= s.start() && o.end() <= t.start() && passiveBy(text, s, t)
        && SHARE_JOINT.matcher(text).region(o.end(), t.start()).find();
  }

  /** Whether "by" follows a trigger right after it ("seized by") or ends its phrase ("captured by"): a passive's agent follows. */
  private static boolean passiveBy(String text, Annotations.Span s, Trigger t) {
    return PHRASE_ENDS_BY.matcher(t.phrase()).find() || PASSIVE_BY.matcher(text).region(t.end(), s.end()).lookingAt();
  }

  /** The side of the fighting people named right after a trigger and "by" ("recaptured by the army"), or {@code null}. */
  private Party passiveAgent(AnnotatedArticle article, Annotations.Span s, Trigger t, ClaimantResolver.Attribution attribution) {
    if (!passiveBy(article.text(), s, t)) return null;
    Matcher by = PASSIVE_BY.matcher(article.text()).region(t.end(), s.end());
    int from = by.lookingAt() ? by.end() : t.end();
    Matcher agent = AGENT_WORDS.matcher(article.text()).region(from, s.end());
    Party party = agent.lookingAt() ? forceParty(article, agent.start(), agent.end(), attribution) : null;
    return party != null && party.side() != null ? party : null;
  }

  /** The side named as subject of the verb that ends at {@code firstTo}, within the sentence and after any speech break. */
  private Party firstVerbSubject(AnnotatedArticle article, Annotations.Span s, int clauseFrom, int firstTo,
      ClaimantResolver.Attribution attribution) {
    int firstFrom = Math.max(s.start(), Math.min(clauseFrom, firstTo - 90));
    Matcher speechFirst = speechBreak.matcher(article.text()).region(firstFrom, firstTo);
    while (speechFirst.find()) firstFrom = speechFirst.end();
    return sideParties.sidePartyIn(article, firstFrom, firstTo, attribution, false);
  }

  /** Who attacks: the side on the attack noun ("Russian attacks", "attacks by X"), else the subject of an attack verb. */
  private Party attacker(AnnotatedArticle article, Annotations.Span s, List<Trigger> triggers, ClaimantResolver.Attribution attribution) {
    String text = article.text();
    for (Trigger t : triggers) {
      if (t.kind() != Kind.ATTACK_NOUN) continue;
      int from = Math.max(s.start(), t.start() - 30);
      String before = text.substring(from, t.start());
      List<Sides.SideHit> hits = sides.find(before, 0, before.length());
      if (!hits.isEmpty() && before.substring(hits.get(hits.size() - 1).end()).strip().split("\\s+").length <= 2) {
        return Party.ofSide(before.substring(hits.get(hits.size() - 1).start()).strip() + " " + t.phrase(), hits.get(hits.size() - 1).side());
      }
      for (Mention m : article.mentionsIn(from, t.start())) {
        if (m.type() == EntityType.ORGANIZATION && text.substring(m.end(), t.start()).isBlank()) {
          Entity e = article.entity(m);
          String side = e != null && e.side() != null ? e.side() : e == null ? m.text() : e.name();
          return new Party(m.entityId(), e == null ? m.text() : e.name(), null, side);
        }
      }
      // "the AA attack on the battalion", "a JNIM ambush": a group the tagger missed, right before the noun.
      for (GroupNames.Found g : groups.find(text, from, t.start())) {
        if (!g.opponent() && g.side() != null && text.substring(g.end(), t.start()).isBlank()) return Party.ofSide(g.words(), g.side());
      }
      Matcher by = BY_ATTACKER.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 50)));
      if (by.find()) {
        Party p = sideParties.sidePartyIn(article, t.end(), t.end() + by.end(), null, false);
        if (p != null) return p;
      }
    }
    for (Trigger t : triggers) {
      if (t.kind() == Kind.ATTACK) {
        // "JNIM said its fighters attacked X": an own-side pronoun is the claimant's side.
        Party p = sideParties.sidePartyIn(article, Math.max(s.start(), t.start() - 60), t.start(), attribution, false);
        if (p != null) return p;
      }
      if (t.kind() == Kind.REPEL) {
        String after = text.substring(t.end(), Math.min(s.end(), t.end() + 30));
        List<Sides.SideHit> hits = sides.find(after, 0, after.length());
        if (!hits.isEmpty()) return Party.ofSide(after.substring(hits.get(0).start(), hits.get(0).end()), hits.get(0).side());
      }
    }
    return null;
  }

  /** "five attacks", "53 Russian attacks", "four counterattacks": the number before the attack noun. */
  private Quantity attackCount(String text, Annotations.Span s, List<Trigger> triggers) {
    for (Trigger t : triggers) {
      if (t.kind() != Kind.ATTACK_NOUN) continue;
      String before = text.substring(Math.max(s.start(), t.start() - 30), t.start());
      String[] words = before.strip().split("\\s+");
      for (int k = words.length - 1; k >= Math.max(0, words.length - 3); k--) {
        String w = words[k].replaceAll("[^\\p{L}\\p{N},.]", "");
        // "in late 2022 during an offensive": articles and prepositions end the noun's phrase; a year is no count.
        if (COUNT_PHRASE_END.matcher(w).matches()) break;
        Long value = NUMBER.matcher(w).matches() ? Long.valueOf(w.replace(",", "").replaceAll("\\..*", "")) : vocabulary.numberWord(w);
        if (value != null && w.matches("(?:19|20)\\d\\d")) break;
        if (value != null) return new Quantity(words[k], value, value, null, t.phrase(), "attacks");
      }
    }
    return null;
  }

  private String part(String text, Annotations.Span s, PlaceMention p) {
    int from = Math.max(s.start(), p.mention().start() - 40);
    Optional<Vocabulary.Hit> before = vocabulary.find("part", text, from, p.mention().start()).stream()
        .reduce((a, b) -> b);
    if (before.isPresent() && text.substring(before.get().end(), p.mention().start()).strip().split("\\s+").length <= 4) {
      return before.get().phrase();
    }
    return vocabulary.first("part", text, p.mention().end(), Math.min(s.end(), p.mention().end() + 30))
        .filter(h -> h.phrase().contains("district") || h.phrase().contains("outskirts"))
        .map(Vocabulary.Hit::phrase).orElse(null);
  }

  private List<String> hedges(String text, Annotations.Span s, int anchor) {
    int from = Math.max(s.start(), anchor - 50);
    int to = Math.min(s.end(), anchor + 30);
    return vocabulary.find("hedge", text, from, to).stream().map(Vocabulary.Hit::phrase).distinct().toList();
  }

  private Modality modality(String text, List<Annotations.Span> sentences, int index, ClaimantResolver.Attribution attribution) {
    Annotations.Span s = sentences.get(index);
    int to = index + 1 < sentences.size() ? sentences.get(index + 1).end() : s.end();
    if (vocabulary.first("unverified", text, s.start(), to).isPresent()) return Modality.UNVERIFIED;
    if (vocabulary.first("confirmed", text, s.start(), s.end()).isPresent()) return Modality.CONFIRMED;
    if (attribution != null && !attribution.relays().isEmpty()) return Modality.REPORTED;
    if (attribution != null) return Modality.CLAIMED;
    return Modality.REPORTED;
  }

  /** The date nearest the trigger in the sentence, else in the sentence before in the paragraph, else publication. */
  private EventTime eventTime(AnnotatedArticle article, List<Annotations.Span> sentences, int index, int anchor) {
    String text = article.text();
    Annotations.Span s = sentences.get(index);
    TimeRef best = nearestTime(article, s.start(), s.end(), anchor);
    if (best == null && index > 0) {
      Annotations.Span prev = sentences.get(index - 1);
      if (!text.substring(prev.end(), s.start()).contains("\n\n")) best = nearestTime(article, prev.start(), prev.end(), prev.end());
    }
    if (best != null) {
      String value = best.value().length() > 10 ? best.value().substring(0, 10) : best.value();
      TimeRef.Granularity g = best.granularity() == TimeRef.Granularity.TIME ? TimeRef.Granularity.DAY : best.granularity();
      return new EventTime(value, g, true);
    }
    var published = article.article().published();
    return published == null ? new EventTime("unknown", TimeRef.Granularity.REFERENCE, false)
        : new EventTime(published.toLocalDate().toString(), TimeRef.Granularity.DAY, false);
  }

  private TimeRef nearestTime(AnnotatedArticle article, int from, int to, int anchor) {
    TimeRef best = null;
    for (TimeRef t : article.annotations().times()) {
      if (t.start() < from || t.end() > to || !Character.isDigit(t.value().charAt(0))) continue;
      if (timeReference.matcher(article.text()).region(Math.max(from, t.start() - 40), t.start()).find()) continue;
      if (t.granularity() == TimeRef.Granularity.YEAR && SINCE_BEFORE.matcher(article.text()).region(Math.max(from, t.start() - 20), t.start()).find()) continue;
      switch (t.granularity()) {
        case TIME, DAY, WEEK, MONTH, SEASON, QUARTER, YEAR -> {
          if (best == null || Math.abs(t.start() - anchor) < Math.abs(best.start() - anchor)) best = t;
        }
        default -> {}
      }
    }
    return best;
  }

  /**
   * "X and the villages of the Y valley as far as Z are under control": a subject that is a list
   * of places is as near its verb as its last member; the words after that member.
   */
  static String listTail(String gap) {
    int last = gap.lastIndexOf('X');
    return last >= 0 && SUBJECT_LIST_HEAD.matcher(gap.substring(0, last)).matches() ? gap.substring(last + 1) : gap;
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) out.add(m.group());
    return out;
  }
}
