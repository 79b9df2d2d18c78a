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

  /** Towns of two countries, two known in the text's other country only by a transliteration among their other names. */
  private static Gazetteer townsWithTransliterations() throws IOException {
    String lines = String.join("\n",
        "21\tMuncie\tMuncie\tMansi,Munsey\t40.19\t-85.39\tP\tPPLA2\tUS\t\tIN\t\t\t\t70000\t\t\t\t",
        "22\tIndianapolis\tIndianapolis\t\t39.77\t-86.16\tP\tPPLA\tUS\t\tIN\t\t\t\t870000\t\t\t\t",
        "23\tLashio\tLashio\t\t22.94\t97.75\tP\tPPLA\tMM\t\t17\t\t\t\t130000\t\t\t\t",
        "24\tBeijing\tBeijing\tPeking\t39.91\t116.40\tP\tPPLC\tCN\t\t22\t\t\t\t18960000\t\t\t\t",
        "25\tMount Vernon\tMount Vernon\tMt Vernon\t40.39\t-82.49\tP\tPPLA2\tUS\t\tOH\t\t\t\t16000\t\t\t\t") + "\n";
    return new GeoNamesImporter().dump(new ByteArrayInputStream(lines.getBytes()), "towns.txt").build();
  }

  @Test
  void aNamesakeAbroadDroppedForItsOwnNameIsNoAnchorForTheText() throws IOException {
    Gazetteer g = townsWithTransliterations();
    // The text names "Mansi" most, but Muncie is no reading of it beside Lashio, so the unknown
    // street lies in Lashio, the town the text is about, not in Indiana.
    assertThat(resolveAll(g, "Mansi", "Mansi", "Mansi", "Lashio", "Market Street"))
        .extracting(r -> r.toponym().surface() + "=" + r.entry().id())
        .containsExactly("Lashio=23", "Market Street=23");
  }

  @Test
  void anAdministrativeUnitCalledAZoneOrMunicipalityIsNotATownNamedLikeItsGenericWord() throws IOException {
    String lines = String.join("\n",
        "31\tZone\tZone\t\t45.76\t10.12\tP\tPPLA3\tIT\t\t09\t\t\t\t900\t\t\t\t",
        "23\tLashio\tLashio\t\t22.94\t97.75\tP\tPPLA\tMM\t\t17\t\t\t\t130000\t\t\t\t") + "\n";
    Gazetteer g = new GeoNamesImporter().dump(new ByteArrayInputStream(lines.getBytes()), "towns.txt").build();
    assertThat(resolveAll(g, "Tigyaing zone", "Lashio")).extracting(r -> r.toponym().surface()).containsExactly("Lashio");
    assertThat(resolveAll(g, "Zone", "Lashio")).extracting(r -> r.entry().id()).containsExactly(31L, 23L);
  }

  @Test
  void aTownKnownByTheNameOnlyAsAnotherOfItsNamesIsNotTakenInACountryTheTextIsNotAbout() throws IOException {
    Gazetteer g = townsWithTransliterations();
    assertThat(resolveAll(g, "Mansi", "Lashio")).extracting(r -> r.toponym().surface()).containsExactly("Lashio");
    assertThat(resolveAll(g, "Mansi", "Indianapolis")).extracting(r -> r.entry().id()).containsExactly(21L, 22L);
    // A big city's other name is how English writes it.
    assertThat(resolveAll(g, "Peking", "Lashio")).extracting(r -> r.entry().id()).containsExactly(24L, 23L);
    // An abbreviation of its own name is its name.
    assertThat(resolveAll(g, "Mt Vernon", "Lashio")).extracting(r -> r.entry().id()).containsExactly(25L, 23L);
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
