package org.crosscheck.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {
  record Point(String name, double lat, Double lon) {}

  @Test
  void clientsReadNullWhereANumberIsNoneWhileStoredJsonKeepsNaN() throws Exception {
    Point unresolved = new Point("Moriki", Double.NaN, Double.NaN);
    String forClients = Json.forClients().writeValueAsString(unresolved);
    assertThat(forClients).isEqualTo("{\"name\":\"Moriki\",\"lat\":null,\"lon\":null}");
    assertThat(Json.toPrettyString(unresolved)).contains("\"lat\" : null").doesNotContain("NaN");
    assertThat(Json.forClients().writeValueAsString(new Point("Gusau", 12.17, 6.66))).contains("\"lat\":12.17,\"lon\":6.66");

    Point back = Json.fromBytes(Json.toBytes(unresolved), Point.class);
    assertThat(back.lat()).isNaN();
    assertThat(back.lon()).isNaN();
  }
}
