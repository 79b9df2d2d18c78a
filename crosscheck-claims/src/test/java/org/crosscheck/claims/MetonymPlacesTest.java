package org.crosscheck.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.nlp.geo.GazetteerEntry;
import org.crosscheck.nlp.geo.PlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The buildings that stand for a government in claims are, as places, the building in that
 * country: never a town known by a translation of the name ("White House", Casablanca).
 */
class MetonymPlacesTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.loadDefault();
  }

  @Test
  void everySeatOfPowerResolvesToItsBuildingInItsCountry() {
    PlaceResolver resolver = new PlaceResolver(gazetteer);
    List<String> rows = Vocabulary.lines("metonyms.tsv");
    assertThat(rows).isNotEmpty();
    for (String row : rows) {
      String[] f = row.split("\t");
      String country = gazetteer.lookup(f[1]).stream().filter(GazetteerEntry::isCountry)
          .findFirst().orElseThrow().country();
      var resolved = resolver.resolve(List.of(new PlaceResolver.Toponym(0, f[0].length(), f[0])));
      assertThat(resolved).as(f[0]).hasSize(1);
      GazetteerEntry seat = resolved.get(0).entry();
      assertThat(seat.featureCode()).as(f[0]).isEqualTo("BLDG");
      assertThat(seat.country()).as(f[0]).isEqualTo(country);
    }
  }
}
