package org.crosscheck.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The cross-check of one claim key.
 *
 * @param key what is checked
 * @param assertions every claim with this key, across outlets and time
 * @param status the verdict
 * @param independentSources how many independent sources the claims come from
 * @param sources the independent sources, each named once
 * @param reasoning why this status, in words an analyst can check
 * @param phases the statuses the key went through as its claims were made, in order ("contested
 *     from the 14th, conceded from the 16th"); empty when it never changed
 */
public record Assessment(
    ClaimKey key,
    List<Claim> assertions,
    Status status,
    int independentSources,
    List<String> sources,
    String reasoning,
    List<Phase> phases) {

  /**
   * One stretch of days over which the claims made so far gave the key one status.
   *
   * @param status the status on the claims made by then
   * @param from the first day claims made gave it this status
   * @param to the last day a claim was made before the status changed again
   * @param reasoning why, on the claims made by {@code to}
   */
  public record Phase(Status status, LocalDate from, LocalDate to, String reasoning) {
    public Phase {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** Its days as a period is written: "2027-04-14", or "2027-04-16..2027-04-18". */
    public String days() {
      return from.equals(to) ? from.toString() : from + ".." + to;
    }
  }

  public Assessment {
    assertions = List.copyOf(assertions);
    sources = List.copyOf(sources);
    phases = List.copyOf(phases);
  }

  /** An assessment whose status has no phases to tell. */
  public Assessment(ClaimKey key, List<Claim> assertions, Status status, int independentSources, List<String> sources,
      String reasoning) {
    this(key, assertions, status, independentSources, sources, reasoning, List.of());
  }

  /** This assessment with the phases its status went through. */
  public Assessment withPhases(List<Phase> newPhases) {
    return new Assessment(key, assertions, status, independentSources, sources, reasoning, newPhases);
  }
}
