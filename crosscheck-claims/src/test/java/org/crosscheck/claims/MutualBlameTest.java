package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blame two sides lay on each other, on sentences of our own: the attack is told once by each side
 * against the other, with the sides the blaming clause names or, for "each side", those its
 * paragraph names around it.
 */
class MutualBlameTest {

  private static List<Claim> attacks(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(ClaimType.ATTACK);
  }

  @Test
  void twoNamedSidesAccusingEachOtherTellTheAttackOnceEach() {
    assertThat(attacks("Chad and Niger accused each other on Sunday of shelling Tessit."))
        .extracting(c -> c.place().name(), Claim::actorSide, Claim::claimantSide)
        .containsExactlyInAnyOrder(tuple("Tessit", "Niger", "Chad"), tuple("Tessit", "Chad", "Niger"));
  }

  @Test
  void eachSideBlamingTheOtherTakesTheSidesFromItsParagraph() {
    assertThat(attacks("Chad and Niger traded threats all week. Each side blames the other for the shelling of Tessit on Friday."))
        .filteredOn(c -> c.sentence().startsWith("Each side"))
        .extracting(Claim::actorSide, Claim::claimantSide)
        .containsExactlyInAnyOrder(tuple("Niger", "Chad"), tuple("Chad", "Niger"));
  }

  @Test
  void blameLaidAfterTheAttackIsToldByBothSides() {
    assertThat(attacks("Chad and Niger traded threats all week. A mortar round hit Tessit on Friday; each side blames the other."))
        .filteredOn(c -> c.sentence().startsWith("A mortar"))
        .extracting(Claim::actorSide, Claim::claimantSide)
        .containsExactlyInAnyOrder(tuple("Niger", "Chad"), tuple("Chad", "Niger"));
  }

  @Test
  void oneSideBlamingAnotherIsOneClaim() {
    assertThat(attacks("Chad accused Niger on Sunday of shelling Tessit."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Niger");
  }

  @Test
  void blamingTheOtherGroupIsNoMutualBlame() {
    assertThat(attacks("Chad and Niger traded threats all week. The army blamed the other group for shelling Tessit on Friday."))
        .filteredOn(c -> c.sentence().startsWith("The army"))
        .hasSize(1);
  }

  @Test
  void blameOnAnAttackPlacedOnlyByWhatCameBeforeIsNotToldTwice() {
    assertThat(attacks("Chad and Niger traded threats all week. Raiders attacked Tessit on Thursday."
        + " Each side blames the other for the burning of Kanbe, where most houses were destroyed."))
        .filteredOn(c -> c.sentence().startsWith("Each side"))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Tessit");
          assertThat(c.actorSide()).isNull();
        });
  }

  @Test
  void blameLaidOnOneSideAfterTheAttackIsThatSidesAttackInTheBlamersWord() {
    assertThat(attacks("A mortar round hit Tessit on Friday; Chad blames Niger."))
        .extracting(Claim::actorSide, Claim::claimantSide)
        .hasSize(2).contains(tuple("Niger", "Chad"));
  }
}
