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

class RegionPointsTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void build(@TempDir Path dir) throws IOException {
    Path admin1 = copy(dir, "us-admin1.txt");
    Path states = copy(dir, "states.json");
    try (InputStream towns = RegionPointsTest.class.getResourceAsStream("state-towns.txt")) {
      gazetteer = new GeoNamesImporter().admin1Codes(admin1).admin1Points(states)
          .dump(towns, "state-towns.txt").build();
    }
  }

  private static Path copy(Path dir, String resource) throws IOException {
    Path file = dir.resolve(resource);
    try (InputStream in = RegionPointsTest.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void aRegionTakesItsListedPoint() {
    GazetteerEntry tennessee = gazetteer.lookup("Tennessee").get(0);
    assertThat(tennessee.lat()).isCloseTo(35.52, within(0.01));
    assertThat(tennessee.lon()).isCloseTo(-86.58, within(0.01));
  }

  @Test
  void aListedPointFarFromTheRegionsTownsIsNotUsed() {
    GazetteerEntry minnesota = gazetteer.lookup("Minnesota").get(0);
    assertThat(minnesota.lat()).isCloseTo(44.98, within(0.01));
  }

  @Test
  void aListedPointAtTheBigTownTheRegionIsNamedAfterIsNotUsed() {
    GazetteerEntry state = gazetteer.lookup("New York").stream().filter(GazetteerEntry::isAdmin1).findFirst().orElseThrow();
    GazetteerEntry city = gazetteer.lookup("New York City").get(0);
    assertThat(state.distanceKm(city)).isGreaterThan(100);
  }

  @Test
  void seasAndRegionsTheTablesLackAreThere() {
    assertThat(gazetteer.lookup("EU")).extracting(GazetteerEntry::name).containsExactly("European Union");
    assertThat(gazetteer.lookup("Korean Peninsula")).extracting(GazetteerEntry::featureCode).containsExactly("PEN");
    assertThat(gazetteer.lookup("Donbass")).extracting(GazetteerEntry::country).containsExactly("UA");
  }

  @Test
  void aBareOceanNameIsTheOceanNotTheTownNamedAfterIt() {
    var atlantic = List.of(new PlaceResolver.Toponym(0, 8, "Atlantic"));
    assertThat(new PlaceResolver(gazetteer).resolve(atlantic).get(0).entry().featureCode()).isEqualTo("OCN");
  }
}
