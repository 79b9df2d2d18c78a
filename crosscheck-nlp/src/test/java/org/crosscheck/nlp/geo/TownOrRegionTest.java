package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A town and the first-level region named after it are told apart the same way in every report. */
class TownOrRegionTest {

  private static final Gazetteer GAZETTEER = new Gazetteer.Builder()
      .add(new GazetteerEntry(1, "Ambria", 11.8, 42.6, 'A', "PCLI", "DJ", "00", 900_000, 40), List.of())
      .add(new GazetteerEntry(2, "Saltmarsh", 12.4, 43.0, 'A', "ADM1", "DJ", "04", 40_000, 6), List.of())
      .add(new GazetteerEntry(3, "Saltmarsh", 11.97, 43.29, 'P', "PPLA", "DJ", "04", 17_000, 6), List.of())
      .add(new GazetteerEntry(4, "Dunmore", 11.6, 43.1, 'P', "PPLC", "DJ", "01", 600_000, 9), List.of())
      .build();

  /** The feature code chosen for the first "Saltmarsh" of a text naming the listed places. */
  private static String saltmarsh(String text) {
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    Matcher m = Pattern.compile("Saltmarsh(?: region)?|Ambria|Dunmore").matcher(text);
    while (m.find()) toponyms.add(new PlaceResolver.Toponym(m.start(), m.end(), m.group()));
    return new PlaceResolver(GAZETTEER).resolve(toponyms, text).stream()
        .filter(r -> r.toponym().surface().equals("Saltmarsh")).findFirst().orElseThrow().entry().featureCode();
  }

  @Test
  void wordsThatOnlyATownTakesMakeItTheTown() {
    assertThat(saltmarsh("Rebels said they took the port of Saltmarsh, in northern Ambria.")).isEqualTo("PPLA");
    assertThat(saltmarsh("Boats left Saltmarsh's harbour at dawn.")).isEqualTo("PPLA");
    assertThat(saltmarsh("Fighting reached Saltmarsh, the main town on the coast.")).isEqualTo("PPLA");
  }

  @Test
  void withoutSuchWordsTheTownIsChosenWhateverElseIsNamed() {
    assertThat(saltmarsh("Rebels entered Saltmarsh.")).isEqualTo("PPLA");
    assertThat(saltmarsh("Rebels entered Saltmarsh, Ambria says.")).isEqualTo("PPLA");
    assertThat(saltmarsh("Rebels entered Saltmarsh; troops left Dunmore.")).isEqualTo("PPLA");
  }

  @Test
  void wordsThatAskForTheRegionMakeItTheRegion() {
    assertThat(saltmarsh("Aid reached the region of Saltmarsh, in Ambria.")).isEqualTo("ADM1");
    // A text that names the region in full means it by the bare name too, unless it says more for the town.
    assertThat(saltmarsh("Shops in Saltmarsh shut as floods hit the Saltmarsh region.")).isEqualTo("ADM1");
    assertThat(saltmarsh("Shops in Saltmarsh town shut as floods hit the Saltmarsh region. Boats left Saltmarsh port."))
        .isEqualTo("PPLA");
  }

  /** The feature code chosen for each name of a text, by name. */
  private static java.util.Map<String, String> choices(String text) {
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    Matcher m = Pattern.compile("Saltmarsh(?: region)?|Ambria|Dunmore").matcher(text);
    while (m.find()) toponyms.add(new PlaceResolver.Toponym(m.start(), m.end(), m.group()));
    java.util.Map<String, String> chosen = new java.util.TreeMap<>();
    for (PlaceResolver.Resolution r : new PlaceResolver(GAZETTEER).resolve(toponyms, text)) {
      chosen.putIfAbsent(r.toponym().surface(), r.entry().featureCode());
    }
    return chosen;
  }

  @Test
  void theChoicesDoNotDependOnWhichNameTheTextNamesFirst() {
    String a = "Floods hit the Saltmarsh region. Shops in Saltmarsh shut. Troops left Dunmore for Ambria's coast.";
    String b = "Troops left Dunmore for Ambria's coast. Shops in Saltmarsh shut. Floods hit the Saltmarsh region.";
    String c = "Shops in Saltmarsh shut. Troops left Dunmore for Ambria's coast. Floods hit the Saltmarsh region.";
    assertThat(choices(a)).containsEntry("Saltmarsh", "ADM1").isEqualTo(choices(b)).isEqualTo(choices(c));
  }
}
