package org.crosscheck.stories;

/**
 * One article folded onto another. Nothing is dropped: the copy stays stored, marked by this link.
 *
 * @param copyId the article folded away
 * @param originalId the article that stands for it: the earliest original for {@link Kind#EXACT},
 *     {@link Kind#NEAR} and {@link Kind#WIRE}; the later version for {@link Kind#VERSION}
 * @param kind how the two are related
 * @param similarity estimated Jaccard similarity of their word-pair sets (1 for exact copies)
 * @param wireAgency the credited agency id for {@link Kind#WIRE}, else {@code null}
 */
public record DuplicateLink(String copyId, String originalId, Kind kind, double similarity, String wireAgency) {

  /** How a copy relates to its original. */
  public enum Kind {
    /** The same text (or the same page under another address) again. */
    EXACT,
    /** A lightly edited re-publication or a headline variant of the same text. */
    NEAR,
    /** A reprint of agency copy, credited or not; links to the earliest copy seen. */
    WIRE,
    /** An earlier version of one report, superseded by {@code originalId}. */
    VERSION
  }
}
