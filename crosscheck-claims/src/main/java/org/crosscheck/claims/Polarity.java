package org.crosscheck.claims;

/** How the claimant stands towards the claim. */
public enum Polarity {
  /** The claimant says it is so. */
  ASSERTED,
  /** The claimant says it is not so (see {@link Claim#deniesClaimId()}). */
  DENIED,
  /** The claimant says it is so although it goes against the claimant's own side. */
  CONCEDED
}
