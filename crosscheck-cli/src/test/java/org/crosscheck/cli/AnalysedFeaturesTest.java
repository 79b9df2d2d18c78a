package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.Entity;
import org.crosscheck.nlp.EntityType;
import org.crosscheck.nlp.Place;
import org.crosscheck.stories.ArticleFeatures;
import org.junit.jupiter.api.Test;

class AnalysedFeaturesTest {
  private static final ArticleFeatures TEXT = new ArticleFeatures("a1", "Quake hits Aceh", "outlet", null,
      Map.of("quake", 3.0), Map.of("aceh", 2.0), Map.of(), Map.of("6.1", 1.0));

  private static Entity entity(String id, EntityType type, String name, int mentions) {
    return new Entity(id, type, name, List.of(), mentions, List.of(), null);
  }

  private static Place place(long id, String name, String code, String country, String region, int mentions) {
    return new Place("geonames:" + id, id, name, 0, 0, code, country, region, List.of(name), mentions);
  }

  private static Annotations annotations(List<Entity> entities, List<Place> places) {
    return new Annotations("a1", List.of(), List.of(), entities, places, List.of());
  }

  @Test
  void peopleJoinTheAnnotatorsKeysWeightedByMentionsAndTheTextsNamesStayAsTheyAre() {
    ArticleFeatures f = AnalysedFeatures.of(TEXT, annotations(List.of(
        entity("person:sutopo", EntityType.PERSON, "Sutopo Purwo Nugroho", 3),
        entity("organization:bnpb", EntityType.ORGANIZATION, "BNPB", 1),
        entity("geonames:1215638", EntityType.LOCATION, "Banda Aceh", 2),
        entity("misc:indonesian", EntityType.MISC, "Indonesian", 4)), List.of()));
    assertThat(f.places()).containsExactlyInAnyOrderEntriesOf(Map.of("person:sutopo", 3.0));
    assertThat(f.entities()).isEqualTo(TEXT.entities());
    assertThat(f.terms()).isEqualTo(TEXT.terms());
    assertThat(f.numbers()).isEqualTo(TEXT.numbers());
  }

  @Test
  void aTownGivesItsOwnKeyItsRegionsAndItsCountrysEachLighter() {
    ArticleFeatures f = AnalysedFeatures.of(TEXT, annotations(List.of(), List.of(
        place(1215638, "Banda Aceh", "PPLA", "ID", "Aceh", 2))));
    assertThat(f.places()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "place:1215638", 2.0, "region:ID/Aceh", 2 * AnalysedFeatures.REGION_WEIGHT, "country:ID", 2 * AnalysedFeatures.COUNTRY_WEIGHT));
  }

  @Test
  void aRegionOrACountryNamedAsSuchCountsAtItsOwnLevel() {
    ArticleFeatures f = AnalysedFeatures.of(TEXT, annotations(List.of(), List.of(
        place(1215630, "Aceh", "ADM1", "ID", "Aceh", 1),
        place(1643084, "Indonesia", "PCLI", "ID", null, 2))));
    assertThat(f.places()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "region:ID/Aceh", 1.0, "country:ID", 2.0 + AnalysedFeatures.COUNTRY_WEIGHT));
  }
}
