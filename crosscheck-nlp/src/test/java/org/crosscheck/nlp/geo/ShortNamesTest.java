package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Countries by the short names news gives them, and buildings standing for governments: neither
 * is a village abroad or a city known by a translation of its name.
 */
class ShortNamesTest {

  private static PlaceResolver resolver;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = ShortNamesTest.class.getResourceAsStream("short-names.txt")) {
      resolver = new PlaceResolver(new GeoNamesImporter().dump(in, "short-names.txt").build());
    }
  }

  /** What the first name is resolved to, or null. */
  private static GazetteerEntry first(String... names) {
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    for (String n : names) toponyms.add(new PlaceResolver.Toponym(0, n.length(), n));
    var out = resolver.resolve(toponyms);
    return out.isEmpty() || out.get(0).toponym() != toponyms.get(0) ? null : out.get(0).entry();
  }

  @Test
  void aShortNameTwoCountriesShareIsTheOneWhosePlacesTheTextNames() {
    assertThat(first("Congo", "Kinshasa", "Bukavu").country()).isEqualTo("CD");
    assertThat(first("Congo", "Brazzaville").country()).isEqualTo("CG");
  }

  @Test
  void aCountrysShortNameAloneIsACountryNotAVillageAbroad() {
    assertThat(first("Congo").isCountry()).isTrue();
  }

  @Test
  void aBuildingNameIsNotACityKnownByItsTranslation() {
    GazetteerEntry seat = first("White House", "Washington");
    assertThat(seat.name()).isEqualTo("White House");
    assertThat(seat.featureClass()).isEqualTo('S');
    assertThat(first("White House").country()).isEqualTo("US");
  }

  @Test
  void aTownNamedLikeASeatOfPowerStillWinsAmongItsNeighbours() {
    assertThat(first("White House", "Nashville").featureClass()).isEqualTo('P');
  }

  @Test
  void aSeatOfPowerLiesAtItsBuilding() {
    GazetteerEntry kremlin = first("Kremlin");
    assertThat(kremlin.distanceKm(first("Moscow"))).isLessThan(5);
  }
}
