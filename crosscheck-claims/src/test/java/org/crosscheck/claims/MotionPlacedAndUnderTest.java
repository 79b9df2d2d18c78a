package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Holdings told by construction rather than by a listed phrase: a force moving into a place, a force put
 * somewhere after a verb of being, a force put out of a place in the passive, and a place under someone's
 * authority, on sentences of our own.
 */
class MotionPlacedAndUnderTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aForceMovingIntoAPlaceHoldsIt() {
    Claim swept = about("Dozens of rebel fighters rolled into Ridgeford before dawn, residents said.").claims(ClaimType.CONTROL).get(0);
    assertThat(swept.place().name()).isEqualTo("Ridgeford");
    assertThat(swept.effect()).isEqualTo(Effect.GAIN);
    assertThat(about("The militiamen paraded through the streets of Lakeside on Sunday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // People who fight for no one moving somewhere take nothing; the count of them stays.
    Handmade fled = about("About 300 residents poured into Tessit on Monday, the council said.");
    assertThat(fled.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(fled.claims(ClaimType.QUANTITY)).isNotEmpty();
  }

  @Test
  void aForcePutSomewhereAfterAVerbOfBeingHoldsIt() {
    assertThat(about("The ministry said its troops have been positioned in Ridgeford since March.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("The spokesman said army units are present in Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.effect()).isEqualTo(Effect.GAIN);
  }

  @Test
  void aForcePutOutOfAPlaceInThePassiveLostIt() {
    Claim out = about("The army said the rebels were dislodged from Ridgeford on Friday.").claims(ClaimType.CONTROL).get(0);
    assertThat(out.place().name()).isEqualTo("Ridgeford");
    assertThat(out.effect()).isEqualTo(Effect.LOSS);
  }

  @Test
  void aPlaceUnderSomeonesAuthorityIsHeld() {
    Claim under = about("The governor said Ridgeford remains calm and under the authority of the army.").claims(ClaimType.CONTROL).get(0);
    assertThat(under.place().name()).isEqualTo("Ridgeford");
    assertThat(under.effect()).isEqualTo(Effect.GAIN);
    assertThat(about("The ministry said Lakeside is under the protection of the army.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aForceMovingIntoSomethingThatIsNoPlaceTakesNothing() {
    // "walked into a trap": what the force moves into is the trap, not the town named after it.
    assertThat(about("Rebel fighters walked into a trap outside Lakeside.", "Rebel fighters marched into Tessit.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void aForceSentOnADayIsNotYetThere() {
    assertThat(about("Soldiers were deployed on Monday to Tessit.", "The ministry said its troops are now stationed in Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void peopleCarriedFromOnePlaceToAnotherLostNeither() {
    Handmade carried = about("Three wounded soldiers were driven from Tessit to a hospital in Lakeside.");
    assertThat(carried.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(carried.claims(ClaimType.QUANTITY)).isNotEmpty();
    assertThat(about("The rebels were driven from Tessit by the army.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.effect()).isEqualTo(Effect.LOSS);
  }

  @Test
  void underAnAuthorityNamesAHolderOnlyWhenThePlaceIsUnderIt() {
    assertThat(about("Under the new administration, Tessit received more funding.", "The ministry said Lakeside is under the protection of the army.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("Life in Tessit goes on under the rule of law.", "The ministry said Lakeside is under the protection of the army.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aForcePushedFromOnePlaceToAnotherLostTheFirst() {
    // Only "driven" may be a ride; "pushed" and "chased" from X to Y are oustings from X.
    assertThat(about("The rebels were pushed from Tessit to the hills by the army.").claims(ClaimType.CONTROL))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Tessit");
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
        });
    assertThat(about("The rebels were chased from Ridgeford to Lakeside.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name() + " " + c.effect()).contains("Ridgeford LOSS");
  }
}
