package org.crosscheck.claims;

/** The cross-check verdict on a claim key. */
public enum Status {
  /** A claimant states a loss for its own side: the strongest kind of agreement. */
  CONCEDED,
  /** Sides disagree: one asserts what another denies, or each claims the place. */
  CONTESTED,
  /** Two or more independent sources agree and nobody disagrees. */
  CORROBORATED,
  /** One source, however many reports relay it. */
  SINGLE_SOURCE
}
