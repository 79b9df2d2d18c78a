package org.crosscheck.analysis;

import java.time.LocalDate;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Status;

/**
 * Which claims to list; every filter is optional ({@code null}).
 *
 * @param place the place: entity id, name or any spelling seen
 * @param type the claim type
 * @param claimant who makes it: entity id, name or the words naming an unnamed party
 *     ("Ukrainian officials")
 * @param status the current status of the claim's key
 * @param from the claimed event overlaps this day or later
 * @param to the claimed event overlaps this day or earlier
 * @param limit most claims to return (by event time, then report time)
 */
public record ClaimQuery(String place, ClaimType type, String claimant, Status status, LocalDate from, LocalDate to, int limit) {
  public ClaimQuery {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
  }

  /** Every claim, up to {@code limit}. */
  public static ClaimQuery all(int limit) {
    return new ClaimQuery(null, null, null, null, null, null, limit);
  }
}
