package org.crosscheck.claims;

/** What the claimed event does for the actor. */
public enum Effect {
  /** The actor takes, holds or encircles the object; or launches an attack. */
  GAIN,
  /** The actor loses the object, withdraws from it, or has an attack repelled. */
  LOSS,
  /** Neither: quantities and general assertions. */
  NONE
}
