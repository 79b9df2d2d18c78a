package org.crosscheck.claims;

import static org.crosscheck.claims.ClaimExtractor.ARTICLE_BEFORE;
import static org.crosscheck.claims.ClaimExtractor.CLAUSE_START;
import static org.crosscheck.claims.ClaimExtractor.FIGHT_TOLD_BEFORE;
import static org.crosscheck.claims.ClaimExtractor.NEGATED_BEFORE;
import static org.crosscheck.claims.ClaimExtractor.NUMBER;
import static org.crosscheck.claims.ClaimExtractor.SUBJECTLESS_JOINT;
import static org.crosscheck.claims.ClaimExtractor.VERB_GROUP;
import static org.crosscheck.claims.ClaimExtractor.tokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.claims.Trigger.Kind;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.EntityType;

/**
 * Finds a sentence's triggers: the words and constructions that tell a gain, a loss, an attack, a repelled attack or a
 * denial, and drops the ones that tell none in their context (a person leaving, a thing taken, a count lost, a claim
 * only recalled). Separate from {@link ClaimExtractor}, which reads places, actors and claimants around the triggers
 * found here: the search needs only the vocabulary and side names, never the article's places or speakers.
 */
final class TriggerSearch {

  private static final Pattern AGENT_OR_PLACE_WORD = Pattern.compile("(?i)of|in|near|at|on|from|to|into|control|over|by");
  /** Where the words after a loss trigger leave its clause (a comma not inside a number, a conjunction). */
  private static final Pattern COUNT_CLAUSE_JOINT = Pattern.compile("[;:—–]|,(?!\\d)|\\b(?:and|but|while|whereas|or|nor)\\b");
  /** A joint opening a clause with a subject of its own: "; the army", ", and officials", ", but the army". */
  private static final Pattern FRESH_CLAUSE = Pattern.compile("[;:]|,\\s+(?:and|but|while|whereas)\\b", Pattern.CASE_INSENSITIVE);
  /** Kinds of counted units that are people or things taken, not ground (the quantities' "sites" are ground). */
  private static final Set<String> COUNTED_THINGS = Set.of("troops", "casualties", "prisoners", "equipment", "people");
  private static final Pattern LOSS_OF_COUNT = Pattern.compile("^\\s+(?:[\\p{Ll}]+\\s+){0,2}?\\d");
  /**
   * A picture as the subject right before a passive: "The photo was", "the photograph in the posts, which shows a car, was":
   * a picture "taken" somewhere was photographed there, nothing was taken.
   */
  private static final Pattern PICTURE_SUBJECT = Pattern.compile("\\b(?i:photos?|photographs?|pictures?|images?|videos?|footage|clips?|screenshots?)"
      + "(?:\\s+(?:in|of|from|on|at)\\s+(?:the\\s+)?[\\p{L}'’-]+)?(?:\\s*,[^,;:]*,)?\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)"
      + "\\s+(?:(?:\\p{Ll}+ly|also)\\s+)?$");
  /** "were moved to hospital", "transferred to a local clinic": the wounded taken for care (`caresite`), no post moved. */
  private final Pattern toCare;
  /** A date right after a verb ("on 6 September", "in 2031"): no count. */
  private final Pattern dateAfter;
  /**
   * Right before a noun, the preposition of what an act is aimed at and the noun's lower-case words: "at an army ", "on a ";
   * not a time of day ("carried out at dawn a patrol").
   */
  private static final Pattern TARGET_BEFORE = Pattern.compile("\\b(?:at|against|upon|on|targeting)\\s+"
      + "(?!(?:dawn|dusk|daybreak|first\\s+light|night|nightfall|noon|midday|midnight|sunrise|sunset)\\b)(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}$");
  /** A count of people, then a passive: "40 rebels were captured" takes people, not a place. */
  private static final Pattern PASSIVE_OF_PEOPLE = Pattern.compile("(?i)\\b([\\p{L}-]+)\\s+(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?$");
  /** Where a verb's object ends at the latest. */
  private static final Pattern OBJECT_END = Pattern.compile("[,;:.!?\"“”()—–]|\\b(?:and|or|but|while|as|after|before|when)\\b");
  /**
   * Words that may not stand among a force's adjectives between a verb and the force noun ("there are soldiers in X",
   * "saw soldiers in X"): a negation, or a word opening a clause or phrase of its own that makes the force only what
   * the talk is about ("fears that soldiers in X", "reports of fighters in X", "clashes between soldiers in X").
   */
  private static final String NOT_FORCE_ADJECTIVE = "no|not|never|that|which|who|whom|of|about|between|among|with|against|from|over|for|on|to|by|than|as|like";
  /** Words one of which every match of {@link #underHolder}, {@link #thereForce}, {@link #seenForce}, {@link #guardedByForce} holds. */
  private static final List<String> UNDER = List.of("under");
  private static final List<String> THERE = List.of("there");
  private static final List<String> SEEING = List.of("saw", "see", "spotted", "show", "filmed");
  private static final List<String> GUARDED = List.of("guarded", "patrolled");
  /** From a force noun to the preposition before its place: "soldiers still stationed in", "fighters at". */
  private static final String FORCE_TO_PLACE = "\\s+(?:(?:still|now|again|also|stationed|deployed|posted)\\s+){0,2}(in|on|at|inside)\\b";
  /** A presence told with a participle that is a state, not a passive: "were camped in", "are holed up in". */
  private static final Pattern STATE_PRESENCE = Pattern.compile("(?:camped|holed up)\\b");
  /** A road named by the places it leads to or joins, right after a verb: "the main road to X", "the highway between X and Y". */
  private static final Pattern PRESENCE_ON_ROAD = Pattern.compile("(?i)\\s+(?:the|a|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:road|roads|highway|highways|route|routes|track)\\s+(?:to|between|from|linking|towards|into)\\b");
  /** An attempt to reach a place by force, its verb in group 1: "tried to infiltrate", "an attempt to approach" (lexicon "attempt", "assaultgoal"). */
  private final Pattern attemptedAssault;
  /** Munitions coming down, with the auxiliaries between, the verb in group 1: "shells were still falling", "a mortar bomb had landed" (lexicon "munition", "comedown"). */
  private final Pattern munitionsCameDown;
  /** A repulse told by its outcome for the attackers, up to them: "put the assailants to flight", "inflicted heavy losses on the attackers" (lexicon "repelledwho"). */
  private final Pattern attackersRouted;
  /**
   * People who fight for no one as the subject right before a trigger: "600 people from X had taken refuge", "residents who left X"
   * (not a side's own "people": "our people", "the militia's people").
   */
  private final Pattern noncombatantSubject;
  private final Pattern policyOnly;
  /**
   * After a definite fight noun, a place it is said to be at ("the heaviest fighting has been in X", "the shooting was
   * heaviest near Y"): the determiner picks out the fight at that place, not one told before. A negation in the word's
   * slot ("was nowhere near Y") says the fight is not there.
   */
  private static final Pattern FIGHT_SAID_AT = Pattern.compile(
      "\\s+(?:(?i:has|had|have)\\s+been|(?i:was|were|is|are))(?:\\s+(?!(?:not|never|nowhere)\\b)\\p{Ll}+)?\\s+(?i:in|at|around|near|outside)\\s+\\p{Lu}\\p{Ll}");
  /** After a killing verb, a named place within the clause: "were killed in X", "killed 14 insurgents near the town of Y". */
  private static final Pattern KILLED_AT = Pattern.compile("(?:\\s+[^\\s.;:,]+){0,6}?\\s+(?i:in|at|near|around|outside)\\s+"
      + "(?:(?i:the)\\s+(?:(?i:village|town|city|district|camp|area|market)\\s+(?i:of)\\s+)?)?\\p{Lu}");
  /** A locative preposition right after a verb, no object between: "killed in X", "killed near the village". */
  private static final Pattern PLACE_RIGHT_AFTER = Pattern.compile("\\s+(?i:in|at|near|around|outside)\\b");
  /** A passive's auxiliary right before a participle: "were killed", "had been reportedly killed". */
  private static final Pattern BE_PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:was|were|is|are|be|been|being|got|get|gets)\\s+(?:(?:\\p{Ll}+ly|also|all)\\s+)?$");
  /** A passive's agent right after its participle: "killed by a drone". */
  private static final Pattern AGENT_AFTER = Pattern.compile("\\s+(?i:by)\\b");
  /** Right before a force noun, a count or quantifier: "several dozen Russian soldiers", "12,800 soldiers". */
  private static final Pattern COUNTED_BEFORE = Pattern.compile("(?i)\\b(?:\\d[\\d,.]*|only|few|several|dozens?|hundreds?|thousands?|some)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
  /** The word right before a position, when nothing but spaces stands between. */
  private static final Pattern NAME_AFTER = Pattern.compile("\\s+\\p{Lu}\\p{Ll}");
  private static final Pattern NEGATED_VERDICT = Pattern.compile(
      "(?i)\\b(?:not|never|n't)\\s+(?:\\p{Ll}+ly\\s+)?(?:make|makes|made|render|renders|prove|proves|proved|mean|means)\\b[^,;:.]{0,40}$");
  /** The word before a passive's auxiliaries, taken as the head of its subject: "the funerals were", "talks have been". */
  private static final Pattern PASSIVE_SUBJECT = Pattern.compile(
      "([\\p{L}][\\p{L}'’-]*)\\s+(?:(?:has|have|had|will|would|may|might|could)\\s+)?(?:was|were|is|are|be|been|being)\\s+(?:(?:being|also|still|\\p{Ll}+ly)\\s+)?$");
  /** A subject that points back to something named before: "which was held", "it is held". */
  private static final Pattern POINTING_SUBJECT = Pattern.compile("(?i)which|that|it|they|this|these|those|where");
  /** A name placing the noun before it, up to the name's last word: "funerals in ", "the hostages from the ". */
  private static final Pattern HEAD_BEFORE_PLACE = Pattern.compile("([\\p{L}][\\p{L}'’-]*)\\s+(?:in|at|from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+)*$");
  /** Participles whose passive, placed by a preposition, may tell where something other than ground was kept or got. */
  private static final Pattern PASSIVE_KEPT = Pattern.compile("(?i)held|taken");
  /** Where, right after a verb: "held in", "held at". */
  private static final Pattern PLACED_AFTER = Pattern.compile("\\s+(?:in|at|inside)\\b");
  /** Where, right after a verb: "captured at", "seized there". */
  private static final Pattern PLACE_PREPOSITION_AFTER = Pattern.compile("\\s+(?i:in|at|inside|near|from|there|during)\\b");
  /** "Prefect Ali Houmed, who had left the town": the relative pronoun after a name or an office is a person. */
  private static final Pattern WHO_BEFORE = Pattern.compile("(?i),\\s*who\\s+(?:(?:had|has|have|was|were|also|then|already|\\p{Ll}+ly)\\s+)*$");
  private static final Pattern RECALLED_CLAIM = Pattern.compile("(?i),\\s*(?:\\p{L}+\\s+)?(?:days?|weeks?|hours?|months?)\\s+after\\s+"
      + "(?:[\\p{L}'’-]+\\s+){1,4}?(?:had\\s+)?(?:insisted|said|claimed|declared|announced|asserted|maintained)\\b[^;:.\"“”]*$");
  private final Pattern vagueCount;
  private static final Pattern COUNT_WORD_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N},.])([\\p{L}\\p{N}][\\p{L}\\p{N},]*)\\s+$");
  /**
   * Right before a group's name, a preposition that makes it no subject: "a spokesman for JNIM was in", "support for the
   * group is in decline in". Not "of": "the men of the group came into" names the group's own fighters.
   */
  private static final Pattern PREPOSITION_BEFORE_NAME = Pattern.compile("\\b(?:for|with|against|by|between|from|about|among)\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  /** Forms of "be" and of staying, before which a place is where a force is: "are stationed in", "remains under". */
  private static final String BEING = "is|are|was|were|be|been|remain|remains|remained|stay|stays|stayed";
  /** Between a group's name and its verb of presence: a closing quote, adverbs, a form of "be" or "have". */
  private static final Pattern NAMED_SUBJECT_GAP = Pattern.compile("[\"”]?\\s+(?:(?:" + VERB_GROUP + ")\\s+)*");
  /**
   * A participle with a subject before it, and an adjective or count, ending right before a noun: "troops escorting (displaced)",
   * "gunmen holding" (not "the fleeing", "of fleeing": a participle opening a noun phrase describes its noun).
   */
  private static final Pattern PARTICIPLE_OBJECT = Pattern.compile(
      "\\b(?!(?i:the|an?|of|and|or|with|some|many|other|by|for|to|from)\\b)\\p{L}+\\s+\\p{Ll}{2,}ing\\s+(?:[\\p{Ll}\\d,]+\\s+)?$");
  /**
   * The word right before a verb of possession, past an adverb and past a place after a preposition: its subject ("men
   * who belong to", "the town now belongs to", "the victims in X belonged to").
   */
  private static final Pattern POSSESSOR_WORD = Pattern.compile("\\b(\\p{L}+)(?:\\s+(?:in|at|near|from|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*)?"
      + "\\s+(?:(?:all|now|still|also|once|really)\\s+)?$");
  /** Pronouns that stand for people: what they belong to is their group, not a holder of ground. */
  private static final Set<String> PERSON_PRONOUNS = Set.of("who", "whom", "they", "he", "she", "i", "we", "you");
  /** Most sentences hold no trigger: one look with all trigger phrases spares the per-class passes. */
  private final PhraseFinder anyTrigger;
  /** Nouns of ground a passive "held in" may have as its subject: "the camp was held at first by the police". */
  private final Pattern groundSubject;
  /** What a place belongs to as a part of it, right after "belongs to": "the municipality of X", "Y province". */
  private final Pattern adminUnitAfter;
  /** A fight set behind the event it led to, kept from, or followed: "after three days of", "since", "to avoid". */
  private final Pattern fightBackdrop;
  /** A fight as what people fled, its object: "have fled fighting", "displaced by the heavy clashes" (not "fled as fighting"). */
  private final Pattern fledFight;
  /** What a report is about, right before a light verb's participle: "reports on the operations ", "the results of Operation Y, ". */
  private final Pattern reportTopic;
  /** A force said to be absent, up to the preposition before the place: "no foreign troops were in", "seen no rebel fighters in". */
  private final Pattern absentForce;
  /** A predicate judging its subject false: a copula and a noun of falsehood, a few words of its phrase between ("is a collection of lies"). */
  private final Pattern falsityPredicate;
  /** A force said to be there, up to the preposition before the place: "there are soldiers at", "there were armed men still in". */
  private final Pattern thereForce;
  /** A force seen or shown in a place, up to the preposition before it: "we saw soldiers in", "the video shows rebel fighters at". */
  private final Pattern seenForce;
  /** A place guarded or patrolled by a force, from the participle to the force: "guarded by soldiers", "patrolled by army units". */
  private final Pattern guardedByForce;
  /** "assault units", "strike drones": after an attack noun, a unit or weapon noun makes it a kind of unit. */
  private final Pattern unitAfter;
  /** A settlement noun as the subject of a verb right after it, or of a relative clause on it: "a town on the X that controls". */
  private final Pattern placeSubject;
  /** Before a participle, what makes it an adjective: a linking verb ("remains", "seemed") or an article ("the disputed"). */
  private final Pattern stateBefore;
  /** "Storm Lorna hit", "the floods destroyed": a natural force before an attack verb, which makes it no attack. */
  private final Pattern naturalSubject;
  /**
   * The object right after a bare verb of presence: "patrol the town", "guard its gate", "patrolled Tessit". Not "that",
   * which after the noun opens a relative clause ("a police patrol that came under fire"), nor a capitalised day or month,
   * which dates the noun ("an army patrol Tuesday").
   */
  private final Pattern presenceObject;
  /** A subject of one armed man, none of them: "not a single terrorist", "no armed militiaman". */
  private final Pattern noneSubject;
  /** A killing's agent that is a force of nature, a disease or a vehicle, not a bomb: "killed by lightning", "killed by a speeding car". */
  private final Pattern harmlessAgent;
  /** "the police post at X was relocated", "the outpost has been shifted": a post moved away by its own side. */
  private final Pattern movedPost;
  /** A force right before a move verb, its subject: "its troops had \"", "security forces temporarily ". */
  private final Pattern forceMoving;
  /** After a move verb, the force moved if any, then "from": "\" from", "its units from", "the troops out of". */
  private final Pattern forceMovedFrom;
  /** After a move verb of a force subject, "from" right away: "\" from", " temporarily from". */
  private final Pattern movedRightFrom;
  /** A modal ending in "to" right before a word ("tried to ", "plans to "): the word is a verb. */
  final Pattern modalRightBefore;
  /** "gunmen killed", "bandits kidnapped": an armed group as the subject right before a crime verb. */
  private final Pattern armedSubject;
  /** "troops remain", "the police are", "soldiers have deployed": a force as the subject right before a word of presence. */
  private final Pattern forceSubject;
  /** "swept into", "marched through the streets of": a body's move into a place, a presence after a force as subject. */
  private final Pattern motionInto;
  /** "are present in", "has been stationed at": a force put somewhere, the form of "be" or "remain" before it required. */
  private final Pattern placedIn;
  /** "are now on the heights", "were on Y": a force on high or outlying ground or on a named place, the form of "be" before it required. */
  private final Pattern onGround;
  /** A trigger {@link #placedIn} made: "stationed in" after a form of "be" is where a force is, no passive done to people. */
  private final Pattern placedPhrase;
  /** "were dislodged from", "was flushed out of": a passive of putting out, whose subject lost the place after it. */
  private final Pattern oustedFrom;
  /** "under the authority of", "under State administration": a holding told by what the place is under. */
  private final Pattern underHolder;
  /** Trigger phrases with the holder after them ("in the hands of the troops", "under the control of"), not an object. */
  final Pattern holderPhrase;

  private final Vocabulary vocabulary;
  private final Sides sides;
  private final GroupNames groups;

  /** Compiles the constructions' patterns from the vocabulary's word lists, once. */
  TriggerSearch(Vocabulary vocabulary, Sides sides, GroupNames groups) {
    this.vocabulary = vocabulary;
    this.sides = sides;
    this.groups = groups;
    // The constructions' words ("based", "present", "rule", "drove") are common; their own patterns say whether a sentence
    // holds one (constructionTrigger), so a sentence with the words alone skips the trigger search.
    this.adminUnitAfter = Pattern.compile("\\s+(?:(?i:the)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?" + vocabulary.regex("adminunit", "adminnoun", "settlementnoun") + "\\b");
    this.anyTrigger = vocabulary.finder("gain", "possession", "loss", "attack", "repel", "attacknoun", "denial", "denialverb", "relocate", "armedcrime", "killing", "presence", "fightnoun", "answerfire");
    this.groundSubject = vocabulary.union("settlementnoun", "adminnoun", "groundnoun", "sitenoun", "anaphorsite", "townsite", "subdivision");
    this.fightBackdrop = Pattern.compile("\\b" + vocabulary.regex("backdrop") + "(?:\\s+[\\p{L}\\p{N}'’-]+){0,4}\\s+$");
    this.fledFight = Pattern.compile("\\b" + vocabulary.regex("fledfight")
        + "\\s+(?:(?:the|recent|renewed|heavy|intense|ongoing|continued|continuing|fierce)\\s+){0,2}$");
    this.reportTopic = Pattern.compile("\\b" + vocabulary.regex("reporttopic") + "\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+,?\\s+$");
    this.unitAfter = Pattern.compile("^\\s+" + vocabulary.regex("unitnoun"));
    this.placeSubject = Pattern.compile("(?:(?:^|[,;:]\\s*)(?i:the|a|an)\\s+" + vocabulary.regex("settlementnoun", "adminnoun") + "|\\b" + vocabulary.regex("settlementnoun", "adminnoun")
        + "(?:\\s+(?:on|in|near|along|at|by|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)?\\s+(?i:that|which))\\s+(?:[\\p{Ll}]+ly\\s+|still\\s+)?$");
    // Not "the only attack on X", a noun.
    this.policyOnly = Pattern.compile("\\b(?i:(?:" + vocabulary.regex("policyverb") + ")\\s+only|(?<!\\b(?:the|an?|its|their)\\s)only\\s+(?:"
        + vocabulary.regex("policyverb") + "))\\b");
    this.noncombatantSubject = Pattern.compile("(?<!\\b(?i:our|their|its|his|her|my)\\s|['’]s\\s)\\b(?i:" + vocabulary.regex("noncombatant", "bystander") + ")"
        + "(?:\\s+(?:from|of|in)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})?"
        + "\\s+(?:(?:who|that|had|have|has|been|were|was|are|is|also|all|already|now|then|later|since|never|not|\\p{Ll}+ly)\\s+){0,4}$");
    this.vagueCount = Pattern.compile("(?i)\\s+" + vocabulary.regex("vaguecount") + "\\b");
    this.stateBefore = Pattern.compile("(?:\\b(?:" + vocabulary.regex("linking") + ")|\\b(?i:the|a|an))\\s+(?:(?:[\\p{Ll}]+ly|still)\\s+)?$");
    this.naturalSubject = Pattern.compile("\\b" + vocabulary.regex("natural") + "(?:\\s+[\\p{L}'’-]+){0,2}\\s+$");
    this.presenceObject = Pattern.compile("\\s+(?:(?i:the|its|their|his|her|our|every|all|each|this|these|those|both)\\b|(?!"
        + vocabulary.regex("dayname", "month") + "\\b)\\p{Lu})");
    // Not a vehicle carrying explosives ("killed by a car bomb", "a vehicle-borne device"): that is an attack's weapon.
    this.harmlessAgent = Pattern.compile("\\s+(?i:by)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?" + vocabulary.regex("natural", "vehicle")
        + "(?![\\p{L}-])(?!\\s+(?i:bombs?)\\b)");
    // The moved subject is a post ("the post at X was relocated") or a force named by its post ("the units stationed at
    // X were repositioned", "its troops at X were moved"; not "the officers in X", who may be anyone there); the verb may open a quote.
    this.movedPost = Pattern.compile("\\b(?:" + vocabulary.regex("postnoun") + "|" + vocabulary.regex("postedforce") + "\\s+(?:"
        + vocabulary.regex("postedverb") + "\\s+(?:in|at|on)|at))\\b[^,;:]{0,60}\\b(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)"
        + "\\s+(?:\\p{Ll}+ly\\s+)?[\"“]?$", Pattern.CASE_INSENSITIVE);
    String force = vocabulary.regex("ownsideforce");
    this.forceMoving = Pattern.compile("(?i)\\b" + force + "\\s+(?:(?:have|had|has|were|was|been|\\p{Ll}+ly)\\s+)*[\"“]?$");
    this.forceMovedFrom = Pattern.compile("(?i)^[\"”]?\\s+(?:its|their|our|his|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?" + force
        + "\\s+(?:\\p{Ll}+ly\\s+)?(?:from|out\\s+of)\\b");
    this.movedRightFrom = Pattern.compile("(?i)^[\"”]?\\s+(?:\\p{Ll}+ly\\s+)?(?:from|out\\s+of)\\b");
    this.attemptedAssault = Pattern.compile("(?<![\\p{L}])(?:" + vocabulary.regex("attempt") + ")\\s+(?:\\p{Ll}+ly\\s+)?("
        + vocabulary.regex("assaultgoal") + ")(?![\\p{L}])");
    this.munitionsCameDown = Pattern.compile("(?<![\\p{L}])(?:" + vocabulary.regex("munition") + ")(?:\\s+(?:had|have|has|were|was|are|is|been|being|still|also|again|then|later|\\p{Ll}+ly))*\\s+("
        + vocabulary.regex("comedown") + ")(?![\\p{L}])");
    String attackers = "(?:(?:the|all\\s+the)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:them|" + vocabulary.regexAsWritten("repelledwho") + ")";
    this.attackersRouted = Pattern.compile("(?<![\\p{L}])(?:(?i:put|puts|putting)(?=\\s+" + attackers + "\\s+to\\s+flight\\b)"
        + "|(?i:inflicted|inflicting|inflicts)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?on(?=\\s+" + attackers + "\\b))");
    this.modalRightBefore = Pattern.compile("(?i)\\b(?:" + vocabulary.regex("modal") + ")\\s+$");
    this.toCare = Pattern.compile("^\\s+to\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+)?" + vocabulary.regex("caresite") + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE);
    String month = vocabulary.regexAsWritten("month") + "\\b\\.?";
    // A year only after a preposition of time: a bare "1900" or "2000" after "lost" is as likely a count.
    this.dateAfter = Pattern.compile("\\s*(?:(?:(?:on|in|since|until|by|from|before|after)\\s+)?(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
        + month + "|" + month + "\\s+\\d{1,2}\\b)|(?:in|since|until|before|after)\\s+(?:1[89]|20)\\d\\d\\b)");
    this.armedSubject = Pattern.compile("\\b" + vocabulary.regex("opponent", "groupnoun") + "\\s+(?:(?:\\p{Ll}+ly|also|then)\\s+)?$");
    // A negation or "did" may stand between ("soldiers have not returned to X", "the group \"has never set foot in X\"",
    // "troops did go back into X"): the presence is then denied or stressed, read by the trigger's own negation check;
    // a quote may open on the verb group.
    this.noneSubject = Pattern.compile("(?i)\\b(?:not\\s+a\\s+single|not\\s+one|no)\\s+(?:[\\p{L}-]+\\s+)?" + vocabulary.regex("forceone")
        + "[\"”]?\\s+(?:(?:" + VERB_GROUP + ")\\s+)*$");
    // The force may carry a phrase of how it goes or is armed before its verb ("armed men on motorcycles are still in X",
    // "gunmen in pick-ups patrol Y"); in lower case only, so a place it comes from ("troops in X") stays no modifier; and no
    // negation, which would be read as the verb's ("armed men with no uniforms are in X" are there).
    this.forceSubject = Pattern.compile("(?i)\\b(?:" + vocabulary.regex("groupnoun", "forcenoun") + ")\\s+[\"“]?"
        + "(?:(?:on|in|aboard|with)\\s+(?:(?!(?:no|not|never)\\b)(?-i:\\p{Ll}[\\p{L}-]*)\\s+){1,3}?)?"
        + "(?:(?:" + VERB_GROUP + "|not|never|did|do|does|"
        + "haven't|hasn't|hadn't|weren't|wasn't|aren't|isn't|didn't|don't|doesn't)\\s+)*$");
    // Into "a" or "an" something, only a kind of ground: "walked into a trap outside X" moved into no place.
    this.motionInto = Pattern.compile("(?i)\\b" + vocabulary.regex("motion") + "\\s+" + vocabulary.regex("motionpath") + "\\b"
        + "(?!\\s+an?\\s+(?!(?:[\\p{L}-]+\\s+)?" + vocabulary.regex("groundnoun") + "\\b))");
    // "the units posted in X withdrew" names a force by its post (stationedForce); only a verb of being makes it a presence.
    this.placedIn = Pattern.compile("(?i)\\b(?:" + BEING + ")\\s+"
        + "(?:(?:still|now|also|already|currently|permanently|firmly|all|\\p{Ll}+ly)\\s+)?(" + vocabulary.regex("placedverb") + "\\s+(?:in|at|inside|on(?!\\s+" + vocabulary.regex("dayname") + "\\b)))\\b");
    // Only ground or a name after "on": "are on patrol", "were on their way to X", "was on Monday" tell of no place held;
    // a capitalised kind of ground ("on Hill 402") is a name no gazetteer holds, the height itself no place of one.
    this.onGround = Pattern.compile("(?i)\\b(?:" + BEING + ")\\s+(?:(?:still|now|again|also|already|all)\\s+)?(on)\\s+(?:"
        + "(?:the|its|their|our|that|those)\\s+(?:[\\p{Ll}-]+\\s+)?" + vocabulary.regex("heightnoun") + "\\b|(?!"
        + vocabulary.regex("dayname", "month", "heightnoun") + "\\b)(?-i:\\p{Lu}))");
    this.placedPhrase = Pattern.compile("(?i)" + vocabulary.regex("placedverb") + "\\s+(?:in|at|on|inside)");
    this.oustedFrom = Pattern.compile("(?i)\\b(?:was|were|been|being|be|is|are|got|get|gets|getting)\\s+(?:(?:finally|later|then|soon|eventually|\\p{Ll}+ly)\\s+)?("
        + "(?:" + vocabulary.regex("ousted") + "\\s+(?:out\\s+of|from)|" + vocabulary.regex("thrownout") + "\\s+out\\s+of|"
        // "driven from X to a hospital in Y": a ride from one named place to another is a journey, not an ousting.
        + vocabulary.regex("riddenout") + "\\s+(?:out\\s+of|from(?!\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*\\s+to\\b))))\\b");
    // The place must be what is under it (a verb of being before) or the holder be named after "of": "Under the new
    // administration, X received funds" and "the rule of law" name no holder of X.
    this.underHolder = Pattern.compile("(?i)\\b(?:(?:" + BEING + "|being|come|comes|came|fall|falls|fell|back)\\s+(?:(?:\\p{Ll}+ly|still|now|again|firmly)\\s+)*"
        + "(under\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?" + vocabulary.regex("holdnoun") + "(?!\\s+of\\s+law\\b)(?:\\s+of)?)"
        + "|(under\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?" + vocabulary.regex("holdnoun") + "\\s+of(?!\\s+law\\b)))\\b");
    this.holderPhrase = Pattern.compile("(?i).*(?:\\bunder\\b.*\\b" + vocabulary.regex("holdnoun") + "|\\bin\\b.*\\bhands)\\s+of");
    // Not the forces of order posted in a place (police, gendarmes, guards, officers): "there are no police in
    // the town" tells of their side's loss, not of a presence denied.
    this.falsityPredicate = Pattern.compile("(?i)\\b(?:is|are|was|were|been)\\s+[\"“‘']?(?:(?!(?:that|and|but|which|who|not|no|never)\\b)[\\p{L}-]+\\s+[\"“‘']?){0,4}?(?:"
        + vocabulary.regex("falsitynoun") + ")\\b");
    this.absentForce = Pattern.compile("(?i)\\b(?:no|not one|not a single)\\s+(?:(?!(?:police|policemen|officers|guards|gendarmes|security)\\b)[\\p{L}-]+\\s+){0,3}?(?!(?:police|policemen|officers|guards|gendarmes)\\b)(?:"
        + vocabulary.regex("groupnoun", "forcenoun") + ")\\s+(?:(?:were|was|are|is|had|have|has|been|seen|present|stationed|deployed|remain|remains|remained|anywhere|still|set\\s+foot)\\s+){0,4}(in|on|at|inside)\\b");
    // "There are no soldiers in X" is absentForce's; any word before the force may not be a negation. Nor may it
    // open a clause or phrase of its own ("there are fears that soldiers in X", "reports of fighters in X", "clashes
    // between soldiers in X"): the force is then no subject of "there are", only what the talk is about; a count's
    // "of" stays ("there are hundreds of soldiers in X").
    this.thereForce = Pattern.compile("(?i)\\bthere\\s+(?:are|were|is|was)\\s+(?:" + vocabulary.regex("vaguecount") + "\\s+of\\s+|"
        + "(?!(?:few|only|" + NOT_FORCE_ADJECTIVE + ")\\b)[\\p{L}-]+\\s+){0,3}?(?:"
        + vocabulary.regex("groupnoun", "forcenoun") + ")" + FORCE_TO_PLACE);
    // "The airport is guarded by soldiers": the passive of a force's guard holds its subject place; "guarded by a
    // fence" or "patrolled by drones" names no force, so the force noun must come within three words after "by".
    this.guardedByForce = Pattern.compile("(?i)\\b(guarded|patrolled)\\s+by\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:"
        + vocabulary.regex("groupnoun", "forcenoun") + ")\\b");
    // "We saw soldiers in the market of X", "a video shows rebel fighters at the gate of Y": a force seen in a place
    // is there, as "there are soldiers in X" says. The words before the force are its adjectives: none a negation
    // ("saw no soldiers in X" is absentForce's) nor a word that makes the force what a report is about ("saw
    // reports of fighters in X", "shows that soldiers in X ..."); "want to see soldiers in X" is a wish, no sighting.
    this.seenForce = Pattern.compile("(?i)\\b(?:saw|(?<!\\bto\\s)see|seen|sees|seeing|spotted|show|shows|showed|showing|shown|filmed)\\s+"
        + "(?!(?:few|only|" + NOT_FORCE_ADJECTIVE + ")\\b)"
        + "(?:(?!(?:" + NOT_FORCE_ADJECTIVE + ")\\b)[\\p{L}-]+\\s+){0,3}?(?:"
        + vocabulary.regex("groupnoun", "forcenoun") + ")" + FORCE_TO_PLACE);
  }

  /** A sentence's triggers, found once per report: the topic looks through every sentence's before the loop reaches them. */
  List<Trigger> triggers(String text, Annotations.Span s, State state) {
    return state.triggers.computeIfAbsent(s, span -> List.copyOf(triggers(text, span)));
  }

  /**
   * The move that is a light verb's object, not an attack, or null: the first move noun after it, before any attack noun
   * ("carried out on 16 May a readjustment of the detachment towards X", while "carried out an attack on a patrol" attacks).
   */
  private Vocabulary.Hit movedNotAttacked(String text, Annotations.Span s, Trigger t) {
    int end = Math.min(s.end(), t.end() + 60);
    List<Vocabulary.Hit> moves = vocabulary.find("movenoun", text, t.end(), end);
    // "launched rockets at an army patrol": a move noun after the preposition of what is aimed at is the target.
    if (moves.isEmpty() || TARGET_BEFORE.matcher(text).region(t.end(), moves.get(0).start()).find()) return null;
    List<Vocabulary.Hit> attacks = vocabulary.find("attacknoun", text, t.end(), end);
    return attacks.isEmpty() || moves.get(0).start() < attacks.get(0).start() ? moves.get(0) : null;
  }

  /**
   * Light verbs whose object is a move tell no attack; when the move is a pulling back ("the unit posted in X carried out
   * a tactical withdrawal", "carried out a readjustment of the X detachment"), its noun tells the force's loss of its post.
   */
  private void movesForLightVerbs(List<Trigger> all, String text, Annotations.Span s) {
    for (Trigger t : List.copyOf(all)) {
      if (t.kind() != Kind.ATTACK || !vocabulary.isExactly("lightverb", t.phrase())) continue;
      Vocabulary.Hit move = movedNotAttacked(text, s, t);
      if (move == null) continue;
      all.remove(t);
      if (vocabulary.isExactly("withdrawnoun", move.phrase())) all.add(new Trigger(move.start(), move.end(), move.phrase(), Kind.LOSS));
    }
  }

  /** Whether a move verb has "from" after it, past the force moved if any: "relocated from", "repositioned its units from". */
  boolean fromAfterMove(String text, Trigger t) {
    int end = Math.min(text.length(), t.end() + 60);
    return movedRightFrom.matcher(text).region(t.end(), end).lookingAt() || forceMovedFrom.matcher(text).region(t.end(), end).lookingAt();
  }

  /**
   * "its troops had \"redeployed\" from X", "security forces relocated from outposts around X", "the army repositioned its
   * units from X": a force moved off a place, subject or object of the move verb, gives that place up.
   */
  private boolean forceMovedOff(String text, Annotations.Span s, Vocabulary.Hit h) {
    if (forceMovedFrom.matcher(text).region(h.end(), s.end()).lookingAt()) return true;
    return movedRightFrom.matcher(text).region(h.end(), s.end()).lookingAt()
        && forceMoving.matcher(text).region(Math.max(s.start(), h.start() - 40), h.start()).find();
  }

  /** Whether a sentence holds one of the constructions that make triggers of common words (motion, placement, ousting, "under"). */
  private boolean constructionTrigger(String text, Annotations.Span s) {
    return motionInto.matcher(text).region(s.start(), s.end()).find() || placedIn.matcher(text).region(s.start(), s.end()).find()
        || onGround.matcher(text).region(s.start(), s.end()).find()
        || oustedFrom.matcher(text).region(s.start(), s.end()).find() || cued(underHolder, UNDER, text, s).find();
  }

  /**
   * The triggers of any stretch of text, searched afresh: a clause or the words an antecedent spans, not a whole sentence
   * of the loop, whose triggers {@link #triggers(String, Annotations.Span, State)} keeps.
   */
  List<Trigger> triggers(String text, Annotations.Span s) {
    List<Trigger> all = new ArrayList<>();
    if (!anyTrigger.any(text, s.start(), s.end()) && !absentForce.matcher(text).region(s.start(), s.end()).find()
        && !cued(thereForce, THERE, text, s).find() && !cued(seenForce, SEEING, text, s).find()
        && !cued(guardedByForce, GUARDED, text, s).find() && !constructionTrigger(text, s)
        && !attemptedAssault.matcher(text).region(s.start(), s.end()).find() && !munitionsCameDown.matcher(text).region(s.start(), s.end()).find()
        && !attackersRouted.matcher(text).region(s.start(), s.end()).find()) return all;
    add(all, "gain", Kind.GAIN, text, s);
    add(all, "possession", Kind.GAIN, text, s);
    add(all, "loss", Kind.LOSS, text, s);
    add(all, "attack", Kind.ATTACK, text, s);
    add(all, "repel", Kind.REPEL, text, s);
    add(all, "attacknoun", Kind.ATTACK_NOUN, text, s);
    // "attempted to attack the camp at X", "tried to raid Y": a bare attack word right after a modal's "to"
    // is the verb, which only the noun list holds; read as a verb, the modal rules judge it (an attempt is an attack made).
    all.replaceAll(t -> t.kind() == Kind.ATTACK_NOUN && !t.phrase().contains(" ") && modalRightBefore.matcher(text).region(s.start(), t.start()).find()
        && all.stream().noneMatch(o -> o != t && o.kind() == Kind.ATTACK && o.start() < t.end() && t.start() < o.end())
        ? new Trigger(t.start(), t.end(), t.phrase(), Kind.ATTACK) : t);
    // "gunmen attempted to infiltrate X", "an attempt to approach the post at Y was foiled": reaching a place by force,
    // tried, is an assault made on it, whether or not it got there; the verb's reading as a taking ("enter") gives way.
    // Not people who fight for no one: "displaced families tried to enter X" is no assault.
    Matcher tried = attemptedAssault.matcher(text).region(s.start(), s.end());
    while (tried.find()) {
      if (noncombatantsGo(text, s, tried.start())) continue;
      int from = tried.start(1);
      int to = tried.end(1);
      all.removeIf(o -> o.start() < to && from < o.end());
      all.add(new Trigger(from, to, tried.group(1).toLowerCase(Locale.ROOT), Kind.ATTACK));
    }
    // "put the assailants to flight", "inflicted a crushing defeat on the attackers": the attackers' rout is a repulse of
    // their attack, told with its attackers after the verb as "repelled the assailants" is.
    // Right after an attack and an "and" with no subject of its own, the rout is the attacker's deed on those it attacked
    // ("troops raided the camp and put them to flight"), no repulse.
    Matcher routed = attackersRouted.matcher(text).region(s.start(), s.end());
    while (routed.find()) {
      int at = routed.start();
      if (SUBJECTLESS_JOINT.matcher(text).region(s.start(), at).find() && all.stream().anyMatch(o -> o.kind() == Kind.ATTACK && o.end() <= at)) continue;
      all.add(new Trigger(at, routed.end(), routed.group().toLowerCase(Locale.ROOT), Kind.REPEL));
    }
    add(all, "denial", Kind.DENIAL, text, s);
    add(all, "denialverb", Kind.DENIAL, text, s);
    // "The militia's claim to hold X is a collection of lies": a predicate naming a claim a falsehood denies it, in whatever
    // words lead up to the noun. Only a claim noun's: "That is a fantasy" may point back to anything told before.
    // The noun stands in the copula's own clause: after ", and said the earlier denial was a lie" the falsehood is the denial's.
    for (Matcher m = falsityPredicate.matcher(text).region(s.start(), s.end()); m.find(); ) {
      int at = m.start();
      int clause = s.start();
      for (Matcher j = FRESH_CLAUSE.matcher(text).region(s.start(), at); j.find(); ) clause = j.end();
      if (all.stream().noneMatch(o -> o.kind() == Kind.DENIAL && o.start() < m.end() && at < o.end())
          && vocabulary.first("claimnoun", text, clause, at).isPresent()) {
        all.add(new Trigger(at, m.end(), m.group().toLowerCase(Locale.ROOT), Kind.DENIAL));
      }
    }
    // "the police post at X was temporarily relocated to Y": moving a post away gives up X (not Y);
    // moved people ("the officers were moved to the hall") or things are no loss of ground, nor are
    // soldiers of a post taken for care ("the troops at X were moved to hospital"): they are the wounded.
    for (Vocabulary.Hit h : vocabulary.find("relocate", text, s.start(), s.end())) {
      if (toCare.matcher(text).region(h.end(), s.end()).lookingAt()) continue;
      if (movedPost.matcher(text).region(s.start(), h.start()).find() || forceMovedOff(text, s, h)) all.add(new Trigger(h.start(), h.end(), h.phrase(), Kind.LOSS));
    }
    // "Gunmen killed 13 miners near X": killing or abducting is an armed attack when armed men do it.
    for (Vocabulary.Hit h : vocabulary.find("armedcrime", text, s.start(), s.end())) {
      if (armedSubject.matcher(text).region(Math.max(s.start(), h.start() - 40), h.start()).find()) all.add(new Trigger(h.start(), h.end(), h.phrase(), Kind.ATTACK));
    }
    // "A shell killed four people near X", "the army says it killed 14 insurgents at Y", "two nurses were killed
    // by a drone near Z": a killing told at a named place with its killer is an attack there, whoever the killer.
    // A toll with no killer ("nine farmers were killed in X", "the men killed in X were farmers") stays a count:
    // over the gold halves such passives were an attack as often as a tally of the dead of one told elsewhere.
    for (Vocabulary.Hit h : vocabulary.find("killing", text, s.start(), s.end())) {
      if (!KILLED_AT.matcher(text).region(h.end(), s.end()).lookingAt()) continue;
      boolean passive = BE_PASSIVE_BEFORE.matcher(text).region(Math.max(s.start(), h.start() - 30), h.start()).find()
          || PLACE_RIGHT_AFTER.matcher(text).region(h.end(), s.end()).lookingAt();
      boolean agent = AGENT_AFTER.matcher(text).region(h.end(), s.end()).lookingAt();
      // "a boy was killed by a speeding car in X", "killed by lightning near Y": an accident's or nature's victims, no attack.
      if (agent && harmlessAgent.matcher(text).region(h.end(), s.end()).lookingAt()) continue;
      if (!passive || agent) all.add(new Trigger(h.start(), h.end(), h.phrase(), Kind.ATTACK));
    }
    // "IDF troops remain at X", "the police are in X", "soldiers returned to X": a force present in a place holds it.
    for (Vocabulary.Hit h : vocabulary.find("presence", text, s.start(), s.end())) {
      // "troops patrol the town", "rangers guard its gate": a bare verb of presence with no preposition is a verb only
      // before its object; "an army patrol near X", "a police patrol was ambushed" name a unit, not a presence.
      // "have been at war", "been in retreat": after "been" too the place must follow, not a state the force is in.
      boolean needsObject = !h.phrase().contains(" ") && !h.phrase().endsWith("ing") || h.phrase().startsWith("been ");
      if (needsObject && !presenceObject.matcher(text).region(h.end(), s.end()).lookingAt()) continue;
      // "troops are patrolling the road to X": a road to or between places names them as its ends, not as held.
      if (PRESENCE_ON_ROAD.matcher(text).region(h.end(), s.end()).lookingAt()) continue;
      Matcher force = forceSubject.matcher(text).region(Math.max(s.start(), h.start() - 50), h.start());
      // "only a few dozen soldiers remain in X": a count of those left tells of their weakness, not of a hold.
      boolean forceThere = force.find() && !COUNTED_BEFORE.matcher(text).region(Math.max(s.start(), force.start() - 40), force.start()).find()
          // "Not a single terrorist set foot in X": nobody armed there is a presence denied.
          || noneSubject.matcher(text).region(Math.max(s.start(), h.start() - 60), h.start()).find();
      if (forceThere || namedArmedSubject(text, s, h.start())) all.add(new Trigger(h.start(), h.end(), h.phrase(), Kind.GAIN));
    }
    // "Militiamen swept into X", "our units are present in Y": a force moving into a place or put there holds it, as one
    // said to be there does; the force must be the subject right before, so "residents fled into the bush" takes nothing.
    // A count before a force that moves in is its strength; before one that is somewhere, as for the presence words above,
    // it may tell of what is left ("only a few soldiers are present in X").
    addForcePresence(all, motionInto, 0, false, text, s);
    addForcePresence(all, placedIn, 1, true, text, s);
    addForcePresence(all, onGround, 1, true, text, s);
    // "The rebels were dislodged from X": the passive subject of a putting out lost the place.
    for (Matcher m = oustedFrom.matcher(text).region(s.start(), s.end()); m.find(); ) {
      all.add(new Trigger(m.start(1), m.end(1), m.group(1).toLowerCase(Locale.ROOT), Kind.LOSS));
    }
    // "X is under the authority of the State", "the dam remains under the protection of our forces": what a place is
    // under tells who holds it, in the words the lexicon's "under the control of" lines give for control alone.
    for (Matcher m = cued(underHolder, UNDER, text, s); m.find(); ) {
      int g = m.group(1) != null ? 1 : 2;
      all.add(new Trigger(m.start(g), m.end(g), m.group(g).toLowerCase(Locale.ROOT), Kind.GAIN));
    }
    // "there were no foreign troops in X", "saw no rebel fighters in X": a force said to be absent from a
    // place is its presence denied; the preposition is the trigger, and the "no" before it negates it.
    for (Matcher m = absentForce.matcher(text).region(s.start(), s.end()); m.find(); ) {
      all.add(new Trigger(m.start(1), m.end(1), m.group(1).toLowerCase(Locale.ROOT), Kind.GAIN));
    }
    // "There are soldiers at the entrance of X": a force said to be in a place holds it, as "soldiers are in X" does.
    for (Matcher m = cued(thereForce, THERE, text, s); m.find(); ) {
      all.add(new Trigger(m.start(1), m.end(1), m.group(1).toLowerCase(Locale.ROOT), Kind.GAIN));
    }
    // "The bridge at X is guarded by the army": a place a force guards is held, in the passive as in the active.
    for (Matcher m = cued(guardedByForce, GUARDED, text, s); m.find(); ) {
      all.add(new Trigger(m.start(1), m.end(1), m.group(1).toLowerCase(Locale.ROOT), Kind.GAIN));
    }
    // "We saw soldiers in the market of X": a force seen in a place holds it, as one said to be there does.
    for (Matcher m = cued(seenForce, SEEING, text, s); m.find(); ) {
      all.add(new Trigger(m.start(1), m.end(1), m.group(1).toLowerCase(Locale.ROOT), Kind.GAIN));
    }
    // "Rival militias clashed in X": a fight told of afresh is an attack there; "the clashes" refers back to one told before.
    for (Vocabulary.Hit h : vocabulary.find("fightnoun", text, s.start(), s.end())) {
      int before = Math.max(s.start(), h.start() - 30);
      boolean toldBefore = FIGHT_TOLD_BEFORE.matcher(text).region(before, h.start()).find() && !FIGHT_SAID_AT.matcher(text).region(h.end(), s.end()).lookingAt();
      // "35,000 people have fled fighting in X": a fight told as what people fled counts the displaced; no attack is told.
      if (!toldBefore && !fightBackdrop.matcher(text).region(before, h.start()).find() && !fledFight.matcher(text).region(before, h.start()).find()) {
        all.add(new Trigger(h.start(), h.end(), h.phrase(), Kind.ATTACK_NOUN));
      }
    }
    // "The patrol returned fire": the subject's answering fire is its own attack, where the fire it answered came from.
    // Beside another event of the sentence ("returned fire and repelled the attack", "retaliated after rebels shelled X",
    // "returned fire and the rebels withdrew") it only tells how that event went, and is read with it.
    if (all.stream().allMatch(t -> t.kind() == Kind.DENIAL)) {
      add(all, "answerfire", Kind.ATTACK, text, s);
    }
    List<Vocabulary.Hit> idioms = vocabulary.find("idiom", text, s.start(), s.end());
    all.removeIf(t -> idioms.stream().anyMatch(i -> t.start() < i.end() && i.start() < t.end()));
    // "mortar bombs fell on the village", "shells were landing on its edge": where munitions came down was attacked;
    // "fell on" there is no idiom, and "fell" no fall of a place. The verb is the trigger: a munition that is an attack
    // noun ("the bomb") stays one, to be placed as a noun is.
    Matcher landed = munitionsCameDown.matcher(text).region(s.start(), s.end());
    while (landed.find()) {
      int from = landed.start(1);
      int to = landed.end(1);
      all.removeIf(o -> o.start() < to && from < o.end());
      all.add(new Trigger(from, to, landed.group(1).toLowerCase(Locale.ROOT), Kind.ATTACK));
    }
    // "lost about 1,200 servicemen": a loss followed by a count is about casualties, not ground.
    all.removeIf(t -> t.kind() == Kind.LOSS && countFollows(text.substring(t.end(), Math.min(s.end(), t.end() + 30))));
    // "recovered nine bodies in X", "seized two tanks at X": a gain taking counted things takes no place.
    all.removeIf(t -> t.kind() == Kind.GAIN && countedThingsFollow(text.substring(t.end(), Math.min(s.end(), t.end() + 30))));
    // "assault units", "strike drones": an attack noun naming a kind of unit or weapon is no attack.
    all.removeIf(t -> t.kind() == Kind.ATTACK_NOUN && unitAfter.matcher(text.substring(t.end(), Math.min(s.end(), t.end() + 20))).find());
    // "reports on the operations carried out in X", "the results of Operation Y, carried out in X": operations that a report is
    // about, their light verb a participle, announce its topic; the attacks are told after it, each at its own place.
    all.removeIf(t -> vocabulary.isExactly("lightverb", t.phrase()) && reportTopic.matcher(text).region(Math.max(s.start(), t.start() - 60), t.start()).find());
    movesForLightVerbs(all, text, s);
    // "captured the commander of a brigade near X": a control verb that takes a person takes no place.
    // "armed men who said they belonged to the cartel": people belong to their group, which holds no place by it;
    // "the village belongs to the municipality of X": a part of a larger place, no holding.
    all.removeIf(t -> vocabulary.isExactly("possession", t.phrase()) && (personBefore(text, s, t) || adminUnitAfter.matcher(text).region(t.end(), s.end()).lookingAt()));
    // "the town belongs to the gang": the one a place belongs to is its holder, no person taken.
    all.removeIf(t -> t.control() && !holderPhrase.matcher(t.phrase()).matches() && !vocabulary.isExactly("possession", t.phrase()) && personObject(text.substring(t.end(), Math.min(s.end(), t.end() + 40))));
    // "did not deny leaving X", "does not dispute": a negated denial denies nothing (it concedes; see CONCESSION).
    all.removeIf(t -> t.kind() == Kind.DENIAL && NEGATED_BEFORE.matcher(text).region(Math.max(s.start(), t.start() - 20), t.start()).find());
    // "That does not make the claim false": a denial word after a negated "make" or "prove" denies nothing.
    all.removeIf(t -> t.kind() == Kind.DENIAL && NEGATED_VERDICT.matcher(text).region(Math.max(s.start(), t.start() - 60), t.start()).find());
    // "600 people had taken refuge in X", "residents who left X": where those who fight for no one go is no one's ground.
    all.removeIf(t -> t.control() && noncombatantsGo(text, s, t.start()));
    // "the air force targets only military sites": a present attack verb with "only" is the force's rule of whom it hits,
    // no strike on any day (a denial beside it answers the strike told).
    Matcher policy = policyOnly.matcher(text).region(s.start(), s.end());
    while (policy.find()) {
      int from = policy.start();
      int to = policy.end();
      all.removeIf(t -> t.kind() == Kind.ATTACK && t.start() < to && from < t.end());
    }
    // "The photo was taken in X in 2023": a picture taken was photographed there.
    all.removeIf(t -> t.kind() == Kind.GAIN && t.phrase().startsWith("taken")
        && PICTURE_SUBJECT.matcher(text).region(Math.max(s.start(), t.start() - 120), t.start()).find());
    // "40 rebels were captured in fighting around X": a gain whose passive subject is people takes no place.
    all.removeIf(t -> t.kind() == Kind.GAIN && peopleSubject(text, s, t));
    // "14 soldiers had been killed and six captured": a bare count right before a participle is the
    // elided subject of a passive (people counted), not the taker of a place.
    all.removeIf(t -> t.kind() == Kind.GAIN && countedRightBefore(text, s, t));
    // "the soldiers captured at X": what befell people or things there takes no place.
    all.removeIf(t -> t.kind() == Kind.GAIN && takenThingsBefore(text, s, t));
    // "control remains disputed", "the disputed crossing": a participle used as an adjective tells of a contest, not who denies.
    all.removeIf(t -> t.kind() == Kind.DENIAL && t.phrase().endsWith("ed") && !t.phrase().contains(" ")
        && stateBefore.matcher(text).region(Math.max(s.start(), t.start() - 30), t.start()).find());
    // "a town on the river that controls the crossing": a place as the subject of holding tells where it lies, not who holds it.
    // "The town is ours": what a place is to its holder has the place for subject all the same.
    all.removeIf(t -> t.kind() == Kind.GAIN && placeSubject.matcher(text).region(s.start(), t.start()).find() && !vocabulary.isExactly("possession", t.phrase()));
    // "Storm Lorna hit X", "a powerful earthquake struck X": a natural force hitting a place attacks nothing.
    // "Storm Lorna", "Storms hit", "the storm": a noun there, no attack verb.
    all.removeIf(t -> t.kind() == Kind.ATTACK && (naturalSubject.matcher(text).region(Math.max(s.start(), t.start() - 40), t.start()).find()
        || vocabulary.isExactly("natural", t.phrase()) && (NAME_AFTER.matcher(text).region(t.end(), s.end()).lookingAt()
            || Character.isUpperCase(text.charAt(t.start())) || ARTICLE_BEFORE.matcher(text).region(s.start(), t.start()).find())));
    // "the Line of Control", "Operation Strike": a capitalised trigger word inside a sentence is part of a name.
    all.removeIf(t -> Character.isUpperCase(text.charAt(t.start())) && t.start() > s.start()
        && !CLAUSE_START.matcher(text.substring(s.start(), t.start())).find());
    all.sort(Comparator.comparingInt(Trigger::start).thenComparing(t -> -(t.end() - t.start())));
    List<Trigger> kept = new ArrayList<>();
    for (Trigger t : all) {
      if (!kept.isEmpty() && t.start() < kept.get(kept.size() - 1).end()) continue; // overlapped: the longer won
      kept.add(t);
    }
    return kept;
  }

  /**
   * Adds as a holding each match of {@code phrase} (its {@code group}) with a force as the subject right before it, unless
   * {@code uncounted} and a count comes before the force.
   */
  private void addForcePresence(List<Trigger> all, Pattern phrase, int group, boolean uncounted, String text, Annotations.Span s) {
    for (Matcher m = phrase.matcher(text).region(s.start(), s.end()); m.find(); ) {
      Matcher force = forceSubject.matcher(text).region(Math.max(s.start(), m.start(group) - 50), m.start(group));
      boolean forceThere = force.find() && !(uncounted && COUNTED_BEFORE.matcher(text).region(Math.max(s.start(), force.start() - 40), force.start()).find());
      if (forceThere || namedArmedSubject(text, s, m.start(group))) {
        all.add(new Trigger(m.start(group), m.end(group), m.group(group).toLowerCase(Locale.ROOT), Kind.GAIN));
      }
    }
  }

  /**
   * Whether an armed group named by name is the subject right before {@code at} ("the YPG is still in", "JNIM are in"):
   * a listed group's name, or a group's own name or acronym, as a force word is for {@link #forceSubject}. Not a
   * country's name: "Mali is in crisis" tells of a state, not of troops somewhere.
   */
  private boolean namedArmedSubject(String text, Annotations.Span s, int at) {
    int from = Math.max(s.start(), at - 60);
    for (Sides.SideHit h : sides.find(text, from, at)) {
      if (sides.isListedGroup(h.side()) && namedSubject(text, s, h.start(), h.end(), at)) return true;
    }
    for (GroupNames.Found g : groups.find(text, from, at)) {
      if (!g.opponent() && g.side() != null && namedSubject(text, s, g.start(), g.end(), at)) return true;
    }
    return false;
  }

  /**
   * A search of sentence {@code s} with {@code pattern}, or of nothing when the sentence holds none of
   * {@code cues} (in any case), one of which every match of the pattern holds: these patterns are tried
   * at every character of each sentence, and most sentences hold none of their words.
   */
  private static Matcher cued(Pattern pattern, List<String> cues, String text, Annotations.Span s) {
    for (String cue : cues) {
      for (int i = s.start(); i + cue.length() <= s.end(); i++) {
        if (text.regionMatches(true, i, cue, 0, cue.length())) return pattern.matcher(text).region(s.start(), s.end());
      }
    }
    return pattern.matcher("");
  }

  /** Whether the name from {@code start} to {@code end} heads the subject of the verb at {@code at}: no preposition before it. */
  private static boolean namedSubject(String text, Annotations.Span s, int start, int end, int at) {
    return NAMED_SUBJECT_GAP.matcher(text).region(end, at).matches()
        && !PREPOSITION_BEFORE_NAME.matcher(text).region(Math.max(s.start(), start - 20), start).find();
  }

  /**
   * Whether those right before a trigger are people who fight for no one (bystanders too: "an aid worker who left X"), as
   * its subject: not the object of a participle whose subject comes before ("soldiers escorting displaced families entered
   * X": the soldiers entered).
   */
  private boolean noncombatantsGo(String text, Annotations.Span s, int at) {
    Matcher m = noncombatantSubject.matcher(text).region(Math.max(s.start(), at - 80), at);
    return m.find() && !PARTICIPLE_OBJECT.matcher(text).region(Math.max(s.start(), m.start() - 40), m.start()).find();
  }

  /**
   * Whether the subject right before a trigger is a person or a thing: a pronoun for people, a person noun ("they belong
   * to", "the men belong to", "the victims in X belonged to") or a vehicle's ("the lorries belonged to").
   */
  private boolean personBefore(String text, Annotations.Span s, Trigger t) {
    Matcher m = POSSESSOR_WORD.matcher(text).region(Math.max(s.start(), t.start() - 60), t.start());
    if (!m.find()) return false;
    String word = m.group(1).toLowerCase(Locale.ROOT);
    return PERSON_PRONOUNS.contains(word) || vocabulary.isExactly("person", word) || vocabulary.isExactly("faction", word)
        || vocabulary.isPerson(word) || vocabulary.isVehicle(word);
  }

  /** Whether a passive trigger has people, a person or things for subject: "40 rebels were captured", "a soldier was taken", "bodies were recovered". */
  private boolean peopleSubject(String text, Annotations.Span s, Trigger t) {
    // "the rebels were camped in X", "gunmen were holed up in Y": a force's state there is no passive done to people
    // (while "soldiers were deployed to X" is: sent, not yet there).
    if (STATE_PRESENCE.matcher(t.phrase()).lookingAt() || placedPhrase.matcher(t.phrase()).matches()) return false;
    Matcher m = PASSIVE_OF_PEOPLE.matcher(text).region(Math.max(s.start(), t.start() - 40), t.start());
    if (!m.find()) return false;
    String noun = m.group(1);
    String category = vocabulary.unitCategory(noun);
    return vocabulary.contains("person", noun) || category != null && COUNTED_THINGS.contains(category);
  }

  /** Whether a trigger stands in a clause recalling an earlier claim as the time mark of news of control told before it. */
  static boolean recalled(String text, Annotations.Span s, Trigger t, List<Trigger> triggers) {
    Matcher m = RECALLED_CLAIM.matcher(text).region(s.start(), t.start());
    return m.find() && triggers.stream().anyMatch(o -> o.control() && o.end() <= m.start());
  }

  /**
   * Whether a trigger is a passive "held" or "taken" followed by where ("were held in", "they say were taken at") whose
   * subject is no ground: not a name (a place, or a side as in "Hill 3 was held"), not a noun of ground, not a word pointing back.
   */
  boolean heldSomewhere(String text, Annotations.Span s, Trigger t) {
    if (!PASSIVE_KEPT.matcher(t.phrase()).matches() || !PLACED_AFTER.matcher(text).region(t.end(), s.end()).lookingAt()) return false;
    Matcher subject = PASSIVE_SUBJECT.matcher(text).region(s.start(), t.start());
    if (!subject.find()) return false;
    String word = subject.group(1);
    // "the funerals in X were held at": a name after "in", "at" or "from" places the subject, whose head stands before it.
    Matcher head = HEAD_BEFORE_PLACE.matcher(text).region(s.start(), subject.start(1));
    if (Character.isUpperCase(word.codePointAt(0)) && head.find()) word = head.group(1);
    // "X is said to have been taken in a raid": the subject of a raised infinitive stands further back, unread.
    // ("who", a person, points back to no ground: "the hostages, who were held in X".)
    if (Character.isUpperCase(word.codePointAt(0)) || POINTING_SUBJECT.matcher(word).matches() || word.equalsIgnoreCase("to")) return false;
    String noun = word.toLowerCase(Locale.ROOT);
    return !groundSubject.matcher(noun).matches() && !(noun.endsWith("s") && groundSubject.matcher(noun.substring(0, noun.length() - 1)).matches());
  }

  /** Whether a loss's subject is "who" after a person's name: "Prefect X, who had left the town". */
  static boolean personLeaving(AnnotatedArticle article, Annotations.Span s, Trigger t) {
    Matcher who = WHO_BEFORE.matcher(article.text()).region(s.start(), t.start());
    if (!who.find()) return false;
    return article.mentionsIn(s.start(), who.start()).stream()
        .anyMatch(m -> m.type() == EntityType.PERSON && article.text().substring(m.end(), who.start()).isBlank());
  }

  /**
   * Whether a participle of taking stands right after the people or things it befell, a place after it and no object of
   * its own: "the six soldiers captured at X", "trucks seized in X" tell what was taken there, not a taking of X (while
   * "fighters captured X" is the fighters' deed).
   */
  private boolean takenThingsBefore(String text, Annotations.Span s, Trigger t) {
    if (!vocabulary.isExactly("takenthing", t.phrase()) || !PLACE_PREPOSITION_AFTER.matcher(text).region(t.end(), s.end()).lookingAt()) return false;
    Matcher m = COUNT_WORD_BEFORE.matcher(text).region(Math.max(s.start(), t.start() - 30), t.start());
    if (!m.find()) return false;
    String noun = m.group(1);
    if (!noun.equals(noun.toLowerCase(Locale.ROOT))) return false;
    String category = vocabulary.unitCategory(noun);
    return vocabulary.isExactly("person", noun) || category != null && COUNTED_THINGS.contains(category);
  }

  /** Whether the word right before a trigger is a count with no noun after it: "and six captured", "20 taken". */
  private boolean countedRightBefore(String text, Annotations.Span s, Trigger t) {
    Matcher m = COUNT_WORD_BEFORE.matcher(text).region(Math.max(s.start(), t.start() - 20), t.start());
    if (!m.find()) return false;
    return isCount(m.group(1));
  }

  /** Whether a word is a count: "14", "1,200", "six". */
  private boolean isCount(String w) {
    return NUMBER.matcher(w).matches() || vocabulary.numberWord(w.toLowerCase(Locale.ROOT)) != null;
  }

  /**
   * Whether a count of people or things the quantities know (bodies, prisoners, tanks; not camps or posts, which are ground)
   * is the object right after a trigger: "recovered nine bodies", "seized about 40 rifles".
   */
  private boolean countedThingsFollow(String after) {
    Matcher end = OBJECT_END.matcher(after);
    List<String> words = tokens(end.find() ? after.substring(0, end.start()) : after);
    for (int k = 0; k < Math.min(3, words.size()); k++) {
      String w = words.get(k);
      if (isCount(w)) {
        return words.subList(k + 1, Math.min(words.size(), k + 4)).stream().map(vocabulary::unitCategory).filter(Objects::nonNull).anyMatch(COUNTED_THINGS::contains);
      }
      if (!w.equals(w.toLowerCase(Locale.ROOT))) return false;
    }
    return false;
  }

  /** Whether a count comes first after a trigger: "lost about 1,200 servicemen", "lost three tanks". */
  private boolean countFollows(String after) {
    // 'lost "a handful of martyrs"': a quote may open on the count.
    after = after.replaceFirst("^\\s*[\"“'‘]", " ");
    // "X never fell and two soldiers died": a count past a clause joint is another clause's subject, not the object lost.
    Matcher joint = COUNT_CLAUSE_JOINT.matcher(after);
    if (joint.find()) after = after.substring(0, joint.start());
    // "fell on 6 September", "was repositioned in 2031": a date after the verb is when, not a count lost.
    if (dateAfter.matcher(after).lookingAt()) return false;
    if (LOSS_OF_COUNT.matcher(after).find()) return true;
    Matcher vague = vagueCount.matcher(after);
    // "lost several villages" is ground; "lost a handful of martyrs" is not.
    if (vague.lookingAt()) return !(vocabulary.first("settlementnoun", after, vague.end(), Math.min(after.length(), vague.end() + 20)).isPresent()
        || vocabulary.first("adminnoun", after, vague.end(), Math.min(after.length(), vague.end() + 20)).isPresent());
    List<String> words = tokens(after);
    for (int k = 0; k < Math.min(3, words.size()); k++) {
      if (vocabulary.numberWord(words.get(k)) != null) return true;
      if (!words.get(k).equals(words.get(k).toLowerCase(Locale.ROOT))) return false;
    }
    return false;
  }

  /** Whether the object right after a trigger (past articles and modifiers, before a preposition) is a person. */
  private boolean personObject(String after) {
    // The object ends at punctuation or a conjunction: "has been liberated, and our fighters ..." has none.
    Matcher end = OBJECT_END.matcher(after);
    List<String> words = tokens(end.find() ? after.substring(0, end.start()) : after);
    for (int k = 0; k < Math.min(4, words.size()); k++) {
      String w = words.get(k);
      if (vocabulary.contains("person", w)) return true;
      // "guarded by soldiers": people after "by" are a passive's agent, not the object taken.
      if (AGENT_OR_PLACE_WORD.matcher(w).matches()) return false;
    }
    return false;
  }

  private void add(List<Trigger> out, String cls, Kind kind, String text, Annotations.Span s) {
    for (Vocabulary.Hit h : vocabulary.find(cls, text, s.start(), s.end())) out.add(new Trigger(h.start(), h.end(), h.phrase(), kind));
  }
}
