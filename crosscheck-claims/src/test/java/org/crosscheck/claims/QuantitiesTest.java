package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Counted nouns and what befell them, on sentences of our own. */
class QuantitiesTest {

  private final Quantities quantities = new Quantities(Vocabulary.standard());

  private List<Quantity> find(String text) {
    return quantities.find(text, 0, text.length()).stream().map(Quantities.Found::quantity).toList();
  }

  @Test
  void theCountedNounIsTheUnitAndItsFateTheCategory() {
    assertThat(find("The army said more than 150 insurgents were neutralised near the ford."))
        .singleElement().satisfies(q -> {
          assertThat(q.unit()).isEqualTo("insurgents");
          assertThat(q.low()).isEqualTo(150);
          assertThat(q.approximation()).isEqualTo("more than");
          assertThat(q.category()).isEqualTo("casualties");
        });
    assertThat(find("Seven soldiers of the river brigade were killed in action."))
        .singleElement().satisfies(q -> {
          assertThat(q.unit()).isEqualTo("soldiers");
          assertThat(q.category()).isEqualTo("casualties");
        });
  }

  @Test
  void prisonersAndASecondCountInOneSentence() {
    assertThat(find("The rebels said they had taken about 80 soldiers prisoner."))
        .singleElement().satisfies(q -> assertThat(q.category()).isEqualTo("prisoners"));
    assertThat(find("The group said it killed 37 soldiers and seized four technicals."))
        .extracting(Quantity::low, Quantity::unit, Quantity::category)
        .containsExactly(tuple(37L, "soldiers", "casualties"),
            tuple(4L, "technicals", "equipment"));
  }

  @Test
  void troopsWithNoFateStayTroops() {
    assertThat(find("About 300 soldiers were sent to the valley, and twenty wounded were moved out."))
        .extracting(Quantity::category).containsExactly("troops", "casualties");
  }

  @Test
  void everyCountOfAListIsReadWithItsModelAndHyphenatedNumbers() {
    // A model between number and noun ("AK-47", "120mm"), a singular thing, and a tens-units number word.
    assertThat(find("Troops seized 12 AK-47 rifles, one machine gun and 40 motorcycles at the camp."))
        .extracting(Quantity::low).containsExactly(12L, 1L, 40L);
    assertThat(find("Sixty-two raiders were neutralised and the unit took two 120mm mortars."))
        .extracting(Quantity::low).containsExactly(62L, 2L);
    // "and" joins a second count instead of sitting between a number and a later noun.
    assertThat(find("Medics recovered 18 bodies, among them five women and three children."))
        .extracting(Quantity::low).containsExactly(18L, 5L, 3L);
    assertThat(find("The siege lasted eight to ten days in 2019, 3 km from the dam."))
        .isEmpty();
  }

  @Test
  void aCountToldOnlyByWhatBefellIt() {
    assertThat(find("The shell hit the bus station, killing two passengers and wounding five others."))
        .extracting(Quantity::low, Quantity::category)
        .containsExactly(tuple(2L, "people"), tuple(5L, "casualties"));
    assertThat(find("Officials said 12 smugglers were killed and 7 arrested in the sweep."))
        .extracting(Quantity::low, Quantity::category)
        .containsExactly(tuple(12L, "casualties"), tuple(7L, "prisoners"));
    assertThat(find("The militia says it killed 30 and captured several."))
        .extracting(Quantity::low).containsExactly(30L, 3L);
    // A word after the figure may be its noun or a measure: no count without one of ours.
    assertThat(find("The patrol was ambushed and wounded 3 km north of the bridge; another was detained 12 May."))
        .isEmpty();
  }

  @Test
  void aPartOfACountIsACountOfItsOwn() {
    assertThat(find("Eight porters were injured, two of them critically."))
        .extracting(Quantity::low).containsExactly(8L, 2L);
    assertThat(find("Our rangers, nine of them, crossed the river at night."))
        .extracting(Quantity::low, Quantity::unit).containsExactly(tuple(9L, "rangers"));
    assertThat(find("The clinic treated 16 wounded, including four, who were flown out."))
        .extracting(Quantity::low).containsExactly(16L, 4L);
    // No count before it: "including" a figure of nothing counted is no part.
    assertThat(find("Rents rose sharply, including 2 in the old town.")).isEmpty();
  }

