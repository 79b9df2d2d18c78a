package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Places named with their land-feature noun or as a named part of a town, and a communiqué's own
 * voice: an outlet that is a state body speaks for its state where no one else is said to speak.
 */
class NamesAndOutletVoiceTest {

  @Test
  void aLandFeatureNounCompletesThePlaceName() {
    assertThat(Handmade.of("Militia fighters shelled positions in the Kanta hills on Monday.")
        .place("Kanta", 1201, "PPL", "ML").claims(ClaimType.ATTACK))
        .singleElement().satisfies(c -> assertThat(c.place().surface()).isEqualTo("Kanta hills"));
  }

  @Test
  void aNamedDistrictOfATownIsThePlaceTheTownOnlyLocatesIt() {
    assertThat(Handmade.of("Gunmen raided a checkpoint in the Lakeside district of Ridgeford on Friday.")
        .malianTowns().claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).containsExactly("Lakeside");
  }

  @Test
  void aStateBodysCommuniqueConcedesItsOwnWounded() {
    assertThat(Handmade.of("Insurgents attacked the army post in Tessit.", "Three soldiers were wounded.")
        .malianTowns().outlet("Malian Armed Forces").claims(ClaimType.QUANTITY))
        .singleElement().satisfies(c -> {
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
          assertThat(c.actorSide()).isEqualTo("Mali");
        });
  }

  @Test
  void aNewspapersUnattributedCountOfSoldiersIsNoConcession() {
    assertThat(Handmade.of("Insurgents attacked the army post in Tessit.", "Three soldiers were wounded.")
        .malianTowns().outlet("Sahel Morning Post").claims(ClaimType.QUANTITY))
        .singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED));
  }

  @Test
  void aForcesOwnStatementOfItsWithdrawalConcedesTheLossUnderItsInitials() {
    String sentence = "As a precaution, the SDF has withdrawn its personnel from the outpost at Tessit.";
    assertThat(Handmade.of(sentence).malianTowns().outlet("Sahel Defence Force").claims(ClaimType.CONTROL))
        .singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED));
    assertThat(Handmade.of(sentence).malianTowns().outlet("Sahel Morning Post").claims(ClaimType.CONTROL))
        .singleElement().satisfies(c -> assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED));
  }
}
