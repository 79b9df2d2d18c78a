package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Places that are the subject of a control verb ("the town never fell", "the post changed hands")
 * and holders after "in the hands of", on sentences of our own.
 */
class DefiniteSubjectsTest {

  private static Handmade about(String... text) {
    return Handmade.of(text).inMali();
  }

  @Test
  void aDefiniteNounBeforeAVerbIsTheSubjectNotACompound() {
    Claim never = about("Rebels raided Ridgeford on Monday.", "The army said the post never changed hands.")
        .claims(ClaimType.CONTROL).get(0);
    assertThat(never.place().name()).isEqualTo("Ridgeford");
    assertThat(never.polarity()).isEqualTo(Polarity.DENIED);
    assertThat(about("Rebels raided Ridgeford on Monday.", "The army said its post there was never abandoned.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::polarity).isEqualTo(Polarity.DENIED);
    assertThat(about("Rebels raided Ridgeford on Friday.", "Residents say officers left the village around noon.").claims(ClaimType.CONTROL))
        .singleElement().extracting(Claim::effect).isEqualTo(Effect.LOSS);
    // A noun after it still makes a compound: the town hall is no town.
    assertThat(about("Rebels raided Ridgeford on Monday.", "The army said the town hall was abandoned.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void aSubjectRightBeforeAControlVerbIsItsOwnNotAnEarlierTriggers() {
    Claim fell = about("Rebels raided Ridgeford on Monday.", "The army said the attack was crushed and the town never fell.")
        .claims(ClaimType.CONTROL).get(0);
    assertThat(fell.place().name()).isEqualTo("Ridgeford");
    assertThat(fell.effect()).isEqualTo(Effect.LOSS);
    assertThat(fell.polarity()).isEqualTo(Polarity.DENIED);
    // Right after another trigger in the same clause, the place is that trigger's object.
    assertThat(about("Police said the gunmen who raided Ridgeford took 14 rifles.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void troopsAfterInTheHandsOfHoldThePlace() {
    assertThat(about("The army said Lakeside remained in the hands of troops.").claims(ClaimType.CONTROL))
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    // A person as the object of a taking is still no place taken.
    assertThat(about("Rebels captured soldiers near Lakeside, the army said.").claims(ClaimType.CONTROL)).isEmpty();
  }

  @Test
  void inARoundUpThePostIsTheOneItsParagraphToldOf() {
    Handmade roundUp = Handmade.of(
        "North. Police said gangs attacked Ridgeford again on Friday. Officers say they now control Ridgeford.",
        "South. Rebels say they took the army camp at Lakeside on Sunday. The army says the post never changed hands.")
        .malianTowns();
    Claim denial = roundUp.claims(ClaimType.CONTROL).stream().filter(c -> c.polarity() == Polarity.DENIED).findFirst().orElseThrow();
    assertThat(denial.place().name()).isEqualTo("Lakeside");
    // A paragraph that names the article's town still means it; a place where sources are is no story's place.
    Handmade single = Handmade.of(
        "Rebels attacked Ridgeford on Friday. Rebels said they held Ridgeford.",
        "The attack was confirmed by residents of Lakeside. The army says the town never fell.")
        .malianTowns();
    assertThat(single.claims(ClaimType.CONTROL)).filteredOn(c -> c.polarity() == Polarity.DENIED)
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void aParagraphAboutAnotherTownMeansItsOwnTown() {
    // Ridgeford is the report's town; the last paragraph turns to Lakeside without naming Ridgeford.
    Handmade turned = Handmade.of(
        "Rebels attacked Ridgeford on Monday. Ridgeford has been quiet since, residents of Ridgeford said.",
        "In Lakeside, shops opened again on Tuesday. Gunmen attacked the town on Thursday.")
        .malianTowns();
    assertThat(turned.claims(ClaimType.ATTACK)).extracting(c -> c.place().name()).contains("Lakeside").containsOnlyOnce("Ridgeford");
    // The end of a road named there only names the road.
    Handmade road = Handmade.of(
        "Rebels attacked Ridgeford on Monday. Ridgeford has been quiet since, residents of Ridgeford said.",
        "Lakeside itself has had no power for a year, and the main road to Tessit is mined. The army says the town is under its full control.")
        .malianTowns();
    assertThat(road.claims(ClaimType.CONTROL)).singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
  }

  @Test
  void aParagraphNamingTheTopicOnlyAsAReferencePointIsAboutItsOwnTown() {
    Handmade measured = Handmade.of(
        "Rebels attacked Ridgeford on Monday. Ridgeford has been quiet since, residents of Ridgeford said.",
        "The rebels also said they had taken Lakeside, about 100 km south of Ridgeford, on Sunday. Residents say the rebels still hold the town.")
        .malianTowns();
    assertThat(measured.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).contains("Lakeside").doesNotContain("Ridgeford");
    // Named as where residents are, the topic is still named: residents of a town are its own.
    Handmade residents = Handmade.of(
        "Rebels attacked Ridgeford on Monday. Ridgeford has been quiet since, residents of Ridgeford said.",
        "Lakeside was calm. Two residents of Ridgeford said rebels still held the town.")
        .malianTowns();
    assertThat(residents.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void theReportsTownIsWhereItsLeadIsNotWhereItsSourcesSit() {
    // Lakeside is named more often, but only as where the officers telling the story are.
    Handmade told = Handmade.of(
        "Gunmen attacked an army post at Ridgeford before dawn on Monday, two officers in Lakeside said.",
        "Officers in Lakeside said the gunmen came on motorbikes. An official in Lakeside said nine soldiers were killed.",
        "The gunmen say they now hold the town.")
        .malianTowns();
    assertThat(told.claims(ClaimType.CONTROL)).singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
  }

  @Test
  void aHeadlineNamingATownTipsTheBalanceTowardsIt() {
    // Each town is named as often in the text; the headline tells which the report is about.
    String[] text = {"Rebels attacked an army convoy on Monday.", "Ridgeford and Lakeside were calm on Tuesday.",
        "The rebels say they hold the town."};
    Handmade headline = Handmade.of(text).title("Rebels claim Lakeside").malianTowns();
    assertThat(headline.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Lakeside");
    Handmade plain = Handmade.of(text).malianTowns();
    assertThat(plain.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void anAnswerMeansTheTownTheQuestionNamed() {
    Handmade interview = Handmade.of(
        "PRESENTER: Rebels attacked Ridgeford on Monday. Is Ridgeford calm now?",
        "OFFICIAL: Yes, Ridgeford is calm.",
        "PRESENTER: And Lakeside?",
        "OFFICIAL: The rebels say they hold the town. That is not true.")
        .malianTowns();
    assertThat(interview.claims(ClaimType.CONTROL)).extracting(c -> c.place().name()).contains("Lakeside");
  }

  @Test
  void repellingTheAssailantsIsOfTheAttackToldBefore() {
    Handmade repelled = about("Rebels attacked the army post of Ridgeford on Sunday.",
        "The soldiers of the detachment responded and repelled the assailants.");
    assertThat(repelled.claims(ClaimType.ATTACK)).hasSize(2).allSatisfy(c -> assertThat(c.place().name()).isEqualTo("Ridgeford"));
    // Downing drones is no attack on the place told of before.
    assertThat(about("Rebels attacked Ridgeford on Sunday.", "Troops shot down two drones.").claims(ClaimType.ATTACK)).hasSize(1);
  }

  @Test
  void attackersRepelledInThePassiveAreOfTheAttackToldBefore() {
    // The attackers as the passive's subject, as "repelled the assailants" has them as its object.
    Handmade passive = about("Rebels attacked the army post of Ridgeford on Sunday.",
        "The assailants were driven back with heavy losses by the soldiers.");
    assertThat(passive.claims(ClaimType.ATTACK)).hasSize(2).allSatisfy(c -> assertThat(c.place().name()).isEqualTo("Ridgeford"));
    Handmade pronoun = about("Rebels attacked the army post of Ridgeford on Sunday.", "They were pushed back after an hour.");
    assertThat(pronoun.claims(ClaimType.ATTACK)).hasSize(2);
    // Whoever else was pushed back tells of no attack on the place.
    assertThat(about("Rebels attacked Ridgeford on Sunday.", "The protesters were pushed back by the police.").claims(ClaimType.ATTACK)).hasSize(1);
  }

  @Test
  void aSideGoingAwayWithNoPlaceButItsDestinationLeftThePlaceToldBefore() {
    Handmade towards = about("Rebels captured the market in Ridgeford on Sunday.", "The soldiers had withdrawn towards Lakeside by then.");
    assertThat(towards.claims(ClaimType.CONTROL)).filteredOn(c -> c.effect() == Effect.LOSS)
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Ridgeford");
    assertThat(about("Rebels captured Ridgeford on Sunday.", "The soldiers ran away.").claims(ClaimType.CONTROL))
        .anySatisfy(c -> assertThat(c.effect()).isEqualTo(Effect.LOSS));
    // After an attack alone, attackers going away left nothing they held.
    assertThat(about("Gunmen attacked Ridgeford on Sunday.", "They withdrew before dawn.").claims(ClaimType.CONTROL)).isEmpty();
    // Nor does a group withdrawing that the report did not say held the place.
    assertThat(about("Rebels captured Ridgeford on Sunday.", "The enemy withdrew towards Lakeside.").claims(ClaimType.CONTROL))
        .isNotEmpty().noneMatch(c -> c.effect() == Effect.LOSS);
  }

  @Test
  void withdrawingWordsIsNoForceGoingAway() {
    // "withdraw" with an object that is no force takes back words, not troops.
    assertThat(about("Troops recaptured Ridgeford on Sunday.", "The police withdrew a statement on Monday.").claims(ClaimType.CONTROL))
        .hasSize(1).noneMatch(c -> c.effect() == Effect.LOSS);
    assertThat(about("Troops recaptured Ridgeford on Sunday.", "The army withdrew its complaint about the report.").claims(ClaimType.CONTROL))
        .hasSize(1).noneMatch(c -> c.effect() == Effect.LOSS);
  }

  @Test
  void aDisputedTollDeniesACountNotAPlace() {
    Handmade toll = about("Gunmen held Ridgeford until dawn, residents said.",
        "The death toll is disputed: police say 27 bodies were recovered.");
    assertThat(toll.claims(ClaimType.CONTROL)).singleElement().extracting(Claim::polarity).isEqualTo(Polarity.ASSERTED);
  }

  @Test
  void deniedInvolvementDeniesTheAttackNotAPlacesControl() {
    Handmade involvement = about("Rebels said they held Ridgeford on Friday.", "Gunmen attacked a bus near Lakeside on Saturday.",
        "The rebels denied involvement.");
    assertThat(involvement.claims(ClaimType.ATTACK)).filteredOn(c -> c.polarity() == Polarity.DENIED)
        .singleElement().extracting(c -> c.place().name()).isEqualTo("Lakeside");
    assertThat(involvement.claims(ClaimType.CONTROL)).noneMatch(c -> c.polarity() == Polarity.DENIED);
  }
}
