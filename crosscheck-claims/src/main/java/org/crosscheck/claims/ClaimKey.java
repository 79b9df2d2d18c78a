package org.crosscheck.claims;

import java.util.Objects;

/**
 * What claims are compared by: the same type, the same place, the same period. Attack and
 * quantity keys also carry the actor's side, since attacks by each side are separate events,
 * whereas control claims by both sides about one place are one question (who holds it).
 *
 * @param type the claim type
 * @param placeId the place's entity id, or "-" for claims without a place
 * @param placeName the place's name, for display
 * @param side the actor's side for attack and quantity keys, else {@code null}
 * @param period the period bucket ("2025-12")
 */
public record ClaimKey(ClaimType type, String placeId, String placeName, String side, String period) {
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
