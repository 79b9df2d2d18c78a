package org.crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

class KnownPlacesTest {

  private static EntitySummary place(String name, int articles, String... aliases) {
    return new EntitySummary("place:" + name.toLowerCase(java.util.Locale.ROOT), EntityType.LOCATION, name, List.of(aliases),
        List.of(), null, articles, articles, null, null);
  }

  private static final List<EntitySummary> STORED = List.of(
      place("Lindholm", 3), place("Lindholm Harbour", 1), place("Marsk", 5, "Marskoye"), place("Tarvik", 2),
      new EntitySummary("person:lindholn", EntityType.PERSON, "Lindholn", List.of(), List.of(), null, 9, 9, null, null));

  @Test
  void aMisspeltPlaceSuggestsTheStoredPlacesNearestInSpellingThenMostReported() {
    assertThat(KnownPlaces.closest("Lindholn", STORED)).containsExactly("Lindholm");
    assertThat(KnownPlaces.closest("Lindh", STORED)).containsExactly("Lindholm", "Lindholm Harbour");
    assertThat(KnownPlaces.closest("Marskoe", STORED)).containsExactly("Marsk");
  }

  @Test
  void aNameFarFromEveryStoredPlaceSuggestsNothing() {
    assertThat(KnownPlaces.closest("Quebec", STORED)).isEmpty();
    assertThat(KnownPlaces.closest("the", STORED)).isEmpty();
  }

  @Test
  void aTownAndItsRegionOfOneNameAreSuggestedOnce() {
    List<EntitySummary> twoOfOneName = List.of(
        new EntitySummary("geonames:1", EntityType.LOCATION, "Harbourton", List.of(), List.of(), null, 9, 9, null, null),
        new EntitySummary("geonames:2", EntityType.LOCATION, "Harbourton", List.of(), List.of(), null, 1, 1, null, null),
        place("Harbour Vale", 1));
    assertThat(KnownPlaces.closest("Harbourtn", twoOfOneName)).containsExactly("Harbourton");
  }
}
