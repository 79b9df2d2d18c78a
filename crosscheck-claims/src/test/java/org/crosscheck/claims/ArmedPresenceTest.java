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

  @Test
  void aSecondSideThereWithNoPlaceOfItsOwnHoldsAtTheOtherClausesPlace() {
    // The army's clause names no place; it stands at the place the other side's clause names.
    assertThat(about("Soldiers are guarding the bridge, but JNIM is still in the old quarter of Lakeside, a driver said.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Lakeside JNIM", "Lakeside Mali");
    // And the other way round, the second clause holding only a part of the place, in its own speaker's words.
    assertThat(about("The army says its troops hold Tessit; residents say JNIM fighters are in the fields north of it.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.actorSide() + " " + c.claimant().name())
        .containsExactlyInAnyOrder("Mali army", "JNIM residents");
  }

  @Test
  void aSecondSubjectWhoseVerbIsLeftOutHoldsAtTheSamePlace() {
    assertThat(about("JNIM fighters hold the market and the bus station of Ridgeford, the army its camp on the hill.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Ridgeford JNIM", "Ridgeford Mali");
    assertThat(about("Residents say the soldiers control the east of Tessit and JNIM the western quarters.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Tessit Mali", "Tessit JNIM");
    // No side of its own ("the next morning" is a time, "the traders the road" names no force): one holding.
    assertThat(about("JNIM fighters held Lakeside for a day, and the next morning the market reopened.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Lakeside JNIM");
    assertThat(about("JNIM fighters hold Lakeside; the army says the town is calm.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Lakeside JNIM");
    assertThat(about("JNIM fighters hold Lakeside, the traders the road to the river.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Lakeside JNIM");
    // A subject placed by its own words, its verb after them, leaves none out: the soldiers hold nothing here.
    assertThat(about("JNIM fighters seized Lakeside on Monday, and the soldiers at the base fled to Tessit.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide() + " " + c.effect())
        .doesNotContain("Lakeside Mali GAIN").contains("Lakeside JNIM GAIN");
    assertThat(about("JNIM fighters hold Lakeside, while the soldiers in the town are calm.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Lakeside JNIM");
  }

  @Test
  void oneSideInBothClausesIsOneHolding() {
    assertThat(about("JNIM is at the checkpoints, and JNIM fighters are still in the market of Lakeside, a driver said.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Lakeside JNIM");
  }

  @Test
  void aGroupNamedAfterAPrepositionIsNoSubjectOfPresence() {
    // The spokesman or the support is where the sentence says, not the group.
    assertThat(about("Support for JNIM is in decline in Tessit. JNIM is still in Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactly("Lakeside");
    assertThat(about("A spokesman for JNIM was in Tessit on Monday. JNIM is still in Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).containsExactly("Lakeside");
  }

  @Test
  void aSecondSideInAStateHoldsNothingAtTheOtherClausesPlace() {
    // "in a state of shock", "at a loss": no part of the place named in the other clause.
    assertThat(about("The army captured Tessit and JNIM fighters are in a state of shock.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Tessit Mali");
    assertThat(about("The army holds Tessit, but JNIM is at a loss.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name() + " " + c.actorSide()).containsExactly("Tessit Mali");
  }

  @Test
  void noneOfOneArmedManThereIsAPresenceDenied() {
    // Session 27: a single armed man was no force, so "not a single militant" was there nowhere and nothing was denied.
    assertThat(about("\"Not a single militant set foot in Ridgeford,\" the governor says.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("DENIED Ridgeford");
    assertThat(about("The army retook Tessit, and not one gunman remains in Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED Tessit", "DENIED Lakeside");
    // "terrorist" before another noun is no subject: "a terrorist camp" is no presence.
    assertThat(about("No terrorist camp remains in Ridgeford, and the army holds Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.polarity() + " " + c.place().name())
        .containsExactly("ASSERTED Lakeside");
  }

  @Test
  void aSideThereAfterAnotherLeftHoldsThePlaceItLeft() {
    // The second clause names no place: its side stands where the first clause's side left.
    assertThat(about("The soldiers pulled out of Tessit at dawn, and JNIM fighters were in the army's old trenches.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.effect() + " " + c.actorSide())
        .containsExactlyInAnyOrder("Tessit LOSS Mali", "Tessit GAIN JNIM");
    // A side put out does not lend its place to a holding after it (the one that put it out holds it), nor does a
    // second clause that names a place of its own.
    assertThat(about("JNIM fighters were pushed out of Tessit, and Ridgeford is under the control of JNIM.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.effect())
        .containsExactlyInAnyOrder("Tessit LOSS", "Ridgeford GAIN");
    // People who fight for no one hold nothing.
    assertThat(about("The soldiers pulled out of Tessit at dawn, and residents were in the market.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit LOSS");
  }
}
