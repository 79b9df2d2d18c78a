package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;

class AnalysisCommandsTest {

  private static EntitySummary location(String id, String name, int articles) {
    return new EntitySummary(id, EntityType.LOCATION, name, List.of(), List.of(), null, articles, articles, null, null);
  }

  private static String unplaced(List<EntitySummary> locations) {
    StringWriter text = new StringWriter();
    AnalysisCommands.printUnplaced(new PrintWriter(text, true), locations);
    return text.toString();
  }

  @Test
  void placeNamesTheGazetteerDoesNotHoldAreListedWithHowToPlaceThem() {
    String text = unplaced(List.of(location("geonames:1", "Lindholm", 4), location("location:tarvik", "Tarvik", 3),
        location("place:-7", "Black Sea", 2), location("location:marsk", "Marsk", 1)));
    assertThat(text).contains("Not on the map (no gazetteer entry): Tarvik (3), Marsk (1)", "gazetteer import XX.zip")
        .doesNotContain("Lindholm", "Black Sea");
  }

  @Test
  void nothingIsSaidWhenEveryPlaceIsOnTheMap() {
    assertThat(unplaced(List.of(location("geonames:1", "Lindholm", 4)))).isEmpty();
  }
}
