package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryShapesTest {

  private static Map<String, double[]> points() throws IOException {
    try (InputStream in = CountryShapesTest.class.getResourceAsStream("two-countries.topo.json")) {
      return CountryShapes.points(in);
    }
  }

  @Test
  void aCountryIsPlacedInItsLargestPolygonNotBetweenItsParts() throws IOException {
    double[] p = points().get("001");
    assertThat(p[0]).isCloseTo(45, within(0.2));
    assertThat(p[1]).isCloseTo(15, within(0.2));
  }

  @Test
  void anOutlineAcrossTheAntimeridianIsCentredOnIt() throws IOException {
    double[] p = points().get("002");
    assertThat(p[0]).isCloseTo(65, within(0.3));
    assertThat(Math.abs(p[1])).isCloseTo(180, within(0.3));
  }
}
