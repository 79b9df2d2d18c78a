package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streets and buildings whose own names the gazetteer lacks lie in the town the text is about. */
class SitesTest {

  private static PlaceResolver resolver;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = SitesTest.class.getResourceAsStream("sites.txt")) {
      resolver = new PlaceResolver(new GeoNamesImporter().dump(in, "sites.txt").build());
    }
  }

  /** Where the first name is resolved to, or null. */
  private static String first(String... names) {
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    for (String n : names) toponyms.add(new PlaceResolver.Toponym(0, n.length(), n));
    var out = resolver.resolve(toponyms);
    return out.isEmpty() || out.get(0).toponym() != toponyms.get(0) ? null : out.get(0).entry().name();
  }

  @Test
  void aStreetNamedLikeAFarTownLiesInTheTownTheTextIsAbout() {
    assertThat(first("Collins Avenue", "Miami Beach")).isEqualTo("Miami Beach");
    assertThat(first("Desire Street", "New Orleans", "New Orleans")).isEqualTo("New Orleans");
  }

  @Test
  void aSiteNamedLikeATownNearTheOthersIsThatTown() {
    assertThat(first("Hialeah Hospital", "Miami")).isEqualTo("Hialeah");
  }

  @Test
  void aBuildingTheGazetteerDoesNotKnowLiesInTheTownTheTextIsAbout() {
    assertThat(first("Oval Office", "Washington")).isEqualTo("Washington");
  }

  @Test
  void withNoTownToGoByTheNamesakeStays() {
    assertThat(first("Collins Avenue")).isEqualTo("Collins");
    assertThat(first("Oval Office")).isNull();
  }

  @Test
  void saintShortenedInsideATownsNameIsNoStreet() {
    assertThat(first("Port St. Lucie", "Miami")).isEqualTo("Port Saint Lucie");
    assertThat(first("Main St.", "Miami")).isEqualTo("Miami");
  }

  @Test
  void aNameKnownOnlyByOneOfItsWordsLiesInTheTownTheTextIsAbout() {
    assertThat(first("Osvaldo Vieira International Airport", "Bissau")).isEqualTo("Bissau");
    assertThat(first("Bairro Vieira", "Bissau")).isEqualTo("Bissau");
  }

  @Test
  void aNameKnownOnlyByOneOfItsWordsIsNoNamesakeOutsideTheCountriesNamed() {
    assertThat(first("Osvaldo Vieira International Airport", "Guinea-Bissau")).isNull();
    assertThat(first("Osvaldo Vieira International Airport")).isEqualTo("Vieira do Minho");
    assertThat(first("Vieira", "Guinea-Bissau")).isEqualTo("Vieira do Minho");
  }

  @Test
  void aPlaceNamedAsItselfIsNotASite() {
    assertThat(first("Street", "New Orleans")).isEqualTo("Street");
  }
}
