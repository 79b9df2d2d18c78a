package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence naming a place and the larger area or the landmark it lies by: the claim is the place
 * the action is done to, not its locator ("X base near Y", "the X valley of Y district"); an area
 * keeps its claim when it is all the sentence names, and a town near a lake keeps its own. Sentences
 * of our own about made-up places.
 */
class LocatorPlacesTest {

  private static List<String> places(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.polarity()).toList();
  }

  private static Handmade withAreas(String text) {
    return Handmade.of(text).inMali().place("Kessa", 2001, "ADM2", "ML").place("Amsoya", 2002, "ADM1", "ML");
  }

  @Test
  void aBaseTakenNearATownIsTheBasesPlaceNotTheTowns() {
    // Nearness locates a place taken, not one attacked: an attack "near Y" is often told as one at Y.
    Handmade article = Handmade.of("The rebels overran the Ridgeford base near Lakeside, which the army left.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).contains("Ridgeford ASSERTED").doesNotContain("Lakeside ASSERTED");
  }

  @Test
  void aCampInAValleyOfADistrictIsAttackedInTheValley() {
    Handmade article = withAreas("Insurgents stormed a police camp in the Tessit valley of western Mali's Kessa district on Friday.");
    assertThat(places(ClaimType.ATTACK, article)).containsExactly("Tessit valley ASSERTED");
  }

  @Test
  void anAreaAloneKeepsItsClaim() {
    Handmade article = withAreas("Insurgents stormed a police camp in Kessa district on Friday.");
    assertThat(places(ClaimType.ATTACK, article)).containsExactly("Kessa ASSERTED");
  }

  @Test
  void aTownNearALakeKeepsItsClaim() {
    Handmade article = Handmade.of("Jets struck rebel camps on the islands of Lake Amsoya near Ridgeford on Sunday.").inMali();
    assertThat(places(ClaimType.ATTACK, article)).contains("Ridgeford ASSERTED");
  }

  @Test
  void aTownInTheAreaOfAnotherIsWhatARelativeClauseAfterBothIsAbout() {
    // Before: "which it retook" went to the place named last, Lakeside, which only says where Ridgeford lies.
    Handmade article = Handmade.of("Government soldiers now guard the old quarter of Ridgeford, in the rural area of Lakeside, which the army recaptured from the rebels on Monday.")
        .inMali();
    assertThat(places(ClaimType.CONTROL, article)).isNotEmpty().allMatch(p -> p.startsWith("Ridgeford"));
    // A town named only as the landmark of a direction locates nothing after it: the attack is in the area named.
    assertThat(places(ClaimType.ATTACK, Handmade.of("Gunmen attacked a checkpoint west of the town of Ridgeford, in the area of Lakeside, on Friday.")
        .inMali())).contains("Lakeside ASSERTED");
    // Two towns in a list are both held.
    assertThat(places(ClaimType.CONTROL, Handmade.of("The army holds Ridgeford, Lakeside and the road between them.").inMali()))
        .contains("Ridgeford ASSERTED", "Lakeside ASSERTED");
  }

  @Test
  void aRegionAFightAStatementIsAboutFramesTheStatementAndHoldsNoAttack() {
    // Before: "about three nights of clashes in Amsoya" gave an attack at the province, which only frames the statement.
    Handmade article = withAreas("Rebel commanders posted a video on Monday about three nights of clashes in Amsoya, saying their gunners had shelled army positions at Ridgeford.");
    assertThat(places(ClaimType.ATTACK, article)).contains("Ridgeford ASSERTED").doesNotContain("Amsoya ASSERTED");
    // A river a report is about is no place of an attack either.
    Handmade river = Handmade.of("Both militias issued claims on Tuesday about the clashes along the Tessit river, and the army said it had bombed a camp near Lakeside.")
        .inMali();
    assertThat(places(ClaimType.ATTACK, river)).contains("Lakeside ASSERTED").doesNotContain("Tessit river ASSERTED");
  }

  @Test
  void aRegionWhereFightingIsToldKeepsItsAttack() {
    // Fighting told as an event, not as a report's topic, stays at the region where it was.
    Handmade article = withAreas("Two days of heavy fighting in Amsoya killed at least nine soldiers, the army said on Monday.");
    assertThat(places(ClaimType.ATTACK, article)).contains("Amsoya ASSERTED");
  }
}
