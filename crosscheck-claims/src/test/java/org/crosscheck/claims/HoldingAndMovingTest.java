package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/** Control stated as holding on, as denying any post was lost, or as moving one's own people away. */
class HoldingAndMovingTest {

  private static List<Claim> control(String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().name("Ibrahim Sow", EntityType.PERSON).claims(ClaimType.CONTROL);
  }

  @Test
  void aSidePullingItsMenBackFromAPlaceConcedesItAsPullingThemOutOfIt() {
    // Before: "pulled * out of" read a loss, "pulled its officers back from" none.
    assertThat(control("The police said they had pulled their officers back from the checkpoint at Tessit."))
        .singleElement().extracting(c -> c.polarity() + " " + c.effect() + " " + c.place().name()).isEqualTo("CONCEDED LOSS Tessit");
  }

  @Test
  void aPassiveHeldPlacedByAPrepositionHoldsGroundOnlyWhenItsSubjectIsGround() {
    // Before: "held" read a holding of the place after "in" whatever its subject was.
    assertThat(control("The rebels said the funerals of their commander were held in Ridgeford on Sunday.",
        "A meeting of the elders is being held at Lakeside today.", "The rebels posted photos they say were taken in Tessit.")).isEmpty();
    assertThat(control("The army said Ridgeford was taken in a dawn raid.", "The camp near Tessit was also taken in the raid."))
        .extracting(c -> c.place().name()).containsExactlyInAnyOrder("Ridgeford", "Tessit");
    // A subject of ground, named or by its kind, is the place held; so is one pointed back to.
    assertThat(control("The council said the camp was held at dawn by the rebels, and the villages near Tessit were held in turn by both sides.",
        "Ridgeford was held in the grip of the rebels all week."))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit GAIN", "Ridgeford GAIN");
  }

  @Test
  void aPassiveHeldsSubjectPlacedAtANameOrReferredToByWhoIsNoGround() {
    // Before: the name before the auxiliary, or "who", was taken for the subject, and the place after "in" was held.
    assertThat(control("The funerals in Tessit were held in private, and the hostages, who were held in Lakeside, are free.",
        "The army holds Ridgeford."))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford");
    // Ground placed so is still held.
    assertThat(control("The villages in Tessit were held in turn by both sides."))
        .extracting(c -> c.place().name()).containsExactly("Tessit");
  }

  @Test
  void aPlaceNamedAsOneOfARoadsEndsIsNotHeldWithTheRoad() {
    // Before: every end of a road held was read as a place held.
    assertThat(control("The rebels said they control Ridgeford and the roads to Lakeside and to Tessit."))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford");
    assertThat(control("The rebels hold the hills and the road between Lakeside and Tessit, the mayor said.", "The army holds Ridgeford."))
        .extracting(c -> c.place().name()).containsExactly("Ridgeford");
    // A road to one place is told as a hold on that place's approach, and is left to the claim.
    assertThat(control("The rebels hold the road to Lakeside.")).extracting(c -> c.place().name()).containsExactly("Lakeside");
  }

