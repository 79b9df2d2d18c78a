package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

  private static Gazetteer namesakes() throws IOException {
    try (InputStream in = PlaceResolverTest.class.getResourceAsStream("namesakes.txt")) {
      return new GeoNamesImporter().dump(in, "namesakes.txt").build();
    }
  }

  private static long resolve(Gazetteer g, String... names) {
    List<PlaceResolver.Toponym> toponyms = new java.util.ArrayList<>();
    for (String n : names) toponyms.add(new PlaceResolver.Toponym(0, n.length(), n));
    return new PlaceResolver(g).resolve(toponyms).get(0).entry().id();
  }

  @Test
  void aNamesakeIsChosenByTheTownsNamedWithIt() throws IOException {
    Gazetteer g = namesakes();
    assertThat(resolve(g, "Petrovka", "Kupyansk")).isEqualTo(1);
    assertThat(resolve(g, "Petrivka", "Odessa")).isEqualTo(2);
    assertThat(resolve(g, "Petrivka", "Kharkiv region")).isEqualTo(1);
  }

  /** Towns only, as the shipped gazetteer: a river's name finds towns called like it. */
  private static Gazetteer townsNamedLikeRivers() throws IOException {
    String lines = String.join("\n",
        "11\tLai\tLai\t\t9.40\t16.30\tP\tPPL\tTD\t\t13\t\t\t\t19000\t\t\t\t",
        "12\tWabag\tWabag\t\t-5.49\t143.72\tP\tPPLA\tPG\t\t19\t\t\t\t3900\t\t\t\t",
        "13\tMoundou\tMoundou\t\t8.57\t16.08\tP\tPPLA\tTD\t\t13\t\t\t\t137000\t\t\t\t") + "\n";
    return new GeoNamesImporter().dump(new ByteArrayInputStream(lines.getBytes()), "towns.txt").build();
  }

  private static List<PlaceResolver.Resolution> resolveAll(Gazetteer g, String... names) {
    List<PlaceResolver.Toponym> toponyms = new java.util.ArrayList<>();
    for (String n : names) toponyms.add(new PlaceResolver.Toponym(0, n.length(), n));
    return new PlaceResolver(g).resolve(toponyms);
  }

  @Test
  void aRiverIsNotATownCalledLikeItInACountryTheTextIsNotAbout() throws IOException {
    Gazetteer g = townsNamedLikeRivers();
    assertThat(resolveAll(g, "Lai River", "Wabag")).extracting(r -> r.toponym().surface()).containsExactly("Wabag");
    assertThat(resolveAll(g, "Lai River", "Moundou")).extracting(r -> r.entry().id()).containsExactly(11L, 13L);
    assertThat(resolveAll(g, "Lai River")).extracting(r -> r.entry().id()).containsExactly(11L);
  }

  @Test
  void alternateNamesInCyrillicFindTheFeature() throws IOException {
    assertThat(resolve(namesakes(), "Купянськ")).isEqualTo(3);
  }

  @Test
  void roadsAreNotImported() throws IOException {
    assertThat(namesakes().lookup("Some Road")).isEmpty();
  }

  @Test
  void theFileFormatRoundTrips() throws IOException {
    Gazetteer g = namesakes();
    var out = new ByteArrayOutputStream();
    g.write(out);
    Gazetteer back = Gazetteer.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.size()).isEqualTo(g.size());
    assertThat(back.lookup("Kupjansk")).extracting(GazetteerEntry::id).containsExactly(3L);
    assertThat(back.attribution()).anyMatch(a -> a.contains("GeoNames"));
  }

  @Test
  void aBrokenDumpLineIsReportedWithItsNumber() {
    var broken = new ByteArrayInputStream("1\tX\tX\t\tnot-a-number\t1\tP\tPPL\tUA\t\t07\t\t\t\t0\n".getBytes());
    assertThatThrownBy(() -> new GeoNamesImporter().dump(broken, "broken.txt"))
        .isInstanceOf(IOException.class).hasMessageContaining("broken.txt line 1");
  }
}
