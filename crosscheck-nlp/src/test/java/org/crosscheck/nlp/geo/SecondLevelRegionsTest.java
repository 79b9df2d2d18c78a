package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondLevelRegionsTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void build(@TempDir Path dir) throws IOException {
    try (InputStream towns = SecondLevelRegionsTest.class.getResourceAsStream("gb-towns.txt")) {
      gazetteer = new GeoNamesImporter().admin1Codes(copy(dir, "gb-admin1.txt"))
          .admin1Points(copy(dir, "gb-regions.json")).regionTowns(copy(dir, "gb-region-towns.json"))
          .dump(towns, "gb-towns.txt").build();
    }
  }

  private static Path copy(Path dir, String resource) throws IOException {
    Path file = dir.resolve(resource);
    try (InputStream in = SecondLevelRegionsTest.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static List<GazetteerEntry> regions(String name) {
    return gazetteer.lookup(name).stream().filter(e -> e.featureCode().equals("ADM2")).toList();
  }

  @Test
  void aListedRegionBelowTheFirstLevelIsASecondLevelOneInTheAdmin1OfItsNearestTown() {
    assertThat(regions("Kent")).singleElement().satisfies(kent -> {
      assertThat(kent.country()).isEqualTo("GB");
      assertThat(kent.admin1()).isEqualTo("ENG");
      assertThat(kent.lat()).isCloseTo(51.20, within(0.01));
    });
  }

  @Test
  void aPointGeocodedToANamesakeGivesWayToTheCentreOfTheRegionsTowns() {
    GazetteerEntry essex = regions("Essex").get(0);
    assertThat(essex.lat()).isBetween(51.7, 51.9);
    assertThat(essex.lon()).isBetween(0.1, 0.9);
  }

  @Test
  void aPointOutsideTheCountryWithNoTownsToFallBackOnIsDropped() {
    assertThat(regions("Norfolk")).isEmpty();
  }

  @Test
  void firstLevelRegionsAndCountryNamesAreNotAddedAgain() {
    assertThat(regions("England")).isEmpty();
    assertThat(regions("Britain")).isEmpty();
    assertThat(gazetteer.lookup("England")).extracting(GazetteerEntry::featureCode).containsExactly("ADM1");
  }

  @Test
  void nearbyTownsHelpAnEnglishCountyOverAnAmericanTownOfTheSameName() {
    var text = "Essex and Maidstone";
    var toponyms = List.of(new PlaceResolver.Toponym(0, 5, "Essex"), new PlaceResolver.Toponym(10, 19, "Maidstone"));
    assertThat(new PlaceResolver(gazetteer).resolve(toponyms, text).get(0).entry().country()).isEqualTo("GB");
  }
}
