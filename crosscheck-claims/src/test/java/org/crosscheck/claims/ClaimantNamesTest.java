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
}
