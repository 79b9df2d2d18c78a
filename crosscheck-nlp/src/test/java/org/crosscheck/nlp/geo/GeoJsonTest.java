package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.crosscheck.json.Json;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Place;
import org.junit.jupiter.api.Test;

class GeoJsonTest {

  private static final Place KUPIANSK = new Place("geonames:703656", 703656, "Kupiansk", 49.71055,
      37.61517, "PPLA2", "UA", "Kharkiv Oblast", List.of("Kupyansk", "Kupiansk"), 3);
  private static final Place RIVER = new Place("geonames:700000", 700000, "Oskil", 49.1, 37.7,
      "STM", "UA", null, List.of("Oskol River"), 1);

  @Test
  void eachPlaceIsAPointFeatureWithLongitudeFirst() throws Exception {
    var annotations = new Annotations("a1", List.of(), List.of(), List.of(), List.of(KUPIANSK, RIVER), List.of());
    JsonNode json = Json.mapper().readTree(GeoJson.toJson(annotations));

    assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(json.get("articleId").asText()).isEqualTo("a1");
    assertThat(json.get("features")).hasSize(2);
    JsonNode first = json.get("features").get(0);
    assertThat(first.get("type").asText()).isEqualTo("Feature");
    assertThat(first.at("/geometry/type").asText()).isEqualTo("Point");
    assertThat(first.at("/geometry/coordinates/0").asDouble()).isEqualTo(37.61517);
    assertThat(first.at("/geometry/coordinates/1").asDouble()).isEqualTo(49.71055);
    JsonNode props = first.get("properties");
    assertThat(props.get("name").asText()).isEqualTo("Kupiansk");
    assertThat(props.get("geonameId").asLong()).isEqualTo(703656);
    assertThat(props.get("featureCode").asText()).isEqualTo("PPLA2");
    assertThat(props.get("country").asText()).isEqualTo("UA");
    assertThat(props.get("region").asText()).isEqualTo("Kharkiv Oblast");
    assertThat(props.get("mentions").asInt()).isEqualTo(3);
    assertThat(props.get("surfaces")).extracting(JsonNode::asText).containsExactly("Kupyansk", "Kupiansk");
  }

  @Test
  void aPlaceWithoutRegionLeavesTheFieldOutAndNoPlacesGiveAnEmptyCollection() throws Exception {
    JsonNode river = Json.mapper().readTree(Json.toLine(GeoJson.of(List.of(RIVER))));
    assertThat(river.at("/features/0/properties").has("region")).isFalse();
    JsonNode none = GeoJson.of(List.of());
    assertThat(none.get("features")).isEmpty();
  }
}