  @Test
  void aPostSaidToRemainMannedIsHeld() {
    assertThat(control("Militants attacked the army post in Tessit on Sunday.", "Colonel Ibrahim Sow said the post remained fully manned."))
        .filteredOn(c -> c.sentence().contains("manned")).singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Tessit");
          assertThat(c.effect()).isEqualTo(Effect.GAIN);
          assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
        });
  }

  @Test
  void officersHoldingTheirPositionHoldThePlace() {
    assertThat(control("Gunmen attacked Ridgeford overnight.", "Police say officers in Ridgeford are holding their position."))
        .filteredOn(c -> c.sentence().contains("holding")).extracting(c -> c.place().name() + " " + c.effect())
        .containsExactly("Ridgeford GAIN");
  }

  @Test
  void noPostLostOrNotASinglePositionTakenDeniesTheLoss() {
    assertThat(control("Militants attacked the army base in Tessit on Sunday.", "The army said that no post had been lost."))
        .filteredOn(c -> c.sentence().contains("no post")).singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Tessit");
          assertThat(c.polarity()).isEqualTo(Polarity.DENIED);
        });
    assertThat(control("Militants attacked the army base in Tessit on Sunday.", "Not a single position has been taken by the rebels."))
        .filteredOn(c -> c.sentence().contains("single")).extracting(c -> c.place().name() + " " + c.polarity())
        .containsExactly("Tessit DENIED");
  }

  @Test
  void troopsRedeployedToTheRearLeaveThePlace() {
    assertThat(control("The personnel of the forward post at Tessit have been redeployed to the rear."))
        .singleElement().satisfies(c -> {
          assertThat(c.place().name()).isEqualTo("Tessit");
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
        });
  }

  @Test
  void anArmySayingItWithdrewItsSoldiersConcedesTheLoss() {
    assertThat(control("Fighting went on around Ridgeford.",
        "Army spokesman Colonel Ibrahim Sow said that it had withdrawn the soldiers of its forward post at Tessit."))
        .filteredOn(c -> c.place().name().equals("Tessit")).singleElement().satisfies(c -> {
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
        });
  }

  @Test
  void whereASideFledToIsNeitherTakenNorLost() {
    assertThat(control("\"Our forces have captured Ridgeford and the soldiers have fled towards Lakeside,\" the rebel spokesman said."))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford"); // taken by the rebels, lost by the soldiers
    assertThat(control("The rebels took control of Ridgeford on Saturday after government troops withdrew south to Lakeside, residents said."))
        .extracting(c -> c.place().name()).containsOnly("Ridgeford");
  }

  @Test
  void lettingCiviliansLeaveAPlaceLosesNothing() {
    assertThat(control("The rebels captured Ridgeford on Friday.", "The rebel spokesman said they would allow civilians to leave the town."))
        .filteredOn(c -> c.sentence().contains("civilians")).isEmpty();
    assertThat(control("The rebels captured Ridgeford on Friday.", "The rebel spokesman said the soldiers had left the town."))
        .filteredOn(c -> c.sentence().contains("left")).extracting(Claim::effect).containsExactly(Effect.LOSS);
  }

  @Test
  void takingAPlaceBackOrOverInOtherWordsTakesIt() {
    for (String sentence : List.of("The rebels reoccupied Tessit on Monday.", "The rebels re-entered Tessit on Monday.",
        "Rebel fighters took over Tessit on Monday.", "The army won back Tessit after two days of fighting.",
        "The army said it had cleared Tessit by Monday evening.")) {
      assertThat(control(sentence)).as(sentence).singleElement().satisfies(c -> {
        assertThat(c.place().name()).isEqualTo("Tessit");
        assertThat(c.effect()).isEqualTo(Effect.GAIN);
        assertThat(c.polarity()).isEqualTo(Polarity.ASSERTED);
      });
    }
  }

  @Test
  void takingOverAnOfficeTakesNoPlace() {
    // "took over as" is a post taken, not the town the post is of.
    for (String sentence : List.of("A former colonel took over as governor of Tessit in March.",
        "The general, who has taken over as commander in Tessit, visited troops on Monday.")) {
      assertThat(control(sentence)).as(sentence).isEmpty();
    }
  }

  @Test
  void aSideMovingInAfterAnotherLeftTakesThePlaceItLeft() {
    assertThat(control("Soldiers left Tessit on Tuesday and the rebels moved in."))
        .extracting(c -> c.place().name() + " " + c.effect()).containsExactlyInAnyOrder("Tessit LOSS", "Tessit GAIN");
  }

  @Test
  void clearingRubbleOrMarchingInTakesNoPlace() {
    assertThat(control("Volunteers cleared the rubble in Tessit on Monday.")).isEmpty();
    assertThat(control("Thousands of protesters marched into Tessit on Monday.")).isEmpty();
  }

  @Test
  void aWithdrawalExcusedByItsReasonIsConceded() {
    assertThat(control("Shelling went on overnight.", "Colonel Ibrahim Sow said that to spare the townspeople further bloodshed, the troops withdrew from Tessit on Monday."))
        .filteredOn(c -> c.place().name().equals("Tessit")).singleElement().satisfies(c -> {
          assertThat(c.effect()).isEqualTo(Effect.LOSS);
          assertThat(c.polarity()).isEqualTo(Polarity.CONCEDED);
        });
    // Onlookers give no reason of their own: told by residents, the same withdrawal stays asserted; so does the
    // newspaper's own account of it.
    assertThat(control("Shelling went on overnight.", "Residents said the troops withdrew from Tessit as a precaution."))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(Claim::polarity).containsOnly(Polarity.ASSERTED);
    assertThat(control("Shelling went on overnight.", "As a precaution, the troops withdrew from Tessit on Monday."))
        .filteredOn(c -> c.place().name().equals("Tessit")).extracting(Claim::polarity).containsOnly(Polarity.ASSERTED);
  }

  @Test
  void aForcesDeedInAJoinedClauseNamingNoPlaceIsAtThePlaceTheClauseBeforeNames() {
    // Before: the loss after the semicolon named no place and gave no claim.
    assertThat(control("The rebels entered Tessit on Monday; the soldiers had withdrawn."))
        .extracting(c -> c.polarity() + " " + c.effect() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED GAIN Tessit", "ASSERTED LOSS Tessit");
    // The second clause's own speaker and subject: the army telling of its own soldiers concedes.
    assertThat(control("The rebels entered Tessit on Monday; the army said its soldiers had withdrawn."))
        .extracting(c -> c.polarity() + " " + c.effect() + " " + c.place().name())
        .containsExactlyInAnyOrder("ASSERTED GAIN Tessit", "CONCEDED LOSS Tessit");
  }

  @Test
  void aJoinedClauseWantingADeedOrGoingElsewhereBorrowsNoPlace() {
    assertThat(control("The rebels took Tessit and told the soldiers to leave."))
        .extracting(c -> c.effect() + " " + c.place().name()).containsExactly("GAIN Tessit");
    assertThat(control("The soldiers withdrew from Tessit, and the rebels took Lakeside."))
        .extracting(c -> c.effect() + " " + c.place().name()).containsExactlyInAnyOrder("LOSS Tessit", "GAIN Lakeside");
    // A clause setting its own scene tells of somewhere else.
    assertThat(control("The army took Tessit on Monday; in the north, rebels withdrew from their positions."))
        .extracting(c -> c.effect() + " " + c.place().name()).containsExactly("GAIN Tessit");
  }
}
