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
  void continentsAreAlwaysThere() throws IOException {
    Gazetteer g = of("1\tEuropa\tEuropa\t\t10\t10\tP\tPPL\tXX\t\t01\t\t\t\t600\t\t\t\t");
    List<GazetteerEntry> europe = g.lookup("Europe");
    assertThat(europe).extracting(GazetteerEntry::featureCode).containsExactly("CONT");
    assertThat(europe.get(0).lat()).isBetween(40.0, 60.0);
  }
}
