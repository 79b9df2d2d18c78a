package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Places that are the subject of a control verb ("the town never fell", "the post changed hands")
 * and holders after "in the hands of", on sentences of our own.
 */
class DefiniteSubjectsTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aDefiniteNounBeforeAVerbIsTheSubjectNotACompound() {
    Claim never = about("Rebels raided Ridgeford on Monday.", "The army said the post never changed hands.")
        .claims(ClaimType.CONTROL).get(0);
    assertThat(never.place().name()).isEqualTo("Ridgeford");
    assertThat(never.polarity()).isEqualTo(Polarity.DENIED);
    assertThat(about("Rebels raided Ridgeford on Monday.", "The army said its post there was never abandoned.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    // A noun after it still makes a compound: the town hall is no town.
    assertThat(about("Rebels raided Ridgeford on Monday.", "The army said the town hall was abandoned.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aSubjectRightBeforeAControlVerbIsItsOwnNotAnEarlierTriggers() {
    Claim fell = about("Rebels raided Ridgeford on Monday.", "The army said the attack was crushed and the town never fell.")
        .claims(ClaimType.CONTROL).get(0);
    assertThat(fell.place().name()).isEqualTo("Ridgeford");
    assertThat(fell.effect()).isEqualTo(Effect.LOSS);
    assertThat(fell.polarity()).isEqualTo(Polarity.DENIED);
  }

  @Test
  void troopsAfterInTheHandsOfHoldThePlace() {
    assertThat(about("The army said Lakeside remained in the hands of troops.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // A person as the object of a taking is still no place taken.
    assertThat(about("Rebels captured soldiers near Lakeside, the army said.").claims(ClaimType.CONTROL)).isEmpty();
  }
}
