package org.crosscheck.claims;

import java.util.regex.Pattern;

/**
 * Roads, rivers and coasts named with a settlement: "ambushed a car on the Pamir Highway near
 * Rushan", "held the bridge over the Gunt in Khorog", "attacked a base at Pasni on the Balochistan
 * coast". The event happened at the settlement; the road, river or coast only says where in or
 * near it, so the settlement takes the claim and the feature none (the opposite of "X in Y",
 * where Y only locates the settlement X). Words from {@code placewords.tsv} ("throughnoun").
 */
final class FeaturePlaces {

  /**
   * GeoNames codes of things that run past places: streams, roads, railways, trails, canals, coasts
   * (not a ridge RDGE, a roadstead RDST, a castle CSTL or a customs house CSTM).
   */
  private static final Pattern THROUGH_CODE = Pattern.compile("STM\\w*|CNL\\w*|RD|RDA|RDB|RDCR|RDCUT|RDJCT|RR|RRQ|TRL|CST");
  /** A road, river or coast as the last word of a name or right after it ("the Gunt river"). */
  private final Pattern nounAfter;
  private final Pattern nounEnding;
  /** From the end of a feature to a settlement that locates it: " near ", " river in the centre of ". */
  private final Pattern locatedBy;
  /** From the end of a settlement to a feature it lies on: " on the ", ", along the ". */
  private static final Pattern LIES_ON = Pattern.compile("^\\s*,?\\s+(?:on|along)\\s+the\\s+$");
  /** A crossing right before a name makes it a river: "the bridge over the Gunt". */
  private final Pattern crossed;

  FeaturePlaces(Vocabulary vocabulary) {
    String noun = vocabulary.regex("throughnoun");
    this.crossed = Pattern.compile("\\b" + vocabulary.regex("crossingnoun") + "\\s+(?:over|across)\\s+the\\s+$", Pattern.CASE_INSENSITIVE);
    this.nounAfter = Pattern.compile("^\\s+" + noun + "(?![\\p{L}])");
    this.nounEnding = Pattern.compile("(?:^|\\s)" + noun + "$");
    this.locatedBy = Pattern.compile("^(?:\\s+" + noun + ")?\\s*,?\\s+(?:near|at|in|outside|by|around)\\s+"
        + "(?:the\\s+(?:centre|center|heart|outskirts|edge|entrance)\\s+of\\s+)?(?:the\\s+(?:town|city|village)\\s+of\\s+)?$");
  }

  /** Whether the place named at {@code [start, end)} is a road, river or coast. */
  boolean through(String text, int start, int end, String featureCode) {
    if (THROUGH_CODE.matcher(featureCode).matches()) return true;
    if (nounEnding.matcher(text.substring(start, end).toLowerCase(java.util.Locale.ROOT)).find()) return true;
    return nounAfter.matcher(text).region(end, Math.min(text.length(), end + 24)).lookingAt()
        || crossed.matcher(text).region(Math.max(0, start - 30), start).find();
  }

  /** Whether the words from a feature's end to a settlement's start place the feature at it: "the Pamir Highway near X". */
  boolean locatedBy(String between) {
    return locatedBy.matcher(between).matches();
  }

  /** Whether the words from a settlement's end to a feature's start place the settlement on it: "Pasni on the Balochistan coast". */
  boolean liesOn(String between) {
    return LIES_ON.matcher(between).matches();
  }
}
