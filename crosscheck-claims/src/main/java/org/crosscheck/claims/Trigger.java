package org.crosscheck.claims;

/**
 * A word or construction in a sentence that tells an event, and which kind: found by {@link TriggerSearch}, read by
 * {@link ClaimExtractor} and the helpers it asks about places and speakers (its own record since they all use it).
 */
record Trigger(int start, int end, String phrase, Kind kind) {

  enum Kind { GAIN, LOSS, ATTACK, REPEL, ATTACK_NOUN, DENIAL }

  boolean control() {
    return kind == Kind.GAIN || kind == Kind.LOSS;
  }
}
