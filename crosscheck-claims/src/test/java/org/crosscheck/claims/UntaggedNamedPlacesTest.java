package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Places the report names but the tagger did not tag as places, recovered from the form of their name (round 28). */
class UntaggedNamedPlacesTest {

  private static List<String> placesOf(Handmade article, ClaimType type) {
    return article.malianTowns().claims(type).stream().map(c -> c.place() == null ? null : c.place().name()).toList();
  }

  @Test
  void aUnitTitleIsNoPartOfThePlacesName() {
    assertThat(placesOf(Handmade.of("Troops clashed with gunmen in Barangay Malinao on Sunday."), ClaimType.ATTACK))
        .containsOnly("Malinao");
  }

  @Test
  void aUnitTitleMakesARunTheTaggerReadAsAPersonAPlace() {
    assertThat(placesOf(Handmade.of("Troops clashed with gunmen in Barangay Pintuyan on Sunday.")
        .name("Barangay Pintuyan", EntityType.PERSON), ClaimType.ATTACK)).containsOnly("Pintuyan");
  }

  @Test
  void aPersonWithoutATitleStaysAPerson() {
    // Same sentence, no unit title: the name the tagger read as a person gives no place, and the claim keeps none.
    assertThat(placesOf(Handmade.of("Troops clashed with gunmen led by Abdul Pintuyan in Ridgeford on Sunday.")
        .name("Abdul Pintuyan", EntityType.PERSON), ClaimType.ATTACK)).containsOnly("Ridgeford");
  }
}
