package org.crosscheck.claims;

/** What a claim is about. */
public enum ClaimType {
  /** Who holds a place: captured, liberated, holds, encircled, lost, withdrew from. */
  CONTROL,
  /** Attacks and their outcome: launched, repelled, struck, with counts. */
  ATTACK,
  /** A number with a unit: troops, casualties, prisoners, equipment, people. */
  QUANTITY,
  /** Any other statement a named source makes, kept with its sentence. */
  ASSERTION
}
