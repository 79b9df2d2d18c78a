package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Claimant names as a timeline shows them: a company named after a country, a described source owned by a pronoun, on sentences of our own.
 */
class ClaimantNamesTest {

  @Test
  void aCompanyNamedAfterACountryIsNotTheCountry() {
    Claim c = Handmade.of("Sahel Air Mali said its office in Ridgeford was taken by rebels.").inMali()
        .claims(ClaimType.CONTROL).get(0);
    assertThat(c.claimant().name()).isEqualTo("Sahel Air Mali");
    assertThat(c.claimant().side()).isNull();
    // The country speaking alone, or after a preposition, is the country.
    assertThat(Handmade.of("Mali said its troops took Ridgeford.").inMali().claims(ClaimType.CONTROL).get(0).claimant().name())
        .isEqualTo("Mali");
  }

  @Test
  void aDayOrACityBetweenASourceAndItsVerbIsNotTheSource() {
    Claim day = Handmade.of("The defence ministry on Friday denied that rebels had captured Ridgeford.").malianTowns()
        .name("Friday", EntityType.MISC).claims(ClaimType.CONTROL).get(0);
    assertThat(day.claimant().name()).containsIgnoringCase("defence ministry");
    Claim city = Handmade.of("The defence ministry in Lakeside said the army had repelled an attack on Ridgeford.").malianTowns()
        .claims(ClaimType.ATTACK).get(0);
    assertThat(city.claimant().name()).containsIgnoringCase("defence ministry");
    Claim capital = Handmade.of("The defence ministry in Bamako said the army had repelled an attack on Ridgeford.").malianTowns()
        .place("Bamako", 1005, "PPLC", "ML").claims(ClaimType.ATTACK).get(0);
    assertThat(capital.claimant().name()).containsIgnoringCase("defence ministry");
  }

  @Test
  void aPossessivePronounIsNoPartOfADescribedSource() {
    Claim c = Handmade.of("His generals said they had taken Ridgeford.").malianTowns().claims(ClaimType.CONTROL).get(0);
    assertThat(c.claimant().name()).isEqualTo("generals");
  }

  @Test
  void aDoctorSpeaksForHimselfNotForTheSpeakerBefore() {
    Claim c = Handmade.of("\"We repelled them,\" said Colonel Ibrahim Sow. A doctor at Ridgeford general hospital said nine civilians had been killed.")
        .malianTowns().name("Ibrahim Sow", EntityType.PERSON).claims(ClaimType.QUANTITY).get(0);
    assertThat(c.claimant().name()).isEqualTo("doctor at Ridgeford general hospital");
  }

  @Test
  void anOfficeOfANamedAreaIsItsHolderNotTheArea() {
    Claim c = Handmade.of("The divisional officer of Upper Sahel said 2,300 people had reached Ridgeford.").malianTowns()
        .name("Upper Sahel", EntityType.ORGANIZATION).claims(ClaimType.QUANTITY).get(0);
    assertThat(c.claimant().name()).isEqualTo("divisional officer of Upper Sahel");
    // An organisation speaking through its spokesman is still the organisation.
    Claim group = Handmade.of("The spokesman of the Sahel Front said the group had taken Ridgeford.").malianTowns()
        .name("Sahel Front", EntityType.ORGANIZATION).claims(ClaimType.CONTROL).get(0);
    assertThat(group.claimant().name()).isEqualTo("Sahel Front");
    // A person named in the office is the person.
    Claim governor = Handmade.of("The governor of Upper Sahel Amadou Diallo said 2,300 people had reached Ridgeford.").malianTowns()
        .name("Upper Sahel", EntityType.ORGANIZATION).name("Amadou Diallo", EntityType.PERSON).claims(ClaimType.QUANTITY).get(0);
    assertThat(governor.claimant().name()).isEqualTo("Amadou Diallo");
  }

  @Test
  void aGroupDescribedByWhomItFightsIsTheSourceNotItsEnemy() {
    Claim c = Handmade.of("An armed group fighting Mali's government in the north says it has seized the town of Ridgeford.")
        .malianTowns().claims(ClaimType.CONTROL).get(0);
    assertThat(c.claimant().name()).isEqualTo("armed group");
    assertThat(c.claimantSide()).isEqualTo(GroupNames.opponentsOf("Mali"));
    assertThat(c.actorSide()).isEqualTo(GroupNames.opponentsOf("Mali"));
  }

  @Test
  void whereTheReporterSitsIsNotWhatIsSaid() {
    assertThat(Handmade.of("\"The town is calm,\" Ibrahim Sow told our correspondent in Lakeside.").malianTowns()
        .name("Ibrahim Sow", EntityType.PERSON).claims(ClaimType.ASSERTION)).singleElement().extracting(Claim::place).isNull();
    assertThat(Handmade.of("\"Lakeside is calm,\" Ibrahim Sow told our correspondent.").malianTowns()
        .name("Ibrahim Sow", EntityType.PERSON).claims(ClaimType.ASSERTION)).singleElement()
        .extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }
}
