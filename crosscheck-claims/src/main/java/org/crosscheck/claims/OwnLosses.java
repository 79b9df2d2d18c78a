package org.crosscheck.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads from its wording alone that a casualty count is of the speaker's own people, so that the
 * count is conceded whoever speaks:
 *
 * <ul>
 *   <li>the count names them as part of the speaker's side: "one of its soldiers", "six of our heroes",
 *       "he says 14 of his fighters" (a person's own, in that person's words right before);
 *   <li>their deaths are called martyrdom: a side honours only its own dead so ("four soldiers were
 *       martyred", "martyring two of our comrades");
 *   <li>the speaker's own pronoun lost them: "the army says it killed 43 rebels and lost six soldiers"
 *       (not "says the army lost 20 soldiers", which tells of another side's loss).
 * </ul>
 */
final class OwnLosses {

  /**
   * "one of its soldiers", "six of our men": the count itself names whose people they are. Not "of
   * their": in a speaker's account "killed 30 of their fighters" is mostly the enemy's.
   */
  private static final Pattern OWN_PART = Pattern.compile("(?i)\\bof\\s+(?:our|its)\\b");
  /** "14 of his fighters", "two of her officers": a part of a person's own people. */
  private static final Pattern PERSON_PART = Pattern.compile("(?i)\\bof\\s+(?:his|her)\\b");
  /**
   * "he says 14 of his fighters", "she said that two of her officers": the count in the words of a speaker named by
   * "he" or "she" right before, with no other speech verb or clause break between, so that "his" is the speaker.
   */
  private static final Pattern PERSON_SPEAKER = Pattern.compile("(?i)\\b(?:he|she)\\s+(?:\\p{Ll}+ly\\s+)?(?:says|said|told\\s+[^;:]{0,40}?)(?:\\s+that)?\\s+$");
  /** Where the clause holding a count ends: the words of martyrdom must stand in it. */
  private static final Pattern CLAUSE_END = Pattern.compile("[;:]|,\\s*(?:while|but|and\\s+\\p{Ll}+\\s+(?:said|says))\\b|\\s(?:while|but|whereas)\\s");
  /**
   * "it killed 43 rebels and lost", "we lost", "the rebels say they lost": a pronoun subject that is
   * the speaker, then the loss right before the count. "they" only right after the speech verb: further
   * on it as often stands for the other side named before ("drove the rebels out and they lost six").
   */
  private static final Pattern SPEAKER_LOST = Pattern.compile(
      "(?i)\\b(?:(?:says?|said|claims?|claimed)\\s+(they)|(it|we))\\s+(?:[^\\s;:]+\\s+){0,8}?(?:had\\s+|has\\s+|have\\s+)?(?:lost|losing)\\s+(?:[\\p{Ll}]+\\s+){0,2}$");
  /** What may not stand between the pronoun and the loss: a clause break, a clause of its own ("it said the army lost", "and they lost"). */
  private static final Pattern SUBJECT_BREAK = Pattern.compile("(?i)[;:\"“”]|\\b(?:that|who|which|whom|said|says|say|told|claimed|reported|they|he|she)\\b");

  private final Vocabulary vocabulary;

  OwnLosses(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Whether the count at {@code q} in {@code text[from, to)} is by its wording of the speaker's own people. */
  boolean own(String text, int from, int to, Quantities.Found q) {
    // "about 300 of its fighters took part" counts no loss: only the dead, wounded or missing are conceded.
    if (OWN_PART.matcher(q.quantity().text()).find() && "casualties".equals(q.quantity().category())) return true;
    if (martyred(text, from, to, q)) return true;
    if (PERSON_PART.matcher(q.quantity().text()).find() && "casualties".equals(q.quantity().category())
        && PERSON_SPEAKER.matcher(text).region(Math.max(from, q.start() - 80), q.start()).find()) return true;
    Matcher lost = SPEAKER_LOST.matcher(text).region(Math.max(from, q.start() - 120), q.start());
    if (!lost.find()) return false;
    int pronounEnd = lost.group(1) != null ? lost.end(1) : lost.end(2);
    return !SUBJECT_BREAK.matcher(text).region(pronounEnd, lost.end()).find();
  }

  /** Words of martyrdom in the count's clause, after it or right before it ("martyring two of our comrades"). */
  private boolean martyred(String text, int from, int to, Quantities.Found q) {
    Matcher end = CLAUSE_END.matcher(text).region(q.end(), to);
    int clauseEnd = end.find() ? end.start() : to;
    // Written in lower case: "the Tessit Martyrs Brigade" names a group, not a death.
    if (vocabulary.find("martyrdom", text, q.end(), clauseEnd).stream().anyMatch(h -> Character.isLowerCase(text.charAt(h.start())))) return true;
    return vocabulary.find("martyrdom", text, Math.max(from, q.start() - 25), q.start()).stream()
        .anyMatch(h -> Character.isLowerCase(text.charAt(h.start())) && text.substring(h.end(), q.start()).isBlank());
  }
}
