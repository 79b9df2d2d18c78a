package org.crosscheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.crosscheck.nlp.geo.GeoNamesImporter;
import org.crosscheck.nlp.geo.PlaceResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A dateline in capitals names the town the report was filed from, though the tagger missed it. */
class DatelinePlacesTest {

  private static Annotator annotator;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = DatelinePlacesTest.class.getResourceAsStream("dateline-towns.txt")) {
      annotator = Annotator.forTagged(new PlaceResolver(new GeoNamesImporter().dump(in, "dateline-towns.txt").build()));
    }
  }

  /** The places of a text the tagger found no name in. */
  private static List<String> places(String text) {
    var tags = new Annotator.Tagged(List.of(new Annotations.Span(0, text.length())), List.of());
    return annotator.annotate("t", text, null, tags).places().stream().map(Place::name).toList();
  }

  @Test
  void aDatelineInCapitalsIsAPlace() {
    assertThat(places("LAKEPORT, April 14 (AWS) - Troops retook the airport on Wednesday.")).containsExactly("Lakeport");
    assertThat(places("HARBOURSIDE — The ferry sailed again.")).containsExactly("Harbourside");
  }

  @Test
  void capitalsTheGazetteerDoesNotKnowOrLaterInTheTextAreNoPlace() {
    assertThat(places("UPDATE — The ferry sailed again.")).isEmpty();
    assertThat(places("The ferry left. LAKEPORT, it was said, was quiet.")).isEmpty();
  }
}
