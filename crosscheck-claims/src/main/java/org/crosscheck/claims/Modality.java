package org.crosscheck.claims;

/** How firmly the report puts the claim. */
public enum Modality {
  /** A party to the events says so. */
  CLAIMED,
  /** The report says it was checked (footage, geolocation, confirmation). */
  CONFIRMED,
  /** The outlet relays it from another report or states it in its own voice. */
  REPORTED,
  /** The report says it could not be verified. */
  UNVERIFIED
}
