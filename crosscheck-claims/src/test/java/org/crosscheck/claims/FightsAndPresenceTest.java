package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fights told of afresh as attacks, explosives dropped or fire opened on a place, and a force
 * present in a place as holding it, on sentences of our own.
 */
class FightsAndPresenceTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aFightToldOfAfreshAtAPlaceIsAnAttackThere() {
    assertThat(about("Rival militias clashed in Ridgeford on Monday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("Two rebels were killed in an encounter with troops near Lakeside, the army said.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // "The clashes" refers back to a fight told before; it is no new attack at the place named beside it.
    assertThat(about("The clashes followed a week of talks in Tessit.").claims(ClaimType.ATTACK)).isEmpty();
    // General fighting is the war's background, not an attack at a place.
    assertThat(about("About 400 families have fled Tessit since the fighting began.").claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void fightingOpeningItsSentenceIsOneFight() {
    // Before: a word in -ing opening its clause was read as a gerund naming events in general ("Taking a town is one
    // thing"), so a fight's noun there told no attack.
    assertThat(about("Fighting raged around Tessit on Monday, residents said.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Tessit");
    assertThat(about("Fighting between the army and the rebels resumed on Friday around Lakeside.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // A verb's gerund opening its clause still names no event told.
    Handmade general = about("Taking Ridgeford would be hard, the army says, and its troops hold Tessit.");
    assertThat(general.claims(ClaimType.CONTROL)).singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void aDefiniteFightSaidToBeAtAPlaceIsAnAttackThere() {
    // Before: "the fighting" always referred back to a fight told before, even when the sentence says where it is.
    assertThat(about("Officials said the heaviest fighting has been in Ridgeford since Sunday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("The fighting was fiercest around Tessit, according to two herders.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // The place's fight told just before is the one retold: no second attack.
    assertThat(about("Rebels attacked Lakeside on Monday.", "The fighting was heaviest in Lakeside, a nurse said.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.sentence()).isEqualTo("Rebels attacked Lakeside on Monday.");
  }

  @Test
  void aDefiniteFightSaidNotToBeAtAPlaceIsNoAttackThere() {
    // Before: the word between the verb and the preposition could be a negation, so "not in X" placed the fight at X.
    assertThat(about("The mayor said the fighting was nowhere near Ridgeford, but rebels shelled Tessit.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(about("The clashes were not in Ridgeford, and rebels shelled Tessit on Monday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
  }

  @Test
  void fightingToldOfAtAPlaceIsAnAttackThere() {
    assertThat(about("Residents said heavy fighting was going on around Ridgeford on Tuesday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("A local official said there had been no fighting in Lakeside itself.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("DENIED Lakeside");
  }

  @Test
  void fightingSetBehindAnotherEventIsNoAttackOfItsOwn() {
    // The taking is the news; the hours of fighting before it are its backdrop.
    Handmade taken = about("The rebels said they had seized the army camp in Ridgeford after several hours of fighting.");
    assertThat(taken.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsExactly("Ridgeford");
    assertThat(taken.claims(ClaimType.ATTACK)).isEmpty();
    Handmade withdrew = about("The soldiers withdrew from Lakeside to avoid fighting in the streets, an officer said.");
    assertThat(withdrew.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsExactly("Lakeside");
    assertThat(withdrew.claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void fightingAvoidedOrPreventedIsNoAttack() {
    // Any form of the verb keeps the fight from being told as happening; the withdrawal is what happened.
    Handmade avoided = about("The soldiers avoided fighting in Lakeside by withdrawing from Lakeside, an officer said.");
    assertThat(avoided.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsExactly("Lakeside");
    assertThat(avoided.claims(ClaimType.ATTACK)).isEmpty();
    Handmade prevented = about("Elders prevented fighting in Ridgeford, and the rebels withdrew from Ridgeford.");
    assertThat(prevented.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsExactly("Ridgeford");
    assertThat(prevented.claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void fightingPeopleFledIsTheCauseOfTheirFlightNoAttack() {
    // A count of the displaced names the fighting they fled as its cause; the fight at the place is told elsewhere.
    Handmade fled = about("Aid agencies say 12,000 people have fled fighting in Ridgeford and Lakeside since May.");
    assertThat(fled.claims(ClaimType.ATTACK)).isEmpty();
    // The sentence is read: it gives the count of the displaced at the place, so the empty list above is the fight's.
    assertThat(fled.claims(ClaimType.QUANTITY)).extracting(c -> c.place().name()).containsExactly("Ridgeford");
    assertThat(about("Families displaced by the heavy clashes around Tessit are sheltering in schools.").claims(ClaimType.ATTACK)).isEmpty();
    // Fighting told as happening there is an attack, even beside people fleeing.
    assertThat(about("Residents fled as fighting spread to Ridgeford on Monday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void aPlaceTakenAfterClashesWasAttackedToo() {
    Handmade taken = about("Army units took control of Ridgeford on Sunday after clashes with a local armed group.");
    assertThat(taken.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).contains("Ridgeford");
    assertThat(taken.claims(ClaimType.ATTACK)).extracting(c -> c.place().name()).containsExactly("Ridgeford");
    // "in the heaviest clashes around X" refers to the fight as known; it is no campaign of a taking.
    assertThat(about("The rebels said they had taken the hills above Ridgeford, in the heaviest clashes in a year.")
        .claims(ClaimType.ATTACK)).isEmpty();
  }

  @Test
  void explosivesDroppedOrFireOpenedOnAPlaceAttackIt() {
    assertThat(about("A drone dropped explosives on the police station in Ridgeford, police said.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("Armed men opened heavy fire on Lakeside village at dawn.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aForcePresentInAPlaceHoldsIt() {
    Claim remain = about("The army said its troops remain at the Ridgeford post.").claims(ClaimType.CONTROL).get(0);
    assertThat(remain.place().name()).isEqualTo("Ridgeford");
    assertThat(remain.effect()).isEqualTo(Effect.GAIN);
    assertThat(about("The army and the police are in Lakeside and the market is open, she said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("Soldiers returned to Tessit on Saturday morning, residents said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // Someone who is not a force being somewhere holds nothing.
    assertThat(about("The minister is in Tessit for talks.").claims(ClaimType.CONTROL)).isEmpty();
    // A count of those left tells of how few they are, not of a hold.
    assertThat(about("Officials said only several dozen enemy soldiers remain in Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aForceInsideAPlaceOrSaidToBeThereHoldsIt() {
    assertThat(about("Residents said soldiers were still inside Ridgeford on Sunday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("There are soldiers at the entrance of Lakeside again, a trader said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Lakeside");
    // Men are a force when armed, or when a side speaks of its own.
    assertThat(about("A farmer said armed men are still in Tessit.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(about("\"Our men are in Tessit,\" a rebel commander said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // Other men, or no force at all, hold nothing.
    assertThat(about("The men were in Tessit for a wedding.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("There are many shops at the entrance of Lakeside.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aForceGuardingPatrollingOrCampedInAPlaceHoldsIt() {
    assertThat(about("Residents said militiamen are guarding the water tower in Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("Soldiers were patrolling the market of Lakeside on Sunday, a trader said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("Rebel fighters now patrol the streets of Tessit, residents say.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    assertThat(about("\"Our fighters have been at Ridgeford since June,\" the commander said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("A farmer said the rebels were camped in the school at Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aForceSettingUpCheckpointsOrReinforcingItsPositionsInAPlaceHoldsIt() {
    assertThat(about("A driver said gunmen had set up a checkpoint at the entrance of Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("The army said its units had reinforced their positions in Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // Someone who is no force setting up a checkpoint holds nothing.
    assertThat(about("Health workers set up a checkpoint at the entrance of Tessit.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aForceLandingOnAPlaceOrStationedThereHoldsIt() {
    assertThat(about("An officer said marines had landed at Ridgeford before dawn.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("A spokesman said troops were now stationed in Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Lakeside");
    // A shell landing is fire on the place, not a force on it.
    Handmade shell = about("A resident said a shell had landed at Tessit.");
    assertThat(shell.claims(ClaimType.CONTROL)).isEmpty();
    assertThat(shell.claims(ClaimType.ATTACK)).extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void aNegationOrDidBetweenAForceAndItsPresenceIsReadWithIt() {
    assertThat(about("The movement said its fighters \"have never set foot in Ridgeford\".").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("DENIED Ridgeford");
    assertThat(about("A trader said soldiers did go back into Lakeside on Tuesday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Lakeside");
  }

  @Test
  void aTownSiteInTheWordsOfItsResidentsStandsForTheirTown() {
    assertThat(about("Residents of Ridgeford said rebel fighters were patrolling the market.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    // An official is no onlooker of the town he sits in: his "market" may be any town's.
    assertThat(about("An official in Lakeside said rebel fighters were patrolling the market and soldiers were guarding the airport of Tessit.")
        .claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void aForceComingIntoOrBackIntoAPlaceHoldsIt() {
    assertThat(about("A teacher said soldiers had come back into Ridgeford on Friday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("The rebels came into the market of Lakeside at dusk, a trader said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // People who are no force coming in hold nothing.
    assertThat(about("Traders came into Tessit for the weekly market.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aPatrolNamedOrAForceOnItsWayHoldsNothing() {
    // "an army patrol" names a unit; the attack on it is the claim.
    assertThat(about("Gunmen ambushed an army patrol near Lakeside on Monday.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("Gunmen ambushed an army patrol near Lakeside on Monday.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // Before: a capitalised day after the noun, or "that" opening its relative clause, was read as the verb's object.
    assertThat(about("Gunmen ambushed an army patrol Tuesday near Lakeside.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("A police patrol that came under fire near Ridgeford lost two men.").claims(ClaimType.CONTROL)).isEmpty();
    // Troops guarding a place who are fired on are told of as the attacked.
    assertThat(about("Rebels fired on soldiers guarding the bridge at Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
    // Troops sent to guard a place are not there yet; a road to a place is no hold of it.
    assertThat(about("Troops were sent to guard Tessit.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("Police are patrolling the road to Tessit.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aForceSeenOrGuardingInThePassiveHoldsThePlace() {
    assertThat(about("A trader said he saw rebel fighters in the market of Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    assertThat(about("A video shows soldiers at the gate of the prison in Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(about("The bridge at Tessit is guarded by soldiers, the police said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Tessit");
    // What is seen is a report, or what guards is no force.
    assertThat(about("We saw reports of fighters in Ridgeford.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("The bridge at Lakeside is guarded by a fence.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aForceThatHasBeenAtWarOrOnlyWishedForHoldsNothing() {
    // Before: "been at" and "been in" read "at war", "in retreat" as a place held; "to see" a wish as a sighting.
    assertThat(about("Soldiers have been at war with the rebels in Tessit for a decade.").claims(ClaimType.CONTROL)).isEmpty();
    // The retreat from a place is its loss, not a hold of it.
    assertThat(about("Soldiers have been in retreat from Ridgeford since Monday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::effect).isEqualTo(Effect.LOSS);
    assertThat(about("Residents want to see soldiers in Lakeside again.").claims(ClaimType.CONTROL)).isEmpty();
    // A force that has been in a place, or is seen there, holds it.
    assertThat(about("Soldiers have been in Tessit since 2019.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Tessit");
    assertThat(about("Residents could see soldiers in Lakeside on Monday.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aSidesFlagPutUpOrFlyingOnAPlaceHoldsIt() {
    assertThat(about("A trader said Zelmo flags were still flying over the market in Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("The rebels put their flag on the water tower of Lakeside, residents said.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // A flag at half-mast mourns.
    assertThat(about("Flags flew at half-mast over the town hall of Tessit on Monday.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aForceOnlyTalkedOfAfterThereIsHoldsNothing() {
    // The force is what fears, reports or clashes are about, not the subject of "there are".
    assertThat(about("There are fears that soldiers in Ridgeford could be overrun.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("There were reports of fighters in Lakeside on Monday.").claims(ClaimType.CONTROL)).isEmpty();
    assertThat(about("There were clashes between soldiers in Tessit and local youths.").claims(ClaimType.CONTROL)).isEmpty();
    // A count's "of" keeps the force the subject.
    assertThat(about("There are hundreds of soldiers stationed in Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void noSoldierSettingFootInAPlaceDeniesItsTaking() {
    assertThat(about("The rebels said no soldier had set foot inside Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
  }

  @Test
  void aForceSaidToBeAbsentFromAPlaceIsItsPresenceDenied() {
    assertThat(about("Residents told us they had seen no rebel fighters in Ridgeford.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("DENIED Ridgeford");
    assertThat(about("The mayor said there were no foreign troops anywhere in Lakeside.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    // Counted people who came to harm in a place tell of no presence.
    assertThat(about("No soldiers were wounded in Tessit, the army said.").claims(ClaimType.CONTROL)).isEmpty();
    // The forces of order gone from a place tell of their side's loss, not of a presence denied.
    assertThat(about("Listeners say there have been no gendarmes in Tessit since Saturday.").claims(ClaimType.CONTROL))
        .noneMatch(c -> c.polarity() == Polarity.DENIED);
    assertThat(about("Residents say there are no police forces in Tessit since Saturday.").claims(ClaimType.CONTROL))
        .noneMatch(c -> c.polarity() == Polarity.DENIED);
  }

  @Test
  void answeringFireToldAloneIsAnAttackWhereTheFireItAnsweredWas() {
    // Before: "returned fire", "fought back" were no trigger, so the answering side's fire told no attack.
    Handmade returned = about("Gunmen raided the police post in Ridgeford on Monday night.", "The officers returned fire, a police spokesman said.");
    assertThat(returned.claims(ClaimType.ATTACK)).filteredOn(c -> c.sentence().startsWith("The officers"))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Ridgeford");
    Handmade restraint = about("Rebels attacked the army camp at Lakeside on Sunday.", "The soldiers did not return fire, the army said.");
    assertThat(restraint.claims(ClaimType.ATTACK)).filteredOn(c -> c.sentence().startsWith("The soldiers"))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("DENIED Lakeside");
  }

  @Test
  void answeringFireBesideTheAttackItAnswersTellsNoSecondAttack() {
    // The rebels' shelling is the attack; the troops' answer only tells how it went: one attack, not a second by the troops.
    assertThat(about("Rebels shelled Tessit on Monday and the troops fought back, residents said.").claims(ClaimType.ATTACK))
        .singleElement().extracting(c -> c.polarity() + " " + c.place().name()).isEqualTo("ASSERTED Tessit");
  }
}
