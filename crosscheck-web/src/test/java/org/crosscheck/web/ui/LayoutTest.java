package org.crosscheck.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.web.ArticleFacts.PlaceRef;
import org.junit.jupiter.api.Test;

class LayoutTest {
  private static PlaceRef place(String name, double lat, double lon, int mentions) {
    return new PlaceRef("geonames:" + name.hashCode(), name, lat, lon, null, "XX", mentions);
  }

  @Test
  void aMapFramesThePlacesAStoryIsAboutNotThoseABackgroundSentenceNamesOnce() {
    List<Layout.MapPlace> placed = Layout.framed(List.of(
        place("Harbour Town", 11.9, 43.3, 29), place("Coast City", 11.6, 43.1, 11), place("Capital", 11.6, 42.8, 3),
        place("Far Capital", 38.8, -77.0, 1), place("Other Far Capital", 35.7, 139.7, 2)));
    assertThat(placed).filteredOn(Layout.MapPlace::frame).extracting(Layout.MapPlace::name)
        .containsExactly("Harbour Town", "Coast City", "Capital");
    assertThat(placed).hasSize(5);
    assertThat(Layout.map("story-map", List.of(place("Harbour Town", 11.9, 43.3, 29), place("Far Capital", 38.8, -77.0, 1))).html())
        .contains("\"frame\":true").contains("\"frame\":false");
  }

  @Test
  void placesNamedAboutEquallyAreAllFramed() {
    assertThat(Layout.framed(List.of(place("A", 1, 1, 1), place("B", 50, 50, 2), place("C", -30, 100, 1))))
        .allMatch(Layout.MapPlace::frame);
  }
}