  @Test
  void aTollOrFigurePutAtANumberAndWhereItRoseFrom() {
    assertThat(find("The governor raised the toll to 31, up from nineteen on Friday."))
        .extracting(Quantity::low).containsExactly(31L, 19L);
    assertThat(find("The militia's own figure was six."))
        .extracting(Quantity::low).containsExactly(6L);
    // A time, a decimal or a measured noun after the figure is no count.
    assertThat(find("The figure at 04:15 was 7.5 tonnes, up from 3 tonnes.")).isEmpty();
  }

  @Test
  void aModifierNounAndOnePickedOutAreNoCounts() {
    // A singular noun after a plural figure modifies the next noun; "one of" picks one out of many.
    assertThat(find("Two drone strikes hit the depot and one drone was shot down."))
        .extracting(Quantity::low).containsExactly(1L);
    assertThat(find("Three truck drivers said the gunmen arrested one of the elders."))
        .isEmpty();
    // ... and when a later noun is counted, that noun is what the figure counts.
    assertThat(find("The navy says it sank four rebel boats and seized two grenade launchers."))
        .extracting(Quantity::unit).containsExactly("boats", "launchers");
    assertThat(find("Nine guards were hurt, three of them badly, and one of them died."))
        .extracting(Quantity::low).containsExactly(9L, 3L);
  }

  @Test
  void aTollCountsTheDeadThoughAnotherCountCameBefore() {
    assertThat(find("Raiders torched 4 trucks and the toll rose to 31."))
        .extracting(Quantity::low, Quantity::category)
        .containsExactly(tuple(4L, "equipment"), tuple(31L, "casualties"));
    assertThat(find("Police detained 12 smugglers; the dead numbered at least 5."))
        .extracting(Quantity::category).containsExactly("prisoners", "casualties");
  }

  @Test
  void anAgeALabelAndAnotherYearsFigureAreNoTolls() {
    // One of the dead is one person: a figure told of him is his age.
    assertThat(find("The youngest of the dead was 15, his uncle said.")).isEmpty();
    // "whose number": a label, not a count.
    assertThat(find("The column, whose number is 214, left the depot at dawn.")).isEmpty();
    // Another year's figure is background, not this event's count.
    assertThat(find("The toll of kidnappings rose to 31, up from 12 last year.")).extracting(Quantity::low).containsExactly(31L);
    // A year written out may be the report's own.
    assertThat(find("The toll from Monday's attack rose to 40 in 2026.")).extracting(Quantity::low).containsExactly(40L);
    assertThat(find("The dead now stand at 40, up from 22 on Monday.")).extracting(Quantity::low).containsExactly(40L, 22L);
    assertThat(find("The army's figure for its dead was 9, down from 12 at the start of the year."))
        .extracting(Quantity::low).containsExactly(9L, 12L);
  }

  @Test
  void aPartOfThingsOrAGroupOfGroupsCountsNoPeople() {
    // "captured 4 of the 9 villages": part of a count of places, no prisoners.
    assertThat(find("The militia captured 4 of the 9 villages on the plateau.")).isEmpty();
    // The whole a part is taken from is no count of what befell them: eight guards were not killed.
    assertThat(find("The raiders killed 3 of the 8 guards at the gate."))
        .extracting(Quantity::low, Quantity::unit).containsExactly(tuple(3L, "guards"));
    // A singular side noun before a plural group noun names the groups' kind: no rebels counted.
    assertThat(find("Three rebel factions met in the valley.")).isEmpty();
    assertThat(find("Three rebel fighters were killed.")).extracting(Quantity::low).containsExactly(3L);
  }

