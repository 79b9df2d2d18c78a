package org.crosscheck.claims;

import java.util.Objects;

/**
 * What claims are compared by: the same type, the same place, the same period. The period is a
 * window of event days that {@link CrossChecker} grows from the claims themselves, so claims a
 * few days apart across a month's end stay together. Attack and
 * quantity keys also carry the actor's side, since attacks by each side are separate events,
 * whereas control claims by both sides about one place are one question (who holds it). An
 * attributed assertion's key also carries what it asserts: two different statements by two
 * sources at one place corroborate nothing.
 *
 * @param type the claim type
 * @param placeId the place's entity id, or "-" for claims without a place
 * @param placeName the place's name, for display
 * @param side the actor's side for attack and quantity keys, else {@code null}
 * @param period the window of event days, first and last ("2025-11-28..2025-12-03"), or "undated"
 * @param statement for an assertion, its sentence in lower case with punctuation dropped; else {@code null}
 */
public record ClaimKey(ClaimType type, String placeId, String placeName, String side, String period, String statement) {

  /** A key of a claim type that asserts no free statement. */
  public ClaimKey(ClaimType type, String placeId, String placeName, String side, String period) {
    this(type, placeId, placeName, side, period, null);
  }

  public ClaimKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(period, "period");
  }

  @Override
  public String toString() {
    return type + " " + placeName + (side == null ? "" : " by " + side) + " " + period;
  }
}
