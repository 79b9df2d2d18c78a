package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A source known by a person's name speaks for the side its role names: "a spokesman for the X", "X's army chief",
 * "its adviser" after X; and the dead a source counts of its own side are conceded. On sentences of our own.
 */
class ClaimantRoleSidesTest {

  private static List<Polarity> countPolarities(Handmade article) {
    return article.claims(ClaimType.QUANTITY).stream().map(Claim::polarity).toList();
  }

  private static List<String> claimantSides(Handmade article, ClaimType type) {
    return article.claims(type).stream().map(c -> c.claimant() == null ? null : c.claimant().side()).toList();
  }

  @Test
  void aRoleBeforeTheNameOwnedByANamedSide() {
    Handmade h = Handmade.of("Mali's army chief, General Oumar Sangare, said nine soldiers were killed near Tessit on Monday.")
        .inMali().name("Oumar Sangare", EntityType.PERSON);
    assertThat(claimantSides(h, ClaimType.QUANTITY)).containsExactly("Mali");
    assertThat(countPolarities(h)).containsExactly(Polarity.CONCEDED);
  }

  @Test
  void theSameCountByAnotherSidesOfficerIsAsserted() {
    Handmade h = Handmade.of("Niger's army chief, General Oumar Sangare, said nine Malian soldiers were killed near Tessit on Monday.")
        .inMali().name("Oumar Sangare", EntityType.PERSON);
    assertThat(claimantSides(h, ClaimType.QUANTITY)).containsExactly("Niger");
    assertThat(countPolarities(h)).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aRoleAfterTheNameNamesTheSideSpokenFor() {
    Handmade h = Handmade.of("Kofi Boateng, a spokesman for the Zelmo Front rebel group, said its fighters had withdrawn from Tessit.")
        .inMali().name("Kofi Boateng", EntityType.PERSON);
    assertThat(claimantSides(h, ClaimType.CONTROL)).containsExactly("Zelmo Front");
    Handmade before = Handmade.of("The commander of the Zelmo Front rebel group, Colonel Kofi Boateng, said fighters had withdrawn from Tessit.")
        .inMali().name("Kofi Boateng", EntityType.PERSON);
    assertThat(claimantSides(before, ClaimType.CONTROL)).containsExactly("Zelmo Front");
    // A role of no one named after it ("a spokesman for peace talks") gives no side.
    Handmade none = Handmade.of("Kofi Boateng, a spokesman for peace talks in Gao, said fighters had withdrawn from Tessit.")
        .inMali().name("Kofi Boateng", EntityType.PERSON);
    assertThat(claimantSides(none, ClaimType.CONTROL)).containsExactly((String) null);
  }

  @Test
  void aPossessiveRoleBelongsToTheGroupNamedBefore() {
    Handmade h = Handmade.of("The Zelmo Front rebel group denied that Tessit had fallen. Its adviser Kofi Boateng said fighters had "
        + "withdrawn from Tessit to spare civilians.").inMali().name("Kofi Boateng", EntityType.PERSON);
    assertThat(claimantSides(h, ClaimType.CONTROL)).endsWith("Zelmo Front");
  }

  @Test
  void anAdmissionGovernsNoCountInAnotherVoice() {
    // The army's seven are its own admitted dead; the rebels' figure is their account, asserted.
    assertThat(countPolarities(Handmade.of("The army admits seven soldiers dead near Tessit; the rebels say they killed 30.").inMali()))
        .containsExactly(Polarity.CONCEDED, Polarity.ASSERTED);
    // Others counted in the same voice, joined by "and said", are the same own people.
    assertThat(countPolarities(Handmade.of("The army acknowledged the loss of six soldiers near Tessit and said 11 others had been wounded.").inMali()))
        .containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
  }

  @Test
  void anAdmissionConcedesNoWithdrawalInAnotherVoice() {
    // Residents tell of gunmen leaving after the army's admission of something else: their account, asserted.
    assertThat(Handmade.of("The army admitted shelling the market in Gao; residents say the gunmen withdrew from Tessit.").inMali()
        .claims(ClaimType.CONTROL)).extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
    // Admitted in the same clause, the withdrawal is conceded.
    assertThat(Handmade.of("A police official admitted that officers withdrew from Tessit.").inMali()
        .claims(ClaimType.CONTROL)).extracting(Claim::polarity).containsExactly(Polarity.CONCEDED);
  }
}
