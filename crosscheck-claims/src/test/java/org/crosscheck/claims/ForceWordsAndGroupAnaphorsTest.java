package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who acts when a force word is a modifier, a force is named by its branch, or a group by "the group": sentences of our own. */
class ForceWordsAndGroupAnaphorsTest {

  private static List<Claim> of(ClaimType type, String... paragraphs) {
    return Handmade.of(paragraphs).malianTowns().claims(type);
  }

  @Test
  void aSecondVerbOfTheSameSubjectKeepsItsActor() {
    assertThat(of(ClaimType.CONTROL, "Zelmo fighters attacked a checkpoint at Ridgeford before dawn and then pushed into the town."))
        .extracting(Claim::actorSide).containsOnly("Zelmo");
  }

  @Test
  void aForceWordBeforeAPostNamesWhosePostNotWhoActs() {
    assertThat(of(ClaimType.CONTROL, "Zelmo fighters overran an army checkpoint at Ridgeford and entered Lakeside."))
        .extracting(Claim::actorSide).isNotEmpty().doesNotContain("Mali");
  }

  @Test
  void aBranchOfTheForcesNamedAloneIsTheStatesNotAGroup() {
    assertThat(of(ClaimType.ATTACK, "In the course of these operations, Air Force fighter jets destroyed four hideouts in Ridgeford."))
        .extracting(Claim::actorSide).containsOnly("Mali");
  }

  @Test
  void noFightersNameNoGroup() {
    assertThat(of(ClaimType.CONTROL, "No fighters have entered Ridgeford during this week's fighting, residents say."))
        .extracting(Claim::actorSide).isNotEmpty().doesNotContain("No");
  }

  @Test
  void theGroupActingIsTheGroupNamedLast() {
    assertThat(of(ClaimType.CONTROL, "The Zelmo movement said on Monday that it had shelled Tessit.",
        "In July 2020 the group briefly held Ridgeford."))
        .extracting(Claim::actorSide).containsOnly("Zelmo");
  }

  @Test
  void aVerbAfterAndTakesTheSubjectOfTheClauseBeforeItEvenFarBack() {
    assertThat(of(ClaimType.CONTROL,
        "Zelmo fighters overran a checkpoint on the road west of Lakeside, near the old market, on 3 November and entered Ridgeford."))
        .filteredOn(c -> c.place().name().equals("Ridgeford")).extracting(Claim::actorSide).containsOnly("Zelmo");
  }

  @Test
  void aRoundUpSectionOnAnotherCountryGivesItsForcesThatCountry() {
    List<Claim> claims = Handmade.of(
            "**Mali.** Soldiers retook Ridgeford on Monday. Troops entered Lakeside on Tuesday.",
            "**Niger.** Troops retook Zinder on 12 November, the army said.",
            "**Mali, again.** Troops held Tessit.")
        .malianTowns().place("Zinder", 2000, "PPL", "NE").place("Niger", 2001, "PCLI", "NE").claims(ClaimType.CONTROL);
    assertThat(claims).filteredOn(c -> c.place().name().equals("Zinder")).extracting(Claim::actorSide).containsOnly("Niger");
    assertThat(claims).filteredOn(c -> c.place().name().equals("Tessit")).extracting(Claim::actorSide).containsOnly("Mali");
  }

  @Test
  void aParagraphNamingTheHomeCountryKeepsIt() {
    List<Claim> claims = Handmade.of(
            "Soldiers retook Ridgeford on Monday. Troops entered Lakeside on Tuesday.",
            "Talks in Zinder and Niamey, in Niger, failed; troops then held Tessit in Mali.")
        .malianTowns().place("Zinder", 2000, "PPL", "NE").place("Niamey", 2002, "PPLC", "NE").place("Niger", 2001, "PCLI", "NE")
        .place("Mali", 2453866, "PCLI", "ML").claims(ClaimType.CONTROL);
    assertThat(claims).filteredOn(c -> c.place().name().equals("Tessit")).extracting(Claim::actorSide).containsOnly("Mali");
  }

  @Test
  void aChainOfTheGroupReachesBackPastParagraphsThatNameOnlyItsFoe() {
    GroupNames groups = new GroupNames(Vocabulary.standard(), Sides.standard());
    String text = "Zelmo fighters said on Friday that they still held Ridgeford.\n\n"
        + "In its newsletter, the group said it had beaten back Malian troops near Lakeside.\n\n"
        + "It also said its fighters had shelled Tessit.";
    assertThat(groups.lastGroup(text, text.indexOf("It also"))).isEqualTo("Zelmo");
    String roundUp = "Zelmo fighters said on Friday that they still held Ridgeford.\n\n"
        + "In Niger, soldiers retook Zinder.\n\n"
        + "It also said its fighters had shelled Tessit.";
    assertThat(groups.lastGroup(roundUp, roundUp.indexOf("It also"))).isNull();
  }

  @Test
  void aCountryWordInsideAPlaceNameDoesNotMoveAParagraphAbroad() {
    List<Claim> claims = Handmade.of(
            "Soldiers retook Ridgeford on Monday. Troops entered Lakeside on Tuesday, near Tessit.",
            "Separately, troops retook Lake Niger Island on Friday.")
        .malianTowns().place("Lake Niger Island", 2003, "ISL", "NE").claims(ClaimType.CONTROL);
    assertThat(claims).filteredOn(c -> c.place().name().equals("Lake Niger Island")).extracting(Claim::actorSide).containsOnly("Mali");
  }
}
