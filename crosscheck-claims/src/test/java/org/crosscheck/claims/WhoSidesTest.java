package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who acts and who speaks, on sentences of our own: state forces named without a country are the
 * report's home state, generic opponents in the writer's voice are the side their noun names,
 * "they" after a named group's cue is that group, and driving out and "under the control of" are
 * gains for the one who drives out or controls.
 */
class WhoSidesTest {

  private static List<Claim> of(ClaimType type, String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(type);
  }

  @Test
  void soldiersNamedWithoutACountryAreTheHomeStates() {
    assertThat(of(ClaimType.CONTROL, "Fighting went on near Lakeside.", "Soldiers retook Tessit from the raiders on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void aStatesArmedForcesKnownByAnAcronymAreThatState() {
    assertThat(of(ClaimType.CONTROL, "Fighting went on near Lakeside.", "IDF troops entered Tessit on Friday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Israel");
  }

  @Test
  void troopsInTheArmysWordsAreTheHomeStates() {
    assertThat(of(ClaimType.CONTROL, "Fighting went on near Lakeside.", "Troops entered Tessit on Friday, the army said."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void countedPoliceOfficersAreTheHomeStates() {
    assertThat(of(ClaimType.QUANTITY, "Raiders struck a checkpoint outside Lakeside, killing three police officers."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Mali");
  }

  @Test
  void aNameBeforeTheForceWordIsNotTheState() {
    assertThat(of(ClaimType.CONTROL, "Zelmo troops entered Ridgeford on Sunday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("Zelmo");
  }

  @Test
  void banditsInTheWritersVoiceAreBandits() {
    assertThat(of(ClaimType.ATTACK, "Armed bandits raided Ridgeford at dawn on Thursday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("bandits");
  }

  @Test
  void gunmenInAReportAboutPiratesArePirates() {
    assertThat(of(ClaimType.ATTACK, "Pirates have been active off Lakeside for a year.", "Gunmen attacked Tessit on Monday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("pirates");
  }

  @Test
  void countedBanditsAreBandits() {
    assertThat(of(ClaimType.QUANTITY, "Soldiers killed 14 bandits near Tessit on Tuesday."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("bandits");
  }

  @Test
  void theyAfterAGroupsCueIsTheGroup() {
    assertThat(of(ClaimType.CONTROL, "The KRF said they had taken Ridgeford without a fight."))
        .singleElement().extracting(Claim::actorSide).isEqualTo("KRF");
  }

  @Test
  void drivingOutOfATownIsAGainForTheOneWhoDrives() {
    assertThat(of(ClaimType.CONTROL, "Raiders overran Tessit on Saturday.",
        "On Sunday soldiers drove the raiders out of the town."))
        .filteredOn(c -> c.sentence().contains("drove")).singleElement().satisfies(c -> {
          assertThat(c.effect()).isEqualTo(Effect.GAIN);
          assertThat(c.actorSide()).isEqualTo("Mali");
          assertThat(c.place().name()).isEqualTo("Tessit");
        });
  }

  @Test
  void underTheControlOfNamesTheHolderAfterIt() {
    assertThat(of(ClaimType.CONTROL, "Ridgeford is now under the control of security forces, residents said."))
        .singleElement().satisfies(c -> {
          assertThat(c.effect()).isEqualTo(Effect.GAIN);
          assertThat(c.actorSide()).isEqualTo("Mali");
        });
  }
}
