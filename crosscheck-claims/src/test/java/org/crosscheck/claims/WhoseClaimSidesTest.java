package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Whose side a count, an actor and a source are on when the text names them only generically (round 24). */
class WhoseClaimSidesTest {

  @Test
  void aCountOfGenericOpponentsIsTheGroupTheReportNames() {
    assertThat(Handmade.of("ZLA fighters attacked Tessit on Sunday.",
            "The army said 17 militants had been killed near Tessit.")
        .malianTowns().claims(ClaimType.QUANTITY))
        .singleElement().extracting(Claim::actorSide).isEqualTo("ZLA");
  }

  @Test
  void aCountOfGenericOpponentsWithNoGroupNamedHasNoSide() {
    assertThat(Handmade.of("The army said 17 militants had been killed near Tessit.").malianTowns().claims(ClaimType.QUANTITY))
        .singleElement().extracting(Claim::actorSide).isNull();
  }

  @Test
  void aCountOfGenericOpponentsIsNotTheSpeakersOwnUnderItsAcronym() {
    assertThat(Handmade.of("The Northern Defence Army (NDA) holds Ridgeford.",
            "The Northern Defence Army said it killed 43 rebels near Tessit.")
        .name("Northern Defence Army", EntityType.ORGANIZATION).malianTowns().claims(ClaimType.QUANTITY))
        .extracting(Claim::actorSide).doesNotContain("NDA");
  }

  @Test
  void aMinistryNamedByItsPortfolioAnnouncingAGainGainsForItsState() {
    List<Claim> control = Handmade.of("Fighting went on around Tessit and Ridgeford.",
            "According to the Interior Ministry, assault units entered Tessit.")
        .name("Interior Ministry", EntityType.ORGANIZATION).malianTowns().claims(ClaimType.CONTROL);
    assertThat(control).extracting(Claim::actorSide).containsOnly("Mali");
  }

  @Test
  void aMinistryNamedAloneInAReportNamingTwoStatesIsNobodysGuess() {
    List<Claim> control = Handmade.of("Senegalese officials say the fighting around Tessit goes on.",
            "According to the Interior Ministry, assault units entered Tessit.")
        .name("Interior Ministry", EntityType.ORGANIZATION).malianTowns().claims(ClaimType.CONTROL);
    assertThat(control).isNotEmpty().extracting(Claim::actorSide).containsOnlyNulls();
  }

  @Test
  void aStateForceNamedAloneActsForTheStateQualifiedBefore() {
    List<Claim> attack = Handmade.of("Senegal's navy patrols the river near Tessit.",
            "On Sunday the Navy shelled Ridgeford.")
        .name("Navy", EntityType.ORGANIZATION).malianTowns().claims(ClaimType.ATTACK);
    assertThat(attack).extracting(Claim::actorSide).containsOnly("Senegal");
  }

  @Test
  void aRoleThatIsAClauseAboutSomeoneNamesNoSideOfTheirs() {
    assertThat(Sides.describes("whom the Malian authorities accuse of heading a criminal group")).isFalse();
    assertThat(Sides.describes("whose men the Malian army says it expelled")).isFalse();
    assertThat(Sides.describes("a Malian army spokesman")).isTrue();
  }

  @Test
  void aCapitalisedWordOpeningASentenceBeforeAGroupNounNamesNoGroup() {
    assertThat(Handmade.of("Since militants seized Tessit on Sunday, the market has been shut.").malianTowns().claims(ClaimType.CONTROL))
        .extracting(Claim::actorSide).doesNotContain("Since");
    assertThat(Handmade.of("Own troops repulsed the attack on Ridgeford.").malianTowns().claims(ClaimType.ATTACK))
        .extracting(Claim::actorSide).doesNotContain("Own");
  }

  @Test
  void aNameThatSpeaksOfItsFightersIsTheArmedGroupGenericWordsStandFor() {
    assertThat(Handmade.of("Dozens of insurgents attacked a police post in Ridgeford overnight, officials said.",
            "A statement in the name of the Zelmo Popular Front (ZPF) says its fighters carried out the raid.")
        .malianTowns().claims(ClaimType.ATTACK))
        .extracting(Claim::actorSide).contains("ZPF");
    assertThat(Handmade.of("Dozens of insurgents attacked a police post in Ridgeford overnight, officials said.",
            "The Zelmo Popular Front (ZPF) says the raid was a crime.")
        .malianTowns().claims(ClaimType.ATTACK))
        .extracting(Claim::actorSide).doesNotContain("ZPF");
  }

  @Test
  void theLibyanNationalArmyIsItsOwnSideNotTheLibyanState() {
    Sides sides = Sides.standard();
    assertThat(sides.sideOf("Libyan National Army")).isEqualTo("LNA");
    assertThat(sides.sideOf("LNA")).isEqualTo("LNA");
    assertThat(sides.sideOf("Libyan")).isEqualTo("Libya");
  }
}
