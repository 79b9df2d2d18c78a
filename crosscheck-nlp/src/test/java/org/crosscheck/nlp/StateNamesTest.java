package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.nlp.geo.GeoNamesImporter;
import org.crosscheck.nlp.geo.PlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A state named like a city is the state when the words around it or the text's towns say so. */
class StateNamesTest {

  private static Annotator annotator;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = StateNamesTest.class.getResourceAsStream("state-names.txt")) {
      annotator = Annotator.forTagged(new PlaceResolver(new GeoNamesImporter().dump(in, "state-names.txt").build()));
    }
  }

  /** The feature codes of the places a text names, each given name tagged as a location. */
  private static List<String> places(String text, String... names) {
    List<Annotator.Name> tagged = new ArrayList<>();
    for (String n : names) {
      int at = text.indexOf(n);
      tagged.add(new Annotator.Name(at, at + n.length(), EntityType.LOCATION));
    }
    var tags = new Annotator.Tagged(List.of(new Annotations.Span(0, text.length())), tagged);
    return annotator.annotate("t", text, null, tags).places().stream().map(Place::featureCode).toList();
  }

  @Test
  void upstateAndTheStateOfAskForTheState() {
    assertThat(places("Floods hit upstate New York on Monday.", "New York")).containsExactly("ADM1");
    assertThat(places("Fires burn in the state of Washington.", "Washington")).containsExactly("ADM1");
  }

  @Test
  void withoutAHintTheCapitalOrBigCityStays() {
    assertThat(places("Talks resumed in Washington.", "Washington")).containsExactly("PPLC");
    assertThat(places("Talks resumed in New York.", "New York")).containsExactly("PPL");
  }

  @Test
  void theStatesOwnTownsMakeABareNameTheState() {
    assertThat(places("Washington fires reached Spokane and Yakima.", "Washington", "Spokane", "Yakima"))
        .contains("ADM1").doesNotContain("PPLC");
  }
}
