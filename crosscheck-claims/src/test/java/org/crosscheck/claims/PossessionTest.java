package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holdings told as what a place is to its holder ("the town was theirs", "X belongs to the gang"). Sentences of our
 * own about made-up places.
 */
class PossessionTest {

  /** "place sentence-start" of each claim of a type, to tell which sentence read which place. */
  private static List<String> where(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.sentence().substring(0, 12)).toList();
  }

  @Test
  void aSettlementThatWasTheirsWasHeld() {
    Handmade article = Handmade.of("Rebels attacked Ridgeford on Monday. The town was theirs for two days, a farmer said.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford The town was");
  }

  @Test
  void aPlaceThatBelongsToAGroupIsHeldByIt() {
    Handmade article = Handmade.of("Gunmen attacked Ridgeford on Monday. A video shows a man saying: \"Ridgeford belongs to the Red Hand now.\"").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford A video show");
  }

  @Test
  void peopleBelongingToAGroupHoldNothing() {
    Handmade article = Handmade.of("Gunmen attacked Ridgeford on Monday. Residents of Ridgeford said the man who led them belonged to a militia.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Ridgeford Gunmen attac");
    assertThat(where(ClaimType.CONTROL, article)).isEmpty();
  }

  @Test
  void aPlaceBelongingToALargerOneIsOnlyPartOfIt() {
    Handmade article = Handmade.of("Gunmen attacked Ridgeford on Monday. Ridgeford belongs to the municipality of Lakeside, the mayor said.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Ridgeford Gunmen attac");
    assertThat(where(ClaimType.CONTROL, article)).isEmpty();
  }

  @Test
  void peopleOrVehiclesNamedByAnyPersonNounHoldNothing() {
    // "victims" is a person noun of WordNet's, not of the vocabulary's own list, and its place between names no subject.
    Handmade article = Handmade.of("Gunmen attacked Ridgeford on Monday. The victims in Ridgeford belonged to the army, the mayor said.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).containsExactly("Ridgeford Gunmen attac");
    assertThat(where(ClaimType.CONTROL, article)).isEmpty();
  }

  @Test
  void aGroupNamedAsAStateIsAHolderNotALargerPlace() {
    // "state" in a group's name is no administrative unit the place is part of.
    Handmade article = Handmade.of("Gunmen attacked Ridgeford on Monday. Ridgeford now belongs to the Islamic State, a resident said.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford Ridgeford no");
  }
}
