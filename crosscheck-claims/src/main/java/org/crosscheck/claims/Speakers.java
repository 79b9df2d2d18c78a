package org.crosscheck.claims;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Claimants as the cross-check's reasoning names them: the name as the claim gives it, less what
 * the extractor left around it ("rebels'" of "the rebels' claims", a relative clause's trailing
 * comma), with a verb that agrees ("residents say", "the army says").
 */
final class Speakers {

  private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:]+$");
  /** A possessive mark left at a name's end: "rebels'", "the army's". */
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?:[’']s?)$");
  /** Where a described claimant's head noun ends: a comma, a preposition or a relative word after it. */
  private static final Pattern AFTER_HEAD = Pattern.compile(
      "(?i)(?:,|\\s(?:at|in|of|from|on|for|with|near|who|which|that|we|where|whose|to)\\s).*$");
  /** Plural nouns without a final s. */
  private static final Set<String> PLURALS = Set.of("police", "people", "men", "women", "children", "militia-men", "staff");

  /** A claimant the text names only to say no one spoke: "No group has claimed the attack", "nobody claimed it". */
  private static final Pattern NOBODY = Pattern.compile("(?i)^(?:no|nobody|no-one|none)(?:\\s.*)?$");

  private Speakers() {}

  /** Whether the claimant is the text saying that no one made the claim: such a "claimant" is no source. */
  static boolean nobody(Party p) {
    return p != null && p.entityId() == null && NOBODY.matcher(p.name().strip()).matches();
  }

  /** The claimant's name as reasoning shows it; "the outlet" when the outlet speaks in its own voice. */
  static String name(Party p) {
    if (p == null) return "the outlet";
    String name = TRAILING_MARKS.matcher(p.name().strip()).replaceAll("").strip();
    String trimmed = POSSESSIVE_END.matcher(name).replaceFirst("");
    return trimmed.isBlank() ? name : trimmed;
  }

  /** "says", or "say" for a described group ("Residents", "security sources and residents", "Doctors in Tadjoura"). */
  static String says(Party p) {
    return plural(p) ? "say" : "says";
  }

  /**
   * Whether a claimant is many speakers: never a named person or organisation (an entity: "United
   * Nations" speaks as one); else a description joined by "and" or whose head noun is plural.
   */
  static boolean plural(Party p) {
    if (p == null || p.entityId() != null) return false;
    String name = name(p).toLowerCase(Locale.ROOT);
    String head = AFTER_HEAD.matcher(name).replaceFirst("").strip();
    if (head.isEmpty()) return false;
    if (head.contains(" and ")) return true;
    String[] words = head.split("\\s+");
    String last = words[words.length - 1];
    return PLURALS.contains(last) || last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us");
  }
}
