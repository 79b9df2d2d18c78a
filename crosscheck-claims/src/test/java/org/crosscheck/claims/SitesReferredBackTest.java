package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A site referred back by its kind ("the facility", "the station") in a sentence naming no place
 * stands where the report brought it in; an encircling told in the progressive holds its place.
 * Sentences of our own about made-up places.
 */
class SitesReferredBackTest {

  private static List<String> places(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.polarity()).toList();
  }

  @Test
  void aFacilityRetakenLaterIsAtThePlaceItWasIntroducedAt() {
    Handmade article = Handmade.of("Gunmen raided a pumping station at Ridgeford on Sunday and seized six workers.",
        "Residents of Lakeside said the roads were quiet.",
        "On Monday troops recaptured the station after a short fight.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).contains("Ridgeford ASSERTED").doesNotContain("Lakeside ASSERTED");
  }

  @Test
  void aSiteReferredBackInTheSentenceBeforeDoesNotTakeThePlaceNamedAfterIt() {
    Handmade article = Handmade.of("The Police Station of Ridgeford was besieged by a crowd on Sunday night.",
        "The officers assigned to the station withdrew to Lakeside.",
        "The station was then torched.").inMali();
    assertThat(places(ClaimType.ATTACK, article)).containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void aPartOfAPlaceIsWhereTheSiteStands() {
    Handmade article = Handmade.of("Gunmen attacked a police station in the north of Ridgeford on Sunday.",
        "Troops later recaptured the station.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).contains("Ridgeford ASSERTED");
  }

  @Test
  void aPlaceTheAttackersFledTowardsIsNotWhereTheSiteStands() {
    Handmade article = Handmade.of("Gunmen attacked a police station and then fled towards Lakeside.",
        "Troops later recaptured the station.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).doesNotContain("Lakeside ASSERTED");
  }

  @Test
  void aPlaceThatOnlyLocatesAnotherIsNotWhereTheSiteStands() {
    Handmade article = Handmade.of("Officials named Ridgeford, a town north of Lakeside, where militants attacked the police station.",
        "They said the station had been overrun for a few hours.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).contains("Ridgeford ASSERTED").doesNotContain("Lakeside ASSERTED");
  }

  @Test
  void whereAStatementWasIssuedIsNotTheCampItTellsOf() {
    Handmade article = Handmade.of("Militants attacked the army camp at Ridgeford on Sunday.",
        "In a statement issued in Lakeside on Sunday evening, an army spokesman said about 200 terrorists had attacked the camp.").inMali();
    assertThat(places(ClaimType.ATTACK, article)).contains("Ridgeford ASSERTED").doesNotContain("Lakeside ASSERTED");
    Handmade briefing = Handmade.of("Militants attacked the army camp at Ridgeford on Sunday.",
        "At a press conference in Lakeside, the minister said the camp had been attacked by 200 terrorists.").inMali();
    assertThat(places(ClaimType.ATTACK, briefing)).contains("Ridgeford ASSERTED").doesNotContain("Lakeside ASSERTED");
  }

  @Test
  void aSiteNeverBroughtInBesideAPlaceTakesNone() {
    Handmade article = Handmade.of("Rebels shelled Lakeside on Saturday.",
        "On Sunday soldiers entered the building.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).isEmpty();
  }

  @Test
  void aTownsOwnServiceNeverPlacedIsOneOfTheTownTheReportIsAbout() {
    Handmade article = Handmade.of("Gunmen stormed Ridgeford on Friday night, residents said.",
        "By Saturday evening gendarmes were guarding the police station once more.",
        "A district official said gendarmes had retaken the police station by noon.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).contains("Ridgeford ASSERTED");
    // A building may stand anywhere: never placed, it stays no place's.
    Handmade building = Handmade.of("Gunmen stormed Ridgeford on Friday night, residents said.",
        "A district official said gendarmes had retaken the building by noon.").inMali();
    assertThat(places(ClaimType.ATTACK, building)).containsExactly("Ridgeford ASSERTED");
    assertThat(places(ClaimType.CONTROL, building)).isEmpty();
  }

  @Test
  void forcesSurroundingATownHoldIt() {
    Handmade article = Handmade.of("Rebel fighters were surrounding Ridgeford on Tuesday, residents said.").inMali();
    assertThat(places(ClaimType.CONTROL, article)).containsExactly("Ridgeford ASSERTED");
  }

  @Test
  void aVillageNoGazetteerKnowsIsStillTheOneReferredBack() {
    // "Dunmore" is tagged as a place but unknown to the gazetteer; Ridgeford is known.
    Handmade article = Handmade.of("Troops from Ridgeford were sent to Dunmore on Sunday after rebels attacked it.",
        "The army said the village was still under its control.").inMali().name("Dunmore", org.crosscheck.nlp.EntityType.LOCATION);
    assertThat(places(ClaimType.CONTROL, article)).contains("Dunmore ASSERTED").doesNotContain("Ridgeford ASSERTED");
  }

  @Test
  void anArmedGroupTaggedAsAPlaceIsNeverTheTownReferredBack() {
    // The tagger reads the group's name as a place no gazetteer knows.
    Handmade article = Handmade.of("Al-Shabaab fighters attacked Ridgeford on Sunday.",
        "Al-Shabaab said its men had burned the market.",
        "The army said it still held the town.").inMali().name("Al-Shabaab", org.crosscheck.nlp.EntityType.LOCATION);
    assertThat(places(ClaimType.CONTROL, article)).contains("Ridgeford ASSERTED").doesNotContain("Al-Shabaab ASSERTED");
  }
}
