package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Faults two analyst runs on fresh reports found (round 24), each on a sentence of our own. */
class FreshCorpusFaultsTest {

  private static Handmade about(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().place("Mali", 2453866, "PCLI", "ML")
        .name("Northern Coast Front", EntityType.ORGANIZATION).name("NCF", EntityType.ORGANIZATION)
        .name("Hamadou Dini", EntityType.PERSON).name("Ismael Farah", EntityType.PERSON);
  }

  @Test
  void aCountOfPeopleCapturedIsNoControlClaim() {
    assertThat(about("He said 14 soldiers had been killed and six captured in Ridgeford, and that the front had lost many fighters.")
        .claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void oneWhoSaidIsOneOfTheSourcesBefore() {
    assertThat(about("Residents of Ridgeford said rebels had taken the town. One said several pick-up trucks carrying armed men had entered the town from the north.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.claimant().name()).containsOnly("Residents of Ridgeford");
  }
}
