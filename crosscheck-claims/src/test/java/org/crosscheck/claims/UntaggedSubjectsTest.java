package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Names the tagger missed or typed as persons, made places by the clause they are the subject of (round 29). */
class UntaggedSubjectsTest {

  private static List<String> claimsOf(Handmade article, ClaimType type) {
    return article.malianTowns().claims(type).stream()
        .map(c -> c.polarity() + " " + (c.place() == null ? null : c.place().name())).toList();
  }

  @Test
  void aSitesNounAndOfOpeningTheSubjectMakeTheNameAfterThemAPlace() {
    assertThat(claimsOf(Handmade.of("The garrison of Bankoni has fallen."), ClaimType.CONTROL))
        .containsExactly("ASSERTED Bankoni");
  }

  @Test
  void aNameTypedAsAPersonIsAPlaceWhereTheReportPutsItAfterAPrepositionOfPlace() {
    assertThat(claimsOf(Handmade.of("Many families in Dalsame Kerow have no water.", "Dalsame Kerow has fallen, the army said.")
        .name("Dalsame Kerow", EntityType.PERSON), ClaimType.CONTROL)).containsExactly("ASSERTED Dalsame Kerow");
  }

  @Test
  void aNameTypedAsAPersonStaysAPersonWhereNothingPlacesIt() {
    // A commander who fell in battle: the only place held is the town the rebels took.
    assertThat(claimsOf(Handmade.of("Dalsame Kerow has fallen, and the rebels now hold Ridgeford.")
        .name("Dalsame Kerow", EntityType.PERSON), ClaimType.CONTROL)).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aPersonsPossessiveAfterAPrepositionOfPlaceDoesNotMakeThePersonAPlace() {
    // "at X's house" places the house: a detained leader is no place held.
    assertThat(claimsOf(Handmade.of("Reporters gathered at Dalsame Kerow's house.",
        "Dalsame Kerow remains under army control, and the rebels hold Ridgeford.")
        .name("Dalsame Kerow", EntityType.PERSON), ClaimType.CONTROL)).containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void aSpeechVerbsBareComplementOpensTheSubjectsClause() {
    assertThat(claimsOf(Handmade.of("Local officials said Tembara has fallen."), ClaimType.CONTROL))
        .containsExactly("ASSERTED Tembara");
  }

  @Test
  void anAddresseeIsNoSubject() {
    // "told" takes who was told: the name after it opens no clause, and the town named after the trigger is the claim's.
    assertThat(claimsOf(Handmade.of("A spokesman told Kanoute Radio that rebels had seized Ridgeford."), ClaimType.CONTROL))
        .containsExactly("ASSERTED Ridgeford");
  }

  @Test
  void anAdverbBetweenSubjectAndLossKeepsTheSubjectAPlace() {
    assertThat(claimsOf(Handmade.of("Tamboura Koro never fell, the army said."), ClaimType.CONTROL))
        .containsExactly("DENIED Tamboura Koro");
  }
}
