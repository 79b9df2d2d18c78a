package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Presence as control, a post moved away, armed crime and exchanges of fire as attacks, natural
 * mishaps as neither, and who speaks when a sentence puts figures, claims for both sides or
 * adds a goal, on sentences of our own.
 */
class PresenceMovesAndMishapsTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void keepingOrderOrGuardInAPlaceHoldsIt() {
    Claim order = about("Police continue to ensure public order in Ridgeford, the ministry said.").claims(ClaimType.CONTROL).get(0);
    assertThat(order.place().name()).isEqualTo("Ridgeford");
    assertThat(order.effect()).isEqualTo(Effect.GAIN);
    assertThat(about("Residents said armed men still guard the entrances of Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("The rebels said they rule the hills around Tessit.").claims(ClaimType.CONTROL)).hasSize(1);
    assertThat(about("The rules of the market in Tessit changed.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aPostMovedAwayGivesUpItsPlaceNotTheNewOne() {
    Claim moved = about("The ministry said the police post at Ridgeford was temporarily relocated to Lakeside.")
        .claims(ClaimType.CONTROL).get(0);
    assertThat(moved.place().name()).isEqualTo("Ridgeford");
    assertThat(moved.effect()).isEqualTo(Effect.LOSS);
    assertThat(moved.polarity()).isEqualTo(Polarity.CONCEDED);
    assertThat(about("As a precaution, the army outpost at Tessit has been shifted to Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // People moved somewhere give up no ground.
    assertThat(about("The officers were moved to Lakeside, the ministry said.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void anExchangeOfFireAtAPlaceIsAnAttackThere() {
    assertThat(about("The army said three rebels were killed in an exchange of fire near Ridgeford.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void armedMenRobbingOrKillingAtAPlaceAttackIt() {
    assertThat(about("Police said gunmen robbed the bank in Ridgeford.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("Gunmen killed 13 miners in a tunnel near Lakeside.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // Killed by no one named: a toll, not an attack by anyone.
    assertThat(about("Thirteen miners were kidnapped and killed near Lakeside.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void aKillingAtANamedPlaceWithItsKillerIsAnAttackThere() {
    // No armed group as subject: a weapon, a state's force, or the speaker's own fighters kill at the place.
    assertThat(about("A mortar shell killed four villagers in Ridgeford, residents said.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("The army says it killed 14 insurgents near Lakeside on Friday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("The rebels said their fighters had killed 30 soldiers at Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // A passive with its agent names the killer too.
    assertThat(about("Two nurses were killed by a drone near Ridgeford.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    // A toll with no killer, or the dead named by a participle, stays a count.
    assertThat(about("Nine farmers were killed in Lakeside on Sunday, the council said.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("The army says the two men killed in Tessit were smugglers.").claims(ClaimType.ATTACK)).isEmpty();
    // A killing with no place named attacks no place.
    assertThat(about("The army says it killed 14 insurgents on Friday.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void everyFormOfFiringOrKillingAtAPlaceIsAnAttackThere() {
    // Before: only "fired into", "firing at" and "killed" were listed, so a weapon named between the verb and its
    // place told no attack; and a sentence whose only trigger word was a killing word that no other class holds
    // was passed over before its triggers were looked for.
    assertThat(about("Farmers accuse the militia of firing rockets into Ridgeford.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("A patrol fired two mortar rounds towards Lakeside on Monday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("Elders accuse the soldiers of killing three herders near Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // The gerund of a disease kills in no attack either; the dead are still counted.
    Handmade fever = about("Cholera is killing dozens of people in Lakeside, health officials said.");
    assertThat(fever.claims(ClaimType.ATTACK)).isEmpty();
    assertThat(fever.claims(ClaimType.QUANTITY)).isNotEmpty();
  }

  @Test
  void aKillingByDiseaseAccidentOrNatureIsNoAttack() {
    // Before: "killed" at a named place with a killer was an attack whoever killed; a disease, a crash, lightning or a
    // vehicle running people over kills in no attack.
    assertThat(about("Cholera killed 40 people in Lakeside last month, health officials said.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("A bus crash killed 12 passengers near Tessit on Friday.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("Two herders were killed by lightning near Tessit.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("A boy was killed by a speeding car in Ridgeford on Sunday.").claims(ClaimType.ATTACK)).isEmpty();
    // A vehicle carrying a bomb is an attack's weapon.
    assertThat(about("Two nurses were killed by a car bomb near Ridgeford.").claims(ClaimType.ATTACK))
        .extracting(c -> c.place().name()).contains("Ridgeford");
  }

  @Test
  void stormsAndFallingTreesTakeAndAttackNothing() {
    Handmade tree = about("A man was killed in Ridgeford when a tree fell on his car.");
    assertThat(tree.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("Storm Lorna hit Ridgeford, cutting power across Lakeside.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("Storms hit Tessit on Friday.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("A powerful earthquake struck Tessit on Friday.").claims(ClaimType.ATTACK)).isEmpty();
    assertThat(about("The rebels stormed Tessit.").claims(ClaimType.ATTACK)).hasSize(1);
  }

  @Test
  void officialsPuttingTheirLossesAtAFigureSpeakThemselves() {
    Claim toll = about("\"We killed 30 soldiers near Ridgeford,\" said Moussa Keita, a rebel commander.",
        "Malian officials put their own losses at nine dead.").name("Moussa Keita", EntityType.PERSON)
        .claims(ClaimType.QUANTITY).stream().filter(c -> c.sentence().startsWith("Malian")).findFirst().orElseThrow();
    assertThat(toll.claimant().name()).isEqualTo("Malian officials");
    assertThat(toll.polarity()).isEqualTo(Polarity.CONCEDED);
  }

  @Test
  void whatBothSidesClaimIsNoEarlierSpeakersWord() {
    Claim both = about("\"We hold Lakeside,\" said Moussa Keita, a rebel commander.",
        "Fighting resumed on Friday, a day after both sides claimed control of the village of Tessit.")
        .name("Moussa Keita", EntityType.PERSON).claims(ClaimType.CONTROL).stream()
        .filter(c -> c.place().name().equals("Tessit")).findFirst().orElseThrow();
    assertThat(both.claimant().name()).isEqualTo("both sides");
    assertThat(both.claimant().side()).isNull();
  }

  @Test
  void aPlayerAddingAGoalSaysNothing() {
    Handmade match = about("Amadou Diallo scored twice in Ridgeford and Moussa Keita added a third after the break.")
        .name("Amadou Diallo", EntityType.PERSON).name("Moussa Keita", EntityType.PERSON);
    assertThat(match.claims(ClaimType.ASSERTION)).isEmpty();
    Handmade speech = about("Moussa Keita added the rebels had taken Ridgeford.").name("Moussa Keita", EntityType.PERSON);
    assertThat(speech.claims(ClaimType.CONTROL)).singleElement().extracting(c -> c.claimant().name()).isEqualTo("Moussa Keita");
  }
}
