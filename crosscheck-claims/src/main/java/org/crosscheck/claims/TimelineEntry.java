package org.crosscheck.claims;

/**
 * One control claim on a place's timeline.
 *
 * @param eventTime when the claimed event happened
 * @param claim the claim
 * @param status the status of its key at the time the timeline was built
 */
public record TimelineEntry(EventTime eventTime, Claim claim, Status status) {

  /** One line for a terminal: date, who says what, on whose word, through which outlet. */
  public String describe() {
    String who = claim.claimant() == null ? "(outlet)" : claim.claimant().name();
    String side = claim.actorSide() == null ? "?" : claim.actorSide();
    String what = switch (claim.effect()) {
      case GAIN -> side + " holds/takes";
      case LOSS -> side + " loses";
      case NONE -> side;
    };
    return "%-10s %-9s %-30s %s%s  -- %s, %s [%s]".formatted(
        eventTime.value(), claim.polarity(), what + " " + claim.place().name(),
        claim.part() == null ? "" : "(" + claim.part() + ") ", "", who, claim.outlet(), status);
  }
}
