package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A force back or still there holding the place told of last, explosives going off and water
 * cannon as attacks, and reports "claiming" something keeping their makers' claim beside its
 * denial, on sentences of our own.
 */
class ReturnsBlastsAndReportsTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aForceBackOrStillThereHoldsThePlaceToldOfLast() {
    assertThat(about("The army was back in Ridgeford on Sunday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("Rebels attacked Lakeside on Monday.", "On Sunday evening the army was back.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("Rebels attacked Tessit at dawn.", "After that the soldiers were still there.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.effect()).isEqualTo(Effect.GAIN);
    // Only a force: the money or the people being back holds nothing.
    assertThat(about("Rebels attacked Tessit at dawn.", "By noon the market traders were back.").claims(ClaimType.CONTROL)).isEmpty();
    // Somewhere else told of ("still in the forest") is no return to the place told of last.
    assertThat(about("Rebels attacked Tessit at dawn.", "The rebels said their fighters were still in the forest.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void anExplosiveGoingOffOrWaterCannonAttacksThePlace() {
    assertThat(about("A mine exploded under a military truck near Ridgeford on Sunday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("Coast guard ships fired water cannon at a supply boat near Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(about("The river burst its banks near Ridgeford.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void reportsClaimingATakingKeepTheirMakersClaimBesideItsDenial() {
    var claims = about("The army said reports on rebel social media claiming the capture of Ridgeford are baseless.")
        .claims(ClaimType.CONTROL);
    assertThat(claims).extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
    // The maker is the reports, not the army that denies them.
    assertThat(claims).filteredOn(c -> c.polarity() == Polarity.ASSERTED).singleElement()
        .extracting(c -> c.claimant().name()).asString().startsWith("reports");
  }
}
