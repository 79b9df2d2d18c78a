package org.crosscheck.claims;

import java.util.Objects;

/**
 * What claims are compared by: the same type, the same place, the same period. The period is a
 * window of event days that {@link CrossChecker} grows from the claims themselves, so claims a
 * few days apart across a month's end stay together. Attack keys also carry the actor's side,
 * since attacks by each side are separate events, whereas control claims by both sides about one
 * place are one question (who holds it). A quantity key carries what is counted and whose
 * ({@link Counted}): soldiers killed, rebels killed and civilians wounded are three questions. An
 * attributed assertion's key also carries what it asserts: two different statements by two
 * sources at one place corroborate nothing.
 *
 * @param type the claim type
 * @param placeId the place's entity id, or "-" for claims without a place
 * @param placeName the place's name, for display
 * @param side the actor's side for attack keys; for quantity keys whose people are counted (a
 *     side, else the counted noun: "civilian", "rebel"; "-" for things); else {@code null}
 * @param period the window of event days, first and last ("2025-11-28..2025-12-03"), or "undated"
 * @param statement for an assertion, its sentence in lower case with punctuation dropped; else {@code null}
 * @param counted for a quantity key, what befell the counted ("killed", "wounded", "captured") or
 *     what thing is counted ("armoured vehicle"); else {@code null}
 */
public record ClaimKey(ClaimType type, String placeId, String placeName, String side, String period, String statement,
    String counted) {

  /** A key of a claim type that asserts no free statement and counts nothing. */
  public ClaimKey(ClaimType type, String placeId, String placeName, String side, String period) {
    this(type, placeId, placeName, side, period, null, null);
  }

  public ClaimKey {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(placeId, "placeId");
    Objects.requireNonNull(period, "period");
  }

  @Override
  public String toString() {
    String what = counted == null ? "" : " " + counted;
    return type + what + " " + placeName + (side == null || side.equals("-") ? "" : (counted == null ? " by " : " of ") + side) + " " + period;
  }
}
