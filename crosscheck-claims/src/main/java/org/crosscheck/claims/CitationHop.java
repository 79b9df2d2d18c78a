package org.crosscheck.claims;

/**
 * One step of provenance: the reporting outlet, an outlet it relays, a person or body quoted.
 *
 * @param kind what the hop is
 * @param name the name as written
 * @param cue the words that mark the hop ("reported", "according to", "told"), or {@code null}
 */
public record CitationHop(Kind kind, String name, String cue) {

  /** What a hop names. */
  public enum Kind { OUTLET, PERSON, ORGANIZATION, EVENT }
}
