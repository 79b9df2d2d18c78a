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
  void aPossessivePronounIsNoPartOfADescribedSource() {
    Claim c = Handmade.of("His generals said they had taken Ridgeford.").malianTowns().claims(ClaimType.CONTROL).get(0);
    assertThat(c.claimant().name()).isEqualTo("generals");
  }
}
