package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Attacks as crime, piracy and insurgency report them, and control stated as being in charge. */
class AttackAndHoldingWordsTest {

  private static java.util.List<Claim> claims(ClaimType type, String text) {
    return Handmade.of(text).malianTowns().claims(type);
  }

  @Test
  void boardingHijackingAndThrowingExplosivesAreAttacks() {
    assertThat(claims(ClaimType.ATTACK, "Armed men boarded a cargo ship off Tessit on Monday.")).extracting(c -> c.place().name())
        .containsExactly("Tessit");
    assertThat(claims(ClaimType.ATTACK, "A gang threw a grenade at the police station in Lakeside.")).extracting(c -> c.place().name())
        .containsExactly("Lakeside");
    assertThat(claims(ClaimType.ATTACK, "The air force destroyed two depots in Ridgeford.")).extracting(c -> c.place().name())
        .containsExactly("Ridgeford");
  }

  @Test
  void anAttackSaidToBeCrushedWasRepelled() {
    assertThat(claims(ClaimType.ATTACK, "The governor said the raid on Tessit had been crushed."))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Tessit LOSS");
  }

  @Test
  void aGroupInChargeOfAPlaceHoldsIt() {
    assertThat(claims(ClaimType.CONTROL, "Residents say the militia is still in charge of Lakeside."))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactly("Lakeside GAIN");
  }

  @Test
  void aPlaceThatNeverChangedHandsWasNotLost() {
    assertThat(claims(ClaimType.CONTROL, "Officials insist Ridgeford never changed hands."))
        .extracting(c -> c.place().name() + " " + c.effect() + " " + c.polarity()).containsExactly("Ridgeford LOSS DENIED");
  }

  @Test
  void wordNetsAttackWordsAreAttacks() {
    // neither verb nor noun is in the hand-written lexicon: they come from WordNet's attack trees
    assertThat(claims(ClaimType.ATTACK, "Gunmen waylaid a convoy near Tessit on Friday.")).extracting(c -> c.place().name())
        .containsExactly("Tessit");
    assertThat(claims(ClaimType.ATTACK, "Jets strafed the market in Lakeside at dawn.")).extracting(c -> c.place().name())
        .containsExactly("Lakeside");
  }

  @Test
  void aDatelineNamesNoActor() {
    // the country after the dateline's town says where the report was filed, not who attacked:
    // the bandits did, a side of their own in the writer's voice
    assertThat(claims(ClaimType.ATTACK, "RIDGEFORD, Mali — Bandits stormed Tessit on Sunday night."))
        .extracting(c -> c.place().name() + " " + (c.actor() == null ? null : c.actor().side())).containsExactly("Tessit bandits");
    // a report filed from two towns: the dateline is no claimant of what follows it
    assertThat(Handmade.of("RIDGEFORD/LAKESIDE — On Monday, General Amadou Sow stood before the president and reported that Tessit had been taken.")
        .malianTowns().name("Amadou Sow", EntityType.PERSON).claims(ClaimType.CONTROL))
        .extracting(c -> c.claimant() == null ? null : c.claimant().name()).containsExactly("Amadou Sow");
  }
}
