package org.crosscheck.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualifiedPlacesTest {

  private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}.-]+");

  private static Gazetteer paris() throws IOException {
    try (InputStream in = QualifiedPlacesTest.class.getResourceAsStream("paris.txt")) {
      return new GeoNamesImporter().dump(in, "paris.txt").build();
    }
  }

  /** Resolves every capitalised word of the text as a toponym; the id chosen for the first. */
  private static long first(Gazetteer g, String text) {
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) toponyms.add(new PlaceResolver.Toponym(m.start(), m.end(), m.group()));
    return new PlaceResolver(g).resolve(toponyms, text).get(0).entry().id();
  }

  @Test
  void withoutContextTheCapitalWins() throws IOException {
    assertThat(first(paris(), "Paris")).isEqualTo(11);
  }

  @Test
  void aStateAfterACommaPicksTheNamesakeInIt() throws IOException {
    assertThat(first(paris(), "Paris, Tenn.")).isEqualTo(12);
    assertThat(first(paris(), "Paris (Tennessee)")).isEqualTo(12);
  }

  @Test
  void aListOfPlacesIsNotAPlaceAndItsArea() throws IOException {
    Gazetteer g;
    try (InputStream in = QualifiedPlacesTest.class.getResourceAsStream("lists.txt")) {
      g = new GeoNamesImporter().dump(in, "lists.txt").build();
    }
    assertThat(first(g, "Washington, New York", "Washington", "New York")).isEqualTo(52);
    assertThat(first(g, "Washington, New York and Boston", "Washington", "New York", "Boston")).isEqualTo(51);
    assertThat(first(g, "Washington, New York, Boston", "Washington", "New York", "Boston")).isEqualTo(51);
    assertThat(first(g, "Washington, New York, and Boston, Mass.", "Washington", "New York", "Boston", "Mass.")).isEqualTo(52);
  }

  @Test
  void aStatesAbbreviationBeforeTheLastItemOfAListStillQualifiesThePlaceBeforeIt() throws IOException {
    assertThat(first(paris(), "Paris, Tenn., and Springfield")).isEqualTo(12);
    assertThat(first(paris(), "Paris, Tenn., Springfield")).isEqualTo(12);
  }

  @Test
  void aCountryNamedBesideItsCapitalIsTheCountryThoughTheCapitalIsAlsoCalledSo() throws IOException {
    Gazetteer g;
    try (InputStream in = QualifiedPlacesTest.class.getResourceAsStream("lists.txt")) {
      g = new GeoNamesImporter().dump(in, "lists.txt").build();
    }
    assertThat(first(g, "Mexico City, a capital; Mexico", "Mexico City", "Mexico")).isEqualTo(62);
    assertThat(first(g, "Mexico, whose capital is Mexico City", "Mexico", "Mexico City")).isEqualTo(61);
  }

  /** Resolves the names, found in the text in order; the id chosen for the first. */
  private static long first(Gazetteer g, String text, String... names) {
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    int from = 0;
    for (String name : names) {
      int at = text.indexOf(name, from);
      toponyms.add(new PlaceResolver.Toponym(at, at + name.length(), name));
      from = at + name.length();
    }
    return new PlaceResolver(g).resolve(toponyms, text).get(0).entry().id();
  }

  @Test
  void anUnknownNameFallsBackToThePlaceItContains() throws IOException {
    List<PlaceResolver.Toponym> one = List.of(new PlaceResolver.Toponym(0, 15, "DFL-Minneapolis"));
    assertThat(new PlaceResolver(paris()).resolve(one)).extracting(r -> r.entry().id()).containsExactly(14L);
  }

  @Test
  void anOutletsHostNamesItsTown() throws IOException {
    PlaceResolver resolver = new PlaceResolver(paris());
    assertThat(resolver.outletTown("https://www.minneapolisnews.example/2009/story.html")).isEqualTo("minneapolis");
    assertThat(resolver.outletTown("https://news.example.org/story")).isNull();
    assertThat(resolver.outletTown("not a url")).isNull();
  }

  @Test
  void anOutletsCountryCodeDomainNamesItsCountry() throws IOException {
    PlaceResolver resolver = new PlaceResolver(paris());
    assertThat(resolver.outlet("http://lfpress.ca/newsstand/story.html").country()).isEqualTo("CA");
    assertThat(resolver.outlet("https://www.bbc.co.uk/news/1").country()).isEqualTo("GB");
    assertThat(resolver.outlet("https://www.minneapolisnews.example.tv/1"))
        .isEqualTo(new PlaceResolver.Outlet("minneapolis", null));
    assertThat(resolver.outlet(null)).isEqualTo(new PlaceResolver.Outlet(null, null));
  }

  @Test
  void theOutletsTownPicksANamesakeNearIt() throws IOException {
    Gazetteer g = paris();
    List<PlaceResolver.Toponym> one = List.of(new PlaceResolver.Toponym(0, 5, "Paris"));
    assertThat(new PlaceResolver(g).resolve(one, "Paris", new PlaceResolver.Outlet("tennessee", null)).get(0).entry().id()).isEqualTo(12);
  }

  @Test
  void theOutletsCountryOutweighsARegionAbroadThatOutranksItsTown() throws IOException {
    Gazetteer g;
    try (InputStream in = QualifiedPlacesTest.class.getResourceAsStream("lists.txt")) {
      g = new GeoNamesImporter().dump(in, "lists.txt").build();
    }
    List<PlaceResolver.Toponym> nelson = List.of(new PlaceResolver.Toponym(0, 6, "Nelson"));
    PlaceResolver resolver = new PlaceResolver(g);
    assertThat(resolver.resolve(nelson, "Nelson").get(0).entry().id()).isEqualTo(71);
    assertThat(resolver.resolve(nelson, "Nelson", new PlaceResolver.Outlet(null, "CA")).get(0).entry().id()).isEqualTo(72);
  }

  @Test
  void aPlaceNamedInManyShapesVotesOnceForItsOwnReading() throws IOException {
    String text = "Paris Walmart, Paris Fairgrounds, Paris Library and Paris";
    List<PlaceResolver.Toponym> toponyms = new ArrayList<>();
    for (String name : List.of("Paris Walmart", "Paris Fairgrounds", "Paris Library", "Paris")) {
      int at = text.lastIndexOf(name);
      toponyms.add(new PlaceResolver.Toponym(at, at + name.length(), name));
    }
    List<PlaceResolver.Resolution> resolved = new PlaceResolver(paris()).resolve(toponyms, text, new PlaceResolver.Outlet("tennessee", null));
    assertThat(resolved).extracting(r -> r.entry().id()).containsExactly(12L, 12L, 12L, 12L);
  }

  @Test
  void aCountyNamedBesideATownPicksTheNamesakesThatLieTogether() throws IOException {
    String text = "Paris in Henry County";
    List<PlaceResolver.Toponym> toponyms = List.of(new PlaceResolver.Toponym(0, 5, "Paris"),
        new PlaceResolver.Toponym(9, 21, "Henry County"));
    List<PlaceResolver.Resolution> resolved = new PlaceResolver(paris()).resolve(toponyms, text);
    assertThat(resolved).extracting(r -> r.entry().id()).containsExactly(12L, 15L);
  }

  @Test
  void usCountiesComeFromCensusOutlinesWithTheirStates(@TempDir Path dir) throws IOException {
    Path admin1 = dir.resolve("admin1.txt");
    Path topo = dir.resolve("counties.json");
    try (InputStream a = getClass().getResourceAsStream("us-admin1.txt");
        InputStream t = getClass().getResourceAsStream("two-counties.topo.json")) {
      Files.copy(a, admin1);
      Files.copy(t, topo);
    }
    Gazetteer g = new GeoNamesImporter().admin1Codes(admin1).usCounties(topo).build();
    GazetteerEntry otterTail = g.lookup("Otter Tail County").get(0);
    assertThat(otterTail.id()).isEqualTo(-27111);
    assertThat(otterTail.admin1Key()).isEqualTo("US.MN");
    assertThat(otterTail.lat()).isCloseTo(46.5, within(0.1));
    assertThat(g.lookup("Otter Tail")).containsExactly(otterTail);
    assertThat(g.lookup("Rapides Parish")).extracting(GazetteerEntry::admin1).containsExactly("LA");
  }
}
