package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Holdings told as presence with no control verb: a group named by name said to be in a place, on sentences of our own.
 */
class ArmedPresenceTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aGroupNamedByNameInAPlaceHoldsIt() {
    Claim in = about("Traders said JNIM is still in the market of Ridgeford on Monday.").claims(ClaimType.CONTROL).get(0);
    assertThat(in.place().name()).isEqualTo("Ridgeford");
    assertThat(in.effect()).isEqualTo(Effect.GAIN);
    assertThat(in.actorSide()).isEqualTo("JNIM");
  }

  @Test
  void twoSidesInOnePlaceEachHoldTheirPart() {
    assertThat(about("\"The army is at the checkpoints, but JNIM is still in the market and in the streets of Ridgeford,\" a trader said.")
        .claims(ClaimType.CONTROL)).extracting(Claim::actorSide).contains("JNIM");
  }
}
