package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CountryPointTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CountryPointTest.class.getResource(name).toURI());
  }

  private static GeoNamesImporter zedland() throws IOException, URISyntaxException {
    var importer = new GeoNamesImporter().countryInfo(resource("zedland-countryinfo.txt"));
    try (InputStream in = CountryPointTest.class.getResourceAsStream("zedland.txt")) {
      importer.dump(in, "zedland.txt");
    }
    return importer;
  }

  @Test
  void aCountryIsPlacedBetweenItsOutlineCentreAndTheFactbookPoint() throws Exception {
    Gazetteer g = zedland().countryShapes(resource("two-countries.topo.json"))
        .factbook(resource("factbook")).build();
    GazetteerEntry zedland = g.lookup("Zedland").get(0);
    // Outline centre 45 N 15 E, Factbook 50 N 20.5 E.
    assertThat(zedland.lat()).isCloseTo(47.5, within(0.2));
    assertThat(zedland.lon()).isCloseTo(17.75, within(0.2));
    assertThat(g.attribution()).anyMatch(a -> a.contains("Factbook"));
  }

  @Test
  void withTheFactbookAloneTheCountryIsAtItsPoint() throws Exception {
    GazetteerEntry zedland = zedland().factbook(resource("factbook")).build().lookup("Zedland").get(0);
    assertThat(zedland.lat()).isCloseTo(50, within(0.01));
    assertThat(zedland.lon()).isCloseTo(20.5, within(0.01));
  }
}
