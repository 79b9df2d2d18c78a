package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerEntryTest {
  @Test
  void onlyGeoNamesFeaturesCarryAGeoNamesId() {
    GazetteerEntry town = new GazetteerEntry(703656, "Kupiansk", 49.71, 37.61, 'P', "PPLA2", "UA", "07", 27000, 12);
    GazetteerEntry sea = new GazetteerEntry(-9000007, "Black Sea", 43.3, 34.3, 'H', "SEA", "", "", 0, 3);
    assertThat(town.entityId()).isEqualTo("geonames:703656");
    assertThat(sea.entityId()).isEqualTo("place:9000007");
  }
}
