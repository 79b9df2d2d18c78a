package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoNamesImporterTest {

  private static Gazetteer of(String... rows) throws IOException {
    var in = new ByteArrayInputStream(String.join("\n", rows).getBytes(StandardCharsets.UTF_8));
    return new GeoNamesImporter().dump(in, "rows.txt").build();
  }

  @Test
  void aRegionIsFoundByItsNewsAbbreviation() throws IOException {
    Gazetteer g = of("4826850\tWest Virginia\tWest Virginia\t\t38.50038\t-80.50009\tA\tADM1\tUS\t\tWV\t\t\t\t1800000\t\t\t\t");
    assertThat(g.lookup("W.Va.")).extracting(GazetteerEntry::id).containsExactly(4826850L);
  }

  @Test
  void aCountryIsFoundByItsFormalNameInTheNews(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
    var countries = dir.resolve("countryInfo.txt");
    java.nio.file.Files.writeString(countries, String.join("\t", "KP", "PRK", "408", "KN", "North Korea",
        "Pyongyang", "120540", "25549819", "AS", ".kp", "KPW", "Won", "850", "###-###", "", "ko-KP", "1873107", "", "") + "\n");
    var in = new ByteArrayInputStream("1871859\tPyongyang\tPyongyang\t\t39.03\t125.75\tP\tPPLC\tKP\t\t12\t\t\t\t3000000\t\t\t\t"
        .getBytes(StandardCharsets.UTF_8));
    Gazetteer g = new GeoNamesImporter().countryInfo(countries).dump(in, "rows.txt").build();
    assertThat(g.lookup("Democratic People's Republic of Korea")).extracting(GazetteerEntry::id).containsExactly(1873107L);
    assertThat(g.lookup("DPRK")).extracting(GazetteerEntry::id).containsExactly(1873107L);
  }

  @Test
  void continentsAreAlwaysThere() throws IOException {
    Gazetteer g = of("1\tEuropa\tEuropa\t\t10\t10\tP\tPPL\tXX\t\t01\t\t\t\t600\t\t\t\t");
    List<GazetteerEntry> europe = g.lookup("Europe");
    assertThat(europe).extracting(GazetteerEntry::featureCode).containsExactly("CONT");
    assertThat(europe.get(0).lat()).isBetween(40.0, 60.0);
  }
}
