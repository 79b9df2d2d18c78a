package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A side's own dead counted in its own words as a concession (part of its people, martyrdom, a loss
 * after its own pronoun), counts a time or a thing does not make, and the attack and holding words
 * of this round: munitions landing, a place subjected to shelling, one operation at a place,
 * securing a place; on sentences of our own.
 */
class OwnLossesAndAttackWordsTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  private static List<Polarity> countPolarities(String text) {
    return about(text).claims(ClaimType.QUANTITY).stream().map(Claim::polarity).toList();
  }

  @Test
  void partOfTheSpeakersOwnPeopleKilledIsConceded() {
    assertThat(countPolarities("The White Banner said one of its fighters was killed near Ridgeford."))
        .containsExactly(Polarity.CONCEDED);
    // The count after it, its noun left out, is of the same people.
    assertThat(countPolarities("The front said two of our comrades were killed and five were wounded."))
        .containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
    // Only losses are conceded: "300 of its fighters took part" and "one of its checkpoints" are no loss.
    assertThat(countPolarities("The front said about 300 of its fighters took part in the march.")).containsExactly(Polarity.ASSERTED);
    assertThat(about("Gunmen fired at one of its checkpoints near Tessit, the agency said.").claims(ClaimType.QUANTITY)).isEmpty();
  }

  @Test
  void deadCalledMartyrsAreTheSpeakersOwn() {
    assertThat(countPolarities("Four guardsmen, including an officer, were martyred, the statement said."))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("A drone bombed a car near Lakeside, martyring two of our comrades."))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("The statement said four guardsmen were killed near Lakeside.")).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aLossAfterTheSpeakersOwnPronounIsConceded() {
    assertThat(countPolarities("The White Banner says it killed 40 soldiers and lost six fighters."))
        .containsExactly(Polarity.ASSERTED, Polarity.CONCEDED);
    assertThat(countPolarities("The rebels say they killed 40 soldiers and lost six fighters."))
        .containsExactly(Polarity.ASSERTED, Polarity.CONCEDED);
    // Another side's loss told after a speech verb is no concession.
    assertThat(countPolarities("The White Banner says they said the army lost six soldiers.")).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void theOtherSidesPeopleAreNotTheSpeakersOwn() {
    // "of their": the enemy's, in a speaker's account of what it did.
    assertThat(countPolarities("The army said it killed 30 of their fighters near Tessit.")).doesNotContain(Polarity.CONCEDED);
    // "they" after the other side named: the other side lost them.
    assertThat(countPolarities("The army said it drove the rebels out of Tessit and they lost six fighters."))
        .doesNotContain(Polarity.CONCEDED);
    // A group named for its martyrs is no death.
    assertThat(countPolarities("The army said it killed 3 members of the Tessit Martyrs Brigade.")).doesNotContain(Polarity.CONCEDED);
  }

  @Test
  void countsJoinedByAndShareTheirFate() {
    assertThat(countPolarities("The front says six of its fighters and 40 soldiers were killed."))
        .containsExactly(Polarity.CONCEDED, Polarity.ASSERTED);
    Quantities quantities = new Quantities(Vocabulary.standard());
    String text = "Six soldiers and 40 rebels were killed.";
    assertThat(quantities.find(text, 0, text.length())).extracting(f -> f.quantity().category())
        .containsExactly("casualties", "casualties");
    // An "and" that opens a clause of its own does not carry the next clause's fate back.
    String two = "12 soldiers were captured and 3 rebels were killed.";
    assertThat(quantities.find(two, 0, two.length())).extracting(f -> f.quantity().category())
        .containsExactly("prisoners", "casualties");
  }

  @Test
  void housesAndBoatsAreCountedButSeveralHousesGiveNoFigure() {
    Quantities quantities = new Quantities(Vocabulary.standard());
    String text = "Two gunboats fired into the village, setting at least 20 houses on fire.";
    assertThat(quantities.find(text, 0, text.length())).extracting(f -> f.quantity().unit()).containsExactly("gunboats", "houses");
    String vague = "Several houses were badly damaged.";
    assertThat(quantities.find(vague, 0, vague.length())).isEmpty();
  }

  @Test
  void theMinutesOfATimeCountNobody() {
    Quantities quantities = new Quantities(Vocabulary.standard());
    String text = "At around 03:30 rangers entered the building.";
    assertThat(quantities.find(text, 0, text.length())).isEmpty();
    String counted = "About 30 rangers entered the building.";
    assertThat(quantities.find(counted, 0, counted.length())).singleElement()
        .satisfies(f -> assertThat(f.quantity().unit()).isEqualTo("rangers"));
  }

  @Test
  void munitionsLandingOnAPlaceAttackIt() {
    assertThat(about("Residents said a shell landed in a field outside Ridgeford.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("A police officer said no rocket had landed in Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    assertThat(about("Soldiers razed Tessit in 2005.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // A plane landing is no attack.
    assertThat(about("The minister's plane landed in Lakeside on Monday.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void aPlaceSubjectedToShellingIsAttacked() {
    assertThat(about("Since dawn, Lakeside has been subjected to artillery shelling.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("Since dawn, Lakeside has been subjected to new taxes.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void oneOperationToldAtAPlaceIsAnAttackThere() {
    assertThat(about("The army said it had killed 12 rebels in an operation in Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // Operations going on somewhere are a presence, not one attack.
    assertThat(about("The army will continue operations in Tessit.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void aBombAtAPlaceIsAnAttackThere() {
    assertThat(about("Police said a roadside bomb had wounded three soldiers near Lakeside.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // "Bomb disposal teams" are a unit, not a bomb set off.
    assertThat(about("Bomb disposal teams arrived in Lakeside.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void placesThatRemainCalmAndUnderControlAreHeld() {
    assertThat(about("Ridgeford and Tessit remain calm and under the full control of the army.").claims(ClaimType.CONTROL))
        .extracting(c -> c.place().name()).contains("Tessit");
  }

  @Test
  void anAttackTriedIsAnAttackMadeButATakingTriedIsNoTaking() {
    assertThat(about("Police said gunmen had tried to storm the prison in Tessit.").claims(ClaimType.ATTACK))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Tessit");
          assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
        });
    assertThat(about("Police said gunmen had tried to seize Tessit.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The rebels said they would storm Tessit.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void anAttackTriedWithTheBareVerbIsAnAttackMade() {
    // "attack" after "tried to" is the verb, though the word list reads it as the noun.
    assertThat(about("Armed men attempted to attack the gendarmerie post at Tessit before dawn.").claims(ClaimType.ATTACK))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Tessit");
          assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
        });
    assertThat(about("The rebels said they planned to attack Tessit.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void anAttackDeniedRightAfterItStandsBesideItsDenial() {
    List<Claim> attacks = Handmade.of("The army says rebels shelled Tessit, which the White Banner denies.").inMali()
        .name("White Banner", org.crosscheck.nlp.EntityType.ORGANIZATION).claims(ClaimType.ATTACK);
    assertThat(attacks).extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
    // The denial is of the last place told: the attack on Tessit before it stands alone.
    List<Claim> earlier = Handmade.of("The army says rebels shelled Tessit and that mortars hit a school in Lakeside, which the White Banner denies.")
        .inMali().name("White Banner", org.crosscheck.nlp.EntityType.ORGANIZATION).claims(ClaimType.ATTACK);
    assertThat(earlier).filteredOn(c -> c.place().name().equals("Tessit")).extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aCountryDenyingAnAttackRightAfterItIsNoPlaceToldAfterTheAttack() {
    // Before: "Mali", the denier, counted as a place named after Tessit, and the attack stood undenied.
    List<Claim> attacks = Handmade.of("Aid groups say the rebels shelled the market in Tessit, which Mali denies.").inMali().claims(ClaimType.ATTACK);
    assertThat(attacks).extracting(c -> c.place().name() + " " + c.polarity())
        .containsExactlyInAnyOrder("Tessit ASSERTED", "Tessit DENIED");
    // A taking of the same place told with its assault is what is denied, not the assault.
    List<Claim> taking = Handmade.of("The rebels said they had captured Tessit after storming army positions on the edge of the town, a claim Mali rejected.")
        .inMali().claims(ClaimType.ATTACK);
    assertThat(taking).extracting(Claim::polarity).doesNotContain(Polarity.DENIED);
  }

  @Test
  void anAttackDeniedByItsActIsTheLatestAttackTold() {
    // "denies hitting the clinic": the act named, not its place; the attack told before is what is denied.
    List<Claim> after = Handmade.of("The army says rebels shelled a clinic in Tessit.", "The White Banner denies hitting the clinic.")
        .inMali().name("White Banner", org.crosscheck.nlp.EntityType.ORGANIZATION).claims(ClaimType.ATTACK);
    assertThat(after).extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
    assertThat(after).filteredOn(c -> c.polarity() == Polarity.DENIED).singleElement()
        .satisfies(c -> assertThat(c.claimant().name()).isEqualTo("White Banner"));
    // A speaker may deny a part of its own strike in the same sentence: both stand, at the strike's place.
    List<Claim> own = about("The army says it struck a camp in Lakeside and denies firing at the market.").claims(ClaimType.ATTACK);
    assertThat(own).extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
    assertThat(own).extracting(c -> c.place().name()).containsOnly("Lakeside");
    // Another act denied ("denies arming the militia") denies no attack.
    assertThat(about("The army says rebels shelled Tessit.", "The White Banner denies arming the militia.").claims(ClaimType.ATTACK))
        .extracting(Claim::polarity).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void bareReportsThatAreDeniedStillMakeTheirClaim() {
    List<Claim> control = about("Claims that the rebels took Tessit are false.").claims(ClaimType.CONTROL);
    assertThat(control).extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
    assertThat(control).filteredOn(c -> c.polarity() == Polarity.ASSERTED).singleElement()
        .extracting(c -> c.claimant().name()).isEqualTo("Claims");
    // Reports a speaker denies are someone's claim too: it stands beside the denial that answers it.
    List<Claim> answered = about("The army denied reports that the rebels took Tessit.").claims(ClaimType.CONTROL);
    assertThat(answered).extracting(Claim::polarity).containsExactlyInAnyOrder(Polarity.ASSERTED, Polarity.DENIED);
    assertThat(answered).filteredOn(c -> c.polarity() == Polarity.ASSERTED).singleElement()
        .extracting(c -> c.claimant().name()).isEqualTo("reports");
  }

  @Test
  void securingAPlaceOrHavingItInOnesHandsHoldsIt() {
    assertThat(about("Army troops have secured Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("An officer said Lakeside was in the army's hands.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }
}
