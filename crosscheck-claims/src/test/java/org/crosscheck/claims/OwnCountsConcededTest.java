package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A state's own dead and wounded told by a voice of that state are conceded: a state body under its
 * own name, a force's own statement, a loss read from "paid the supreme price" or "losing"; the other
 * side's dead, or a count told by no state voice, stay asserted. On sentences of our own.
 */
class OwnCountsConcededTest {

  private static List<Polarity> countPolarities(Handmade article) {
    return article.claims(ClaimType.QUANTITY).stream().map(Claim::polarity).toList();
  }

  private static List<Polarity> countPolarities(String text) {
    return countPolarities(Handmade.of(text).inMali());
  }

  @Test
  void aForceNamedWithItsCountryTellsItsOwnLosses() {
    // The outlet is the force: its own voice counts its own soldiers, and the count after it.
    assertThat(countPolarities(Handmade.of("One soldier was killed and two others were wounded near Tessit on Monday.")
        .inMali().outlet("Mali Defence Force"))).containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
    // A force named for no country is no state's voice ("Tessit Liberation Army").
    assertThat(countPolarities(Handmade.of("One soldier was killed and two others were wounded near Tessit on Monday.")
        .inMali().outlet("Tessit Liberation Army"))).doesNotContain(Polarity.CONCEDED);
  }

  @Test
  void othersCountedInTheNextSentenceAreTheSameOwnPeople() {
    // "Four others" carries on the force's own count of the sentence before, in the same paragraph.
    assertThat(countPolarities(Handmade.of("Sadly, three soldiers paid the supreme price near Tessit. Four others were wounded and flown out.")
        .inMali().outlet("Mali Defence Force"))).containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
    // A count with a noun of its own, not opening its sentence, counts whoever it names.
    assertThat(countPolarities(Handmade.of("Sadly, three soldiers paid the supreme price near Tessit. The clinic treated four wounded men.")
        .inMali().outlet("Mali Defence Force"))).containsExactly(Polarity.CONCEDED, Polarity.ASSERTED);
    // "others" is a word of its own: "two brothers" counted later in the sentence are whoever they are.
    assertThat(countPolarities(Handmade.of("Sadly, three soldiers paid the supreme price near Tessit. In the market, two brothers were wounded.")
        .inMali().outlet("Mali Defence Force"))).containsExactly(Polarity.CONCEDED, Polarity.ASSERTED);
    // After a count of the enemy's dead, "others" are the enemy's too.
    assertThat(countPolarities(Handmade.of("Troops killed 12 bandits near Tessit. Four others were wounded and captured.")
        .inMali().outlet("Mali Defence Force"))).containsExactly(Polarity.ASSERTED, Polarity.ASSERTED);
  }

  @Test
  void aCountInAnotherVoicesAccountIsNotCarriedOn() {
    // The army's own loss is conceded; the figure after the rebels' verb is their claim, asserted.
    assertThat(countPolarities("The army says it lost four soldiers near Tessit; the rebels claim to have killed 17."))
        .containsExactly(Polarity.CONCEDED, Polarity.ASSERTED);
    // With no new voice, the count after the clause break is the same side's.
    assertThat(countPolarities(Handmade.of("On our side, we regret the loss of three soldiers near Tessit; a further eight were wounded.")
        .inMali().outlet("Mali Defence Force"))).containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
  }

  @Test
  void theLossOfSoldiersCountsTheDead() {
    // "the loss of two soldiers" tells deaths, as "the deaths of" does: the army's own, conceded.
    assertThat(countPolarities("The army said 30 attackers were killed near Tessit, for the loss of two soldiers."))
        .containsExactly(Polarity.ASSERTED, Polarity.CONCEDED);
    // Soldiers counted with no fate are no losses ("sent two soldiers"), asserted.
    assertThat(countPolarities("The army said 30 attackers were killed near Tessit and sent two soldiers to the village."))
        .containsExactly(Polarity.ASSERTED, Polarity.ASSERTED);
  }

