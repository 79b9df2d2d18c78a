package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "The village", "the hamlet", "the town" refer back to the place the report brought in as that size of settlement
 * ({@link SettlementKinds}), not to a place of another size named since nor to one named only to locate it.
 * Sentences of our own about made-up places.
 */
class SettlementKindsTest {

  /** "place sentence-start" of each claim of a type, to tell which sentence read which place. */
  private static List<String> where(ClaimType type, Handmade article) {
    return article.claims(type).stream().map(c -> c.place().surface() + " " + c.sentence().substring(0, 12)).toList();
  }

  @Test
  void theHamletIsThePlaceBroughtInAsAHamletNotATownNamedSince() {
    Handmade article = Handmade.of("Gunmen overran the lakeside hamlet of Ridgeford on Sunday, residents said.",
        "Some 200 families reached the town of Lakeside by boat on Monday.",
        "Soldiers recaptured the hamlet on Tuesday, the army said.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford Gunmen overr", "Ridgeford Soldiers rec");
  }

  @Test
  void aHamletNoTaggerFoundIsBroughtInByItsNoun() {
    // Kowara is tagged nowhere: "the hamlet of" alone makes it a place.
    Handmade article = Handmade.of("Gunmen overran the hamlet of Kowara on Sunday, residents said.",
        "Some 200 families reached the town of Lakeside by boat on Monday.",
        "Soldiers recaptured the hamlet on Tuesday, the army said.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).contains("Kowara Soldiers rec").noneMatch(w -> w.startsWith("Lakeside"));
  }

  @Test
  void aPlaceNamedOnlyInAVillagesIntroductionIsNotTheVillage() {
    Handmade article = Handmade.of("Ridgeford, a fishing village in Lakeside municipality, was quiet on Friday.",
        "Rebels occupied the village overnight, two farmers said.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford Rebels occup");
  }

  @Test
  void theTownIsNotAPlaceBroughtInAsAVillageWhenATownIsNamed() {
    // Lakeside is the town; Ridgeford, named last, was brought in as a village.
    Handmade article = Handmade.of("The army holds the town of Lakeside, the district's seat.",
        "Fighters stormed the village of Ridgeford on Monday.", "They then shelled the town for an hour.").inMali();
    assertThat(where(ClaimType.ATTACK, article)).contains("Lakeside They then sh").noneMatch(w -> w.startsWith("Ridgeford They"));
  }

  @Test
  void theVillageStaysTheLastNamedWhenItWasBroughtInAsNoOtherSize() {
    // Lakeside was introduced as nothing: the village named last is still the village, whatever was brought in before.
    Handmade article = Handmade.of("Fighters stormed the village of Ridgeford on Monday.",
        "On Tuesday they reached Lakeside.", "Troops surrounded the village at dawn and retook it.").inMali();
    assertThat(where(ClaimType.CONTROL, article)).contains("Lakeside Troops surro").noneMatch(w -> w.startsWith("Ridgeford Troops"));
  }

  @Test
  void aNameEndingInARiversNounIsNoVillageReferredBack() {
    Handmade article = Handmade.of("Calm returned to Ridgeford, on the Kowara river.",
        "Militiamen entered the village on Monday, a priest said.").malianTowns()
        .name("Kowara river", EntityType.LOCATION);
    assertThat(where(ClaimType.CONTROL, article)).containsExactly("Ridgeford Militiamen e");
  }
}
