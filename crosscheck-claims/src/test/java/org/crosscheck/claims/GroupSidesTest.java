package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sides of groups the text names itself, and of generic opponents, on sentences of our own. */
class GroupSidesTest {

  private static List<Claim> of(ClaimType type, String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(type);
  }

  @Test
  void aNameHeadingFightersIsTheActorsSide() {
    assertThat(of(ClaimType.CONTROL, "On Sunday, Zelmo fighters captured Ridgeford."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Zelmo");
  }

  @Test
  void theNameAfterAGroupsFightersOfIsTheActorsSide() {
    assertThat(of(ClaimType.ATTACK, "Fighters of the Zelmo Front attacked Ridgeford on Sunday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Zelmo Front");
    assertThat(of(ClaimType.ATTACK, "Armed elements of the terrorist group KRF attacked the post of Lakeside."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("KRF");
    // A state's units named after their people are no group of their own.
    assertThat(of(ClaimType.ATTACK, "Troops of the Northern Command attacked Tessit."))
        .singleElement().extracting(Claim::actorSide).isNotEqualTo("Northern Command");
    // "From" a place tells where the people came from, not whose they are.
    assertThat(of(ClaimType.ATTACK, "Gunmen from Lakeside attacked Ridgeford on Sunday."))
        .singleElement().extracting(Claim::actorSide).isNotEqualTo("Lakeside");
    assertThat(of(ClaimType.ATTACK, "Militants from the Tessit area attacked Ridgeford on Sunday."))
        .singleElement().extracting(Claim::actorSide).isNotEqualTo("Tessit");
    // A group's noun heading the name makes it the people's group again.
    assertThat(of(ClaimType.ATTACK, "Fighters from the Zelmo Front attacked Ridgeford on Sunday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Zelmo Front");
    assertThat(of(ClaimType.ATTACK, "Fighters from the Varkosi clan attacked Ridgeford on Sunday."))
        .singleElement().extracting(Claim::actorSide).isNotNull();
  }

  @Test
  void anAttackingVerbsSubjectFarBackInItsClauseIsTheAttacker() {
    assertThat(of(ClaimType.ATTACK, "At dawn, cells of the ISIS terrorist organisation took advantage of the situation and attacked a checkpoint in Ridgeford."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Islamic State");
    // A passive's subject is what was attacked, not who attacked.
    assertThat(of(ClaimType.ATTACK, "The KRF base near the market of Lakeside, which the army had shelled for weeks, was attacked again on Monday."))
        .extracting(Claim::actorSide).doesNotContain("KRF");
  }

  @Test
  void anAcronymSubjectIsTheActorsSide() {
    assertThat(of(ClaimType.CONTROL, "Residents said the KRF had seized Lakeside overnight."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("KRF");
  }

  @Test
  void aLongFormTheTextAbbreviatesIsItsAcronym() {
    assertThat(of(ClaimType.CONTROL, "The Northern Defence Forces (NDF) were formed in 2019.",
        "On Monday the Northern Defence Forces took Tessit."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("NDF");
  }

  @Test
  void genericWordsBeforeAGroupNounNameNoGroup() {
    assertThat(of(ClaimType.CONTROL, "Government troops retook Tessit on Monday."))
        .singleElement().extracting(Claim::actorSide).isNotEqualTo("Government");
  }

  @Test
  void theTerroristsAreTheOtherSideOfTheirNamerSoTheirExpulsionContestsTheGroupsClaim() {
    List<Claim> government = of(ClaimType.CONTROL,
        "Mali's army said the terrorists had been driven out of Ridgeford within hours.");
    assertThat(government).singleElement().satisfies(c -> {
      assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
      assertThat(c.actorSide()).isEqualTo(GroupNames.opponentsOf("Mali"));
    });
    List<Claim> group = of(ClaimType.CONTROL, "Zelmo fighters captured Ridgeford on Sunday, a video showed.");
    CrossChecker checker = CrossChecker.withoutDuplicates();
    checker.add(government);
    checker.add(group);
    assertThat(checker.assessments()).singleElement().extracting(Assessment::status).isEqualTo(Status.CONTESTED);
  }

  @Test
  void theOwnSideLosingIsAConcessionTheOpponentsLosingIsNot() {
    assertThat(of(ClaimType.CONTROL, "Mali's army said its troops had withdrawn from Tessit.")).singleElement()
        .extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
    assertThat(of(ClaimType.CONTROL, "Mali's army said the insurgents had withdrawn from Tessit.")).singleElement()
        .extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void anUnattributedAdmissionConcedesForTheAdmitter() {
    assertThat(of(ClaimType.CONTROL, "The Malian army on Thursday admitted that troops had withdrawn from Ridgeford."))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.CONCEDED);
  }

  @Test
  void aRoleSpeaksForTheGroupItNamesButACountryIsLeftToTheSides() {
    GroupNames groups = new GroupNames(Vocabulary.standard(), Sides.standard());
    assertThat(groups.speaksFor("Zelar Front spokesman")).isEqualTo("Zelar Front");
    assertThat(groups.speaksFor("a senior ZLF commander")).isEqualTo("ZLF");
    assertThat(groups.speaksFor("Northern Brigades (NB) spokeswoman")).isEqualTo("NB");
    assertThat(groups.speaksFor("Kenyan army spokesman")).isNull();
    assertThat(groups.speaksFor("army spokesman")).isNull();
  }

  @Test
  void aLongFormWhoseCapitalsTheTextUsesAloneIsThatAcronym() {
    assertThat(GroupNames.canonical("The KRF said ... Kaleb Ridge Front fighters", "Kaleb Ridge Front")).isEqualTo("KRF");
    assertThat(GroupNames.canonical("No short form here: Kaleb Ridge Front", "Kaleb Ridge Front")).isEqualTo("Kaleb Ridge Front");
  }

  @Test
  void anAcronymBeforeAnAttackNounIsTheAttacker() {
    assertThat(of(ClaimType.ATTACK, "The army said the KRF attack on Tessit was repulsed."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("KRF");
  }

  @Test
  void itsFightersAttackingAreTheClaimantsSide() {
    assertThat(of(ClaimType.ATTACK, "The KRF said its fighters attacked Tessit at dawn."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("KRF");
  }
}