  @Test
  void lossesReadFromWordsOfSacrificeAndLosing() {
    assertThat(countPolarities("Sadly, two soldiers paid the supreme price near Tessit, the army said."))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("The army said it killed 41 bandits near Tessit, losing two soldiers."))
        .containsExactly(Polarity.ASSERTED, Polarity.CONCEDED);
  }

  @Test
  void aStateBodyUnderItsOwnNameSpeaksForItsState() {
    assertThat(countPolarities(Handmade.of("The Interior Ministry said gunmen attacked a patrol near Tessit, killing two guardsmen.")
        .inMali().name("Interior Ministry", EntityType.ORGANIZATION))).containsExactly(Polarity.CONCEDED);
    // Spelled out before its acronym: "the Public Security Ministry (PSM)" is a ministry.
    assertThat(countPolarities(Handmade.of("The Public Security Ministry (PSM) gave its toll on Tuesday.",
        "The PSM said gunmen attacked a patrol near Tessit, killing two guardsmen.").inMali().name("PSM", EntityType.ORGANIZATION)))
        .containsExactly(Polarity.CONCEDED);
  }

  @Test
  void aStateBodyGivenNoListedSideStillSpeaksForItsState() {
    // Given no side (its name is a place's, not a country's), or a side made of its own acronym, which no list knows:
    // the body's words make it the state's.
    assertThat(countPolarities(Handmade.of("The Tessit Military Police (TMP) say one officer was wounded near Tessit.")
        .inMali().name("Tessit Military Police", EntityType.ORGANIZATION))).containsExactly(Polarity.CONCEDED);
    // A known armed group counting soldiers tells the army's losses.
    assertThat(countPolarities(Handmade.of("JNIM says two soldiers were killed near Tessit.")
        .inMali().name("JNIM", EntityType.ORGANIZATION))).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aCountInsideAnothersClaimIsNotTheOfficersOwn() {
    // The officer's own figure is conceded; the rebels' figure he rejects is theirs, told as their claim.
    assertThat(countPolarities(Handmade.of("TMP spokesman Colonel Amadou Keita said one soldier had died near Tessit and rejected"
        + " the rebels' claim that four soldiers were killed.").inMali().name("Amadou Keita", EntityType.PERSON)))
        .containsExactly(Polarity.CONCEDED, Polarity.ASSERTED);
  }

  @Test
  void anOfficerOfTheStatesForcesCountsItsOwnSoldiers() {
    // Named sentences before with his role, then "he said".
    assertThat(countPolarities(Handmade.of("Colonel Amadou Keita, the division commander, told reporters the road was open.",
        "He said two soldiers were killed near Tessit.").inMali().name("Amadou Keita", EntityType.PERSON)))
        .containsExactly(Polarity.CONCEDED);
    // A person given no role in a force is no state's voice.
    assertThat(countPolarities(Handmade.of("Amadou Keita, a shopkeeper, told reporters the road was open.",
        "He said two soldiers were killed near Tessit.").inMali().name("Amadou Keita", EntityType.PERSON)))
        .doesNotContain(Polarity.CONCEDED);
  }

  @Test
  void anOfficialOfTheStateCountsItsOwnSoldiers() {
    // A minister, or a security official left unnamed, speaks for the state whose soldiers it counts.
    assertThat(countPolarities(Handmade.of("Amadou Keita, the region's security minister, told reporters the road was open.",
        "He said two soldiers were killed near Tessit.").inMali().name("Amadou Keita", EntityType.PERSON)))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("A security official in Tessit, who asked not to be named, said two soldiers were killed."))
        .containsExactly(Polarity.CONCEDED);
    // Anyone else counting them tells another side's losses.
    assertThat(countPolarities("A trader in Tessit, who asked not to be named, said two soldiers were killed."))
        .containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aPersonsOwnFightersInThatPersonsWordsAreConceded() {
    // "he says 14 of his fighters": "his" is the speaker's, the count his own side's loss.
    assertThat(countPolarities(Handmade.of("Moussa Ag Intalla, who leads the Tessit militia, spoke by telephone.",
        "He says 14 of his fighters were killed near Tessit.").inMali().name("Moussa Ag Intalla", EntityType.PERSON)))
        .containsExactly(Polarity.CONCEDED);
    // "his" in another speaker's words is the man told of, not the speaker.
    assertThat(countPolarities(Handmade.of("Moussa Ag Intalla leads the Tessit militia.",
        "The army says 14 of his fighters were killed near Tessit.").inMali().name("Moussa Ag Intalla", EntityType.PERSON)))
        .containsExactly(Polarity.ASSERTED);
  }

  @Test
  void anOfficerOpeningASentenceCountsItsOwnSoldiers() {
    // A live blog's entry: "An" opening the sentence is no name before the force word ("White Banner Army" is one).
    assertThat(countPolarities("09:20 An army spokesman says two rangers were killed and five wounded in Tessit."))
        .containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
    assertThat(countPolarities("09:20 A White Banner Army spokesman says two rangers were killed and five wounded in Tessit."))
        .doesNotContain(Polarity.CONCEDED);
  }

  @Test
  void membersOfTheStatesForcesAreItsOwn() {
    assertThat(countPolarities("The army said seven members of the security forces were killed near Tessit."))
        .containsExactly(Polarity.CONCEDED);
    // Members of anything else are not.
    assertThat(countPolarities("The army said seven members of the gang were killed near Tessit."))
        .doesNotContain(Polarity.CONCEDED);
  }

  @Test
  void theOtherSidesDeadAndANeutralCountStayAsserted() {
    assertThat(countPolarities("The army said it killed 43 rebels near Tessit.")).containsExactly(Polarity.ASSERTED);
    assertThat(countPolarities("Gunmen attacked a patrol near Tessit on Monday, killing two guardsmen.")).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aTollAForceOwnsOrASidesOwnTollCountsItsOwnLosses() {
    assertThat(countPolarities("Gunmen overran the post at Tessit on Monday. The gendarmerie's figure is three."))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("The militia's own toll of four fighters dead has not changed since Tessit fell."))
        .containsExactly(Polarity.CONCEDED);
    // Another's toll, or a force's toll of the other side's people, is asserted.
    assertThat(countPolarities("Gunmen overran the post at Tessit on Monday. The clinic's figure is three."))
        .containsExactly(Polarity.ASSERTED);
    assertThat(countPolarities("The army's toll of 30 rebels killed near Tessit has not changed."))
        .containsExactly(Polarity.ASSERTED);
    assertThat(countPolarities("The army's figure of 30 JNIM dead near Tessit cannot be checked."))
        .containsExactly(Polarity.ASSERTED);
  }
  @Test
  void aStateVoiceOfNoKnownStateCountsItsOwnForcesNamedBare() {
    // No home country: the source's state is unknown, but a state's soldiers counted bare are the state voice's own.
    assertThat(countPolarities(Handmade.of("A military source said two soldiers were killed in the attack on Monday.")))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities(Handmade.of("Major Idrissa Kone, who speaks for the garrison, said three soldiers had died in the raid.")
        .name("Idrissa Kone", EntityType.PERSON))).containsExactly(Polarity.CONCEDED);
    // A trader is no state voice; a source whose own side killed the soldiers counts its enemy's dead.
    assertThat(countPolarities(Handmade.of("A trader said two soldiers were killed in the attack on Monday.")))
        .containsExactly(Polarity.ASSERTED);
    assertThat(countPolarities(Handmade.of("Major Idrissa Kone said his fighters killed three soldiers in the raid.")
        .name("Idrissa Kone", EntityType.PERSON))).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aStateBodyMadeASideOfItsOwnNameStillSpeaksForItsForces() {
    // "the National Guard" known to the tagger as an organisation only: a body's name word makes it a state voice.
    assertThat(countPolarities(Handmade.of("One guardsman was wounded in the ambush, the National Guard said.")
        .name("National Guard", EntityType.ORGANIZATION))).containsExactly(Polarity.CONCEDED);
    // An armed group's "Defence Force" that says it killed them tells the other side's losses.
    assertThat(countPolarities(Handmade.of("The Hill Defence Force said it killed three soldiers in the ambush.")
        .name("Hill Defence Force", EntityType.ORGANIZATION))).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aCivilOfficialOfTheStateCountsItsOwnPolice() {
    // An administrator, a commissioner or a governor of the state speaks for it as a minister does.
    for (String role : List.of("the county commissioner", "the district administrator", "the regional governor")) {
      assertThat(countPolarities(Handmade.of("Amadou Keita, " + role + ", told reporters the road was open.",
          "He said two police officers were killed near Tessit.").inMali().name("Amadou Keita", EntityType.PERSON)))
          .as(role).containsExactly(Polarity.CONCEDED);
    }
  }

  @Test
  void aCommandOfTheArmedServicesSpeaksForItsState() {
    // The outlet is the armed services' command, named by no country: the home state's voice, counting its own.
    assertThat(countPolarities(Handmade.of("Two members of the security forces were killed near Tessit on Monday.")
        .inMali().outlet("Information Office of the Defence Services"))).containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities(Handmade.of("Two members of the security forces were killed near Tessit on Monday.")
        .inMali().outlet("Command of the Fifth Military Region"))).containsExactly(Polarity.CONCEDED);
    // A newsroom's own voice counts another's dead.
    assertThat(countPolarities(Handmade.of("Two members of the security forces were killed near Tessit on Monday.")
        .inMali().outlet("Tessit Evening Post"))).containsExactly(Polarity.ASSERTED);
  }

  @Test
  void aForceByItsOwnNameSpeaksForItsState() {
    // "FAMa" names Mali's army without naming Mali: its information office is Mali's voice.
    assertThat(countPolarities(Handmade.of("One soldier was killed and two others were wounded near Tessit on Monday.")
        .inMali().outlet("FAMa Information Office"))).containsExactly(Polarity.CONCEDED, Polarity.CONCEDED);
    // A country's name alone in an outlet's makes no state voice of it ("Mali Evening Post").
    assertThat(countPolarities(Handmade.of("One soldier was killed and two others were wounded near Tessit on Monday.")
        .inMali().outlet("Mali Evening Post"))).containsExactly(Polarity.ASSERTED, Polarity.ASSERTED);
    // Nor does a seat of power's ("Kremlin"): a metonym names the government, not its armed forces' own outlet.
    assertThat(countPolarities(Handmade.of("One soldier was killed and two others were wounded near Tessit on Monday.")
        .inMali().outlet("Kremlin Watch"))).containsExactly(Polarity.ASSERTED, Polarity.ASSERTED);
  }

  @Test
  void aFateAfterANameOrASecondVerbStillMakesTheCountALoss() {
    // A name set off by commas, two verbs of one fate, an "and" inside a force's name: the fate is still the count's own.
    assertThat(countPolarities("The army said one soldier, Sergeant Issa Maiga, was killed near Tessit."))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("Two gendarmes were shot and wounded near Tessit, the army said."))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("The army said two members of the Border and Coast Guard were killed near Tessit."))
        .containsExactly(Polarity.CONCEDED);
    // A real clause break still ends the count's clause: soldiers who arrived are no loss, the rebels killed not the army's.
    assertThat(countPolarities("The army said two soldiers arrived in Tessit, and three rebels were killed."))
        .containsExactly(Polarity.ASSERTED, Polarity.ASSERTED);
  }

  @Test
  void policeRanksOfficersOfAForceAndJointCommandsSpeakForTheState() {
    // A police rank, an officer of a named force, a joint command: each counts the state's own people as its own.
    assertThat(countPolarities(Handmade.of("Inspector Amadou Keita said one gendarme had been wounded near Tessit.")
        .inMali().name("Amadou Keita", EntityType.PERSON))).containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities("A naval officer, speaking anonymously, said two marines were killed near Tessit."))
        .containsExactly(Polarity.CONCEDED);
    assertThat(countPolarities(Handmade.of("The Joint Operations Command said gunmen ambushed a convoy near Tessit, killing two soldiers.")
        .inMali().name("Joint Operations Command", EntityType.ORGANIZATION))).containsExactly(Polarity.CONCEDED);
    // The enemy's dead in the same voices stay asserted.
    assertThat(countPolarities("A police official in Tessit said 14 bandits were killed."))
        .containsExactly(Polarity.ASSERTED);
  }
}
