package org.crosscheck.analysis;

import java.time.LocalDate;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.Status;

/**
 * Which claims to list; every filter is optional ({@code null}).
 *
 * @param place the place: entity id, name or any spelling seen
 * @param type the claim type
 * @param claimant who makes it: entity id, name or the words naming an unnamed party
 *     ("Ukrainian officials")
 * @param status the current cross-check status of the claim's key (its question: type, place,
 *     month), which all the claims on that question share
 * @param polarity how the claimant stands towards the claim (asserts, denies, concedes): a claim's
 *     own, where {@code status} is its key's
 * @param from the claimed event overlaps this day or later
 * @param to the claimed event overlaps this day or earlier
 * @param limit most claims to return (by event time, then report time)
 */
public record ClaimQuery(String place, ClaimType type, String claimant, Status status, Polarity polarity,
    LocalDate from, LocalDate to, int limit) {
  public ClaimQuery {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
  }

  /** A query with no polarity filter (the form before there was one). */
  public ClaimQuery(String place, ClaimType type, String claimant, Status status, LocalDate from, LocalDate to, int limit) {
    this(place, type, claimant, status, null, from, to, limit);
  }

  /** Every claim, up to {@code limit}. */
  public static ClaimQuery all(int limit) {
    return new ClaimQuery(null, null, null, null, null, null, null, limit);
  }
}