  @Test
  void aPartOfPeopleNamedAfterOfIsACount() {
    assertThat(find("More than 60 of the raiders were killed in the counter-attack."))
        .extracting(Quantity::low, Quantity::unit, Quantity::category).containsExactly(tuple(60L, "raiders", "casualties"));
    assertThat(find("Gunmen wounded four of the 11 passengers on Sunday."))
        .extracting(Quantity::low).containsExactly(4L);
    // One picked out, or a part of things, is no count of people.
    assertThat(find("One of the guards said the gate was shut; two of the trucks burned.")).isEmpty();
  }

  @Test
  void aKindOfPersonTheListsLackIsCountedWithWhatBefellThem() {
    // WordNet's persons, read with a fate right before or right after the noun; a quoted noun is still the noun.
    assertThat(find("Raiders shot dead 9 stonemasons near the ridge and abducted three welders."))
        .extracting(Quantity::low, Quantity::unit, Quantity::category)
        .containsExactly(tuple(9L, "stonemasons", "casualties"), tuple(3L, "welders", "prisoners"));
    assertThat(find("Two lorry drivers were kidnapped at dawn, and 14 \"bandits\" had been killed by noon."))
        .extracting(Quantity::low, Quantity::unit)
        .containsExactly(tuple(2L, "drivers"), tuple(14L, "bandits"));
  }

  @Test
  void aKindOfPersonWithNoFateIsNoCount() {
    // The witnesses saw, and nothing befell them: only the soldiers are counted.
    assertThat(find("Two witnesses saw the convoy; four soldiers were wounded at the bridge."))
        .extracting(Quantity::low, Quantity::unit).containsExactly(tuple(4L, "soldiers"));
    // A person's noun before another noun describes it: the seized posts are no prisoners.
    assertThat(find("The rebels seized three Norwegian border posts and killed two soldiers."))
        .extracting(Quantity::low, Quantity::unit).containsExactly(tuple(2L, "soldiers"));
  }

  @Test
  void aContainerOrAModelCountedAfterAFateIsNoPerson() {
    // WordNet's rare person senses of "case" and "model": the crates seized are no prisoners.
    assertThat(find("Soldiers captured 14 cases of ammunition and abducted three welders."))
        .extracting(Quantity::low, Quantity::unit).containsExactly(tuple(3L, "welders"));
    assertThat(find("The rebels captured two models of the new drone and killed one guard."))
        .extracting(Quantity::low, Quantity::unit).containsExactly(tuple(1L, "guard"));
  }

  @Test
  void peopleFreedOrMurderedAreCountedWithThatFate() {
    assertThat(find("The raiders beheaded four farmhands and freed 30 convicts from the lock-up."))
        .extracting(Quantity::low, Quantity::unit, Quantity::category)
        .containsExactly(tuple(4L, "farmhands", "casualties"), tuple(30L, "convicts", "freed"));
    assertThat(find("Commandos stormed the hideout and rescued 12."))
        .extracting(Quantity::low, Quantity::category).containsExactly(tuple(12L, "freed"));
  }

  @Test
  void aKindOfVehicleTheListsLackIsEquipmentWhereverCounted() {
    assertThat(find("Raiders set fire to four tractors and sank two barges at the wharf."))
        .extracting(Quantity::low, Quantity::unit, Quantity::category)
        .containsExactly(tuple(4L, "tractors", "equipment"), tuple(2L, "barges", "equipment"));
    // A plural figure before a singular vehicle noun counts something else: no vehicles here.
    assertThat(find("Three tractor depots and 20 soldiers were hit."))
        .extracting(Quantity::low, Quantity::unit).containsExactly(tuple(20L, "soldiers"));
  }

  @Test
  void aCountWithItsNounLeftOutIsReadAfterWereWasOrBeen() {
    // The elliptical form is searched only in sentences holding "were", "was" or "been"; any case of them will do.
    assertThat(find("Troops shot 11 smugglers and 4 WERE arrested at the ford."))
        .extracting(Quantity::low, Quantity::category).hasSize(2).contains(tuple(4L, "prisoners"));
    assertThat(find("Rangers said 6 had been abducted near the mill."))
        .extracting(Quantity::low, Quantity::category).containsExactly(tuple(6L, "prisoners"));
    assertThat(find("Rangers said 6 are abducted near the mill.")).isEmpty();
  }
}
