package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name the tagger calls a place but which ends in an organisation's head word is not a town named by that word. */
class OrganisationNamesTest {

  private static PlaceResolver resolver;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = OrganisationNamesTest.class.getResourceAsStream("organisation-heads.txt")) {
      resolver = new PlaceResolver(new GeoNamesImporter().dump(in, "organisation-heads.txt").build());
    }
  }

  private static String resolved(String name) {
    var out = resolver.resolve(List.of(new PlaceResolver.Toponym(0, name.length(), name)));
    return out.isEmpty() ? null : out.get(0).entry().name();
  }

  @Test
  void anOrganisationsNameIsNotTheTownItsHeadWordNames() {
    assertThat(resolved("African Union")).isNull();
    assertThat(resolved("Security Council")).isNull();
  }

  @Test
  void aTownAtTheStartOfALongerNameIsStillFound() {
    assertThat(resolved("Paris Walmart")).isEqualTo("Paris");
    assertThat(resolved("Union")).isEqualTo("Union");
  }
}
