package org.crosscheck.analysis.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.analysis.Analyses.KUPIANSK;
import static org.crosscheck.analysis.Analyses.KUPIANSK_PLACE;
import static org.crosscheck.analysis.Analyses.ODESA_PLACE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.Analyses;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.analysis.ArticleFilter;
import org.crosscheck.analysis.ClaimHit;
import org.crosscheck.analysis.ClaimQuery;
import org.crosscheck.analysis.EntityProfile;
import org.crosscheck.analysis.EntityQuery;
import org.crosscheck.analysis.EntitySummary;
import org.crosscheck.analysis.PlaceQuery;
import org.crosscheck.analysis.PlaceSummary;
import org.crosscheck.analysis.QuoteHit;
import org.crosscheck.claims.ClaimType;
import org.crosscheck.claims.Effect;
import org.crosscheck.claims.Party;
import org.crosscheck.claims.PlaceRef;
import org.crosscheck.claims.Polarity;
import org.crosscheck.claims.Status;
import org.crosscheck.claims.TimelineEntry;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.nlp.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneAnalysisStoreTest {
  private static final Party GERASIMOV = new Party("person:gerasimov", "Valery Gerasimov", "chief of the General Staff", "Russia");
  private static final Party TREHUBOV = new Party("person:trehubov", "Viktor Trehubov", "spokesman", "Ukraine");

  @TempDir Path dir;

  /** Three reports on one town from both sides, plus an unrelated one. */
  static List<ArticleAnalysis> corpus() {
    return List.of(
        Analyses.article("a1", "Vostok Telegraph", "2025-11-20T20:47:00+03:00")
            .person("person:gerasimov", "Valery Gerasimov", "chief of the General Staff", "Russia", "Gerasimov")
            .person("person:zelenski", "Volodymyr Zelenskyy", "President of Ukraine", "Ukraine", "Zelenskyy")
            .place(KUPIANSK_PLACE)
            .time("Nov. 20", "2025-11-20")
            .quote("Kupyansk is liberated", 10, "person:gerasimov", "Gerasimov")
            .control(100, "Russia", Effect.GAIN, Polarity.ASSERTED, "2025-11-20", GERASIMOV)
            .build(),
        Analyses.article("a2", "Kyiv Frontline Herald", "2025-11-21T09:00:00+02:00")
            .person("person:trehubov", "Viktor Trehubov", "spokesman", "Ukraine", "Trehubov")
            .person("person:zelenski", "Zelensky", "President of Ukraine", "Ukraine")
            .place(new org.crosscheck.nlp.Place(KUPIANSK, 704508, "Kupiansk", 49.7106, 37.6156, "PPLA2", "UA",
                "Kharkiv Oblast", List.of("Kupiansk"), 3))
            .time("in November", "2025-11")
            .quote("This is fiction", 20, "person:trehubov", "Trehubov")
            .quote("Our soldiers hold the north", 60, null, "a company commander")
            .citation("the Kyiv Post", 5)
            .control(100, "Russia", Effect.GAIN, Polarity.DENIED, "2025-11-20", TREHUBOV)
            .build(),
        Analyses.article("a3", "Midland Courier", "2025-12-25T10:00:00+00:00")
            .person("person:trehubov", "Trehubov", "spokesman", "Ukraine")
            .place(KUPIANSK_PLACE)
            .time("Dec. 24", "2025-12-24")
            .quote("They are surrendering", 30, "person:trehubov", "Trehubov")
            .citation("Kyiv Post", 40)
            .control(200, "Ukraine", Effect.GAIN, Polarity.ASSERTED, "2025-12-24", TREHUBOV)
            .build(),
        Analyses.article("a4", "Black Sea Bulletin", "2025-12-16T07:52:00+02:00")
            .place(ODESA_PLACE)
            .entity("organization:dtek", EntityType.ORGANIZATION, "DTEK", 2)
            .time("Dec. 16", "2025-12-16")
            .build());
  }

  private LuceneAnalysisStore storeWith(List<ArticleAnalysis> analyses, UnaryOperator<String> representative) throws IOException {
    LuceneAnalysisStore store = LuceneAnalysisStore.open(dir.resolve("data-" + System.nanoTime()), representative);
    for (ArticleAnalysis a : analyses) store.put(a);
    return store;
  }

  @Test
  void aSitesBareHostAndItsLearnedNameAreOneSourceFromTheReadAfterTheNameIsLearned() throws IOException {
    OutletNames names = OutletNames.inMemory();
    List<ArticleAnalysis> reports = List.of(
        Analyses.article("h1", "sulgazette.example", "2025-11-20T08:00:00+00:00").place(KUPIANSK_PLACE)
            .control(100, "Ukraine", Effect.GAIN, Polarity.ASSERTED, "2025-11-20", null).build(),
        Analyses.article("h2", "Sul Gazette", "2025-11-21T08:00:00+00:00").place(KUPIANSK_PLACE)
            .control(100, "Ukraine", Effect.GAIN, Polarity.ASSERTED, "2025-11-20", null).build());
    try (LuceneAnalysisStore store = LuceneAnalysisStore.open(dir.resolve("named"), UnaryOperator.identity(), names::nameOf)) {
      for (ArticleAnalysis a : reports) store.put(a);
      assertThat(store.claims(ClaimQuery.all(10))).extracting(ClaimHit::status).containsOnly(Status.CORROBORATED);

      names.normalize(new ArticleBuilder(InputFormat.HTML, "page.html").url("https://sulgazette.example/about")
          .source("Sul Gazette").title("About").paragraph("About the paper.").build());
      List<ClaimHit> hits = store.claims(ClaimQuery.all(10));
      assertThat(hits).extracting(ClaimHit::status).containsOnly(Status.SINGLE_SOURCE);
      assertThat(hits).extracting(h -> h.claim().outlet()).containsOnly("Sul Gazette");
      assertThat(store.timeline("Kupiansk")).extracting(e -> e.status()).containsOnly(Status.SINGLE_SOURCE);
    }
  }

  @Test
  void anAnalysisReadsBackAsStoredAndAPutReplacesTheEarlierVersion() throws IOException {
    ArticleAnalysis unresolvedPlace = Analyses.article("x", "Nowhere News", null)
        .control(0, "Russia", Effect.GAIN, Polarity.ASSERTED, "2025-12", null,
            new PlaceRef("location:nowhere", 0, "Nowhere", "Nowhere", Double.NaN, Double.NaN))
        .build();
    try (LuceneAnalysisStore store = storeWith(List.of(corpus().get(0), unresolvedPlace), UnaryOperator.identity())) {
      assertThat(store.get("a1")).contains(corpus().get(0));
      assertThat(store.get("x")).contains(unresolvedPlace);
      assertThat(store.analysedHash("a1")).contains("hash-a1");
      assertThat(store.get("nope")).isEmpty();

      ArticleAnalysis second = Analyses.article("a1", "Vostok Telegraph", "2025-11-20T21:32:00+03:00")
          .entity("organization:mod", EntityType.ORGANIZATION, "Ministry of Defence", 1).build();
      store.put(second);
      assertThat(store.get("a1")).contains(second);
      assertThat(store.count()).isEqualTo(2);
      assertThat(store.entity("Gerasimov")).as("the old version's entities went with it").isEmpty();
      assertThat(store.claims(ClaimQuery.all(10))).extracting(h -> h.claim().articleId()).containsExactly("x");
    }
  }

  @Test
  void entitiesAreOneAcrossArticlesAndSpellings() throws IOException {
    try (LuceneAnalysisStore store = storeWith(corpus(), UnaryOperator.identity())) {
      List<EntitySummary> people = store.entities(new EntityQuery(EntityType.PERSON, 10));
      assertThat(people).extracting(EntitySummary::id).containsExactly("person:trehubov", "person:zelenski", "person:gerasimov");
      EntitySummary zelensky = people.get(1);
      assertThat(zelensky.articles()).isEqualTo(2);
      assertThat(zelensky.mentions()).isEqualTo(4);
      assertThat(zelensky.aliases()).contains("Zelenskyy").hasSizeGreaterThanOrEqualTo(2);
      assertThat(List.of(zelensky.name())).containsAnyOf("Volodymyr Zelenskyy", "Zelensky");
      assertThat(zelensky.firstSeen()).isEqualTo("2025-11-20T20:47:00+03:00");
      assertThat(zelensky.lastSeen()).isEqualTo("2025-11-21T09:00:00+02:00");

      for (String typed : List.of("Zelensky", "zelenskyy", "ZELENSKIY", "Volodymyr Zelenskyy", "person:zelenski")) {
        assertThat(store.entity(typed)).as(typed).map(p -> p.entity().id()).contains("person:zelenski");
      }
      assertThat(store.entity("Nobody Atall")).isEmpty();
      assertThat(store.entities(new EntityQuery(null, 2))).hasSize(2);
    }
  }

  @Test
  void anEntityProfileHoldsItsArticlesQuotesAndClaimsInTimeOrder() throws IOException {
    try (LuceneAnalysisStore store = storeWith(corpus(), UnaryOperator.identity())) {
      EntityProfile trehubov = store.entity("Trehubov").orElseThrow();
      assertThat(trehubov.articles()).extracting(a -> a.id()).containsExactly("a2", "a3");
      assertThat(trehubov.quotes()).extracting(q -> q.quote().text()).containsExactly("This is fiction", "They are surrendering");
      assertThat(trehubov.claims()).extracting(h -> h.claim().articleId()).containsExactly("a2", "a3");

      EntityProfile town = store.entity("Kupyansk").orElseThrow();
      assertThat(town.entity().id()).isEqualTo(KUPIANSK);
      assertThat(town.claims()).hasSize(3);
    }
  }

  @Test
  void placesAreAggregatedWithCoordinatesAndMapAsGeoJson() throws IOException {
    try (LuceneAnalysisStore store = storeWith(corpus(), UnaryOperator.identity())) {
      List<PlaceSummary> places = store.places(new PlaceQuery(null, 10));
      assertThat(places).extracting(PlaceSummary::id).containsExactly(KUPIANSK, "geonames:698740");
      PlaceSummary kupiansk = places.get(0);
      assertThat(kupiansk.articles()).isEqualTo(3);
      assertThat(kupiansk.mentions()).isEqualTo(5);
      assertThat(kupiansk.surfaces()).containsExactlyInAnyOrder("Kupyansk", "Kupiansk");
      assertThat(store.places(new PlaceQuery("ua", 1))).hasSize(1);
      assertThat(store.places(new PlaceQuery("NO", 10))).isEmpty();

      JsonNode map = store.geoJson(places);
      assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
      JsonNode first = map.get("features").get(0);
      assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(37.6156);
      assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(49.7106);
      assertThat(first.get("properties").get("articles").asInt()).isEqualTo(3);
    }
  }

  @Test
  void articlesAreFoundByEntityPlaceAndTheDatesTheyMention() throws IOException {
    try (LuceneAnalysisStore store = storeWith(corpus(), UnaryOperator.identity())) {
      assertThat(store.articleIds(new ArticleFilter("Zelenskiy", null, null, null))).containsExactly("a1", "a2");
      assertThat(store.articleIds(new ArticleFilter(null, "Kupyansk", null, null))).containsExactly("a1", "a2", "a3");
      assertThat(store.articleIds(new ArticleFilter("Trehubov", "Kupiansk", null, null))).containsExactly("a2", "a3");
      // "in November" (a month) overlaps the 25th; "Nov. 20" does not.
      assertThat(store.articleIds(new ArticleFilter(null, null, LocalDate.parse("2025-11-25"), LocalDate.parse("2025-11-30"))))
          .containsExactly("a2");
      assertThat(store.articleIds(new ArticleFilter(null, null, LocalDate.parse("2025-12-16"), null))).containsExactly("a3", "a4");
      assertThat(store.articleIds(new ArticleFilter("No Such Person", null, null, null))).isEmpty();
      assertThat(store.articleIds(new ArticleFilter(null, null, null, null))).containsExactly("a1", "a2", "a3", "a4");
    }
  }

  @Test
  void aSpeakersQuotesAreGatheredAcrossArticlesAndCitationsFoundByOutlet() throws IOException {
    try (LuceneAnalysisStore store = storeWith(corpus(), UnaryOperator.identity())) {
      List<QuoteHit> quotes = store.quotes("Viktor Trehubov", 10);
      assertThat(quotes).extracting(q -> q.article().id()).containsExactly("a2", "a3");
      assertThat(quotes).allSatisfy(q -> assertThat(q.speakerName()).contains("Trehubov"));
      assertThat(store.quotes("Trehubov", 1)).hasSize(1);
      assertThat(store.quotes("company commander", 10)).extracting(q -> q.quote().text()).containsExactly("Our soldiers hold the north");
      assertThat(store.quotes(null, 10)).hasSize(4);

      assertThat(store.citations("Kyiv Post", 10)).extracting(c -> c.article().id()).containsExactly("a2", "a3");
      assertThat(store.citations("The Kyiv Post", 10)).hasSize(2);
      assertThat(store.citations("TASS", 10)).isEmpty();
      assertThat(store.citations(null, 10)).hasSize(2);
    }
  }

  @Test
  void claimsAreFilteredAndCarryTheStatusOfTheirKey() throws IOException {
    try (LuceneAnalysisStore store = storeWith(corpus(), UnaryOperator.identity())) {
      assertThat(store.claims(new ClaimQuery("Kupyansk", null, null, null, null, null, 10))).hasSize(3);
      assertThat(store.claims(new ClaimQuery("Odesa", null, null, null, null, null, 10))).isEmpty();
      assertThat(store.claims(new ClaimQuery(null, ClaimType.ATTACK, null, null, null, null, 10))).isEmpty();
      List<ClaimHit> byTrehubov = store.claims(new ClaimQuery(null, ClaimType.CONTROL, "Trehubov", null, null, null, 10));
      assertThat(byTrehubov).extracting(h -> h.claim().articleId()).containsExactly("a2", "a3");
      List<ClaimHit> november = store.claims(new ClaimQuery(null, null, null, null, LocalDate.parse("2025-11-01"),
          LocalDate.parse("2025-11-30"), 10));
      assertThat(november).extracting(h -> h.claim().articleId()).containsExactly("a1", "a2");
      assertThat(november).allSatisfy(h -> assertThat(h.status()).isEqualTo(Status.CONTESTED));
      List<ClaimHit> contested = store.claims(new ClaimQuery("Kupiansk", null, null, Status.CONTESTED, null, null, 10));
      assertThat(contested).extracting(h -> h.claim().articleId()).containsExactly("a1", "a2");
      assertThat(store.claims(new ClaimQuery(null, null, null, Status.SINGLE_SOURCE, null, null, 10)))
          .extracting(h -> h.claim().articleId()).containsExactly("a3");
      assertThat(store.claims(ClaimQuery.all(1))).hasSize(1);
    }
  }

  @Test
  void aPolarityFilterKeepsTheClaimsTakingThatStanceEachWithItsKeysStatusOverAllClaims() throws IOException {
    try (LuceneAnalysisStore store = storeWith(corpus(), UnaryOperator.identity())) {
      List<ClaimHit> denials = store.claims(new ClaimQuery(null, null, null, null, Polarity.DENIED, null, null, 10));
      // The denial alone would be single-source; its key is contested by the assertion it denies.
      assertThat(denials).extracting(h -> h.claim().articleId() + " " + h.status()).containsExactly("a2 CONTESTED");
      assertThat(store.claims(new ClaimQuery(null, null, null, null, Polarity.ASSERTED, null, null, 10)))
          .extracting(h -> h.claim().articleId()).containsExactly("a1", "a3");
      assertThat(store.claims(new ClaimQuery(null, null, null, Status.SINGLE_SOURCE, Polarity.ASSERTED, null, null, 10)))
          .extracting(h -> h.claim().articleId()).containsExactly("a3");
      assertThat(store.claims(new ClaimQuery(null, null, null, null, Polarity.CONCEDED, null, null, 10))).isEmpty();
    }
  }

  @Test
  void theTimelineShowsAssertionsAndDenialsInTimeOrderWhateverOrderTheyWereStored() throws IOException {
    List<ArticleAnalysis> shuffled = new ArrayList<>(corpus());
    Collections.shuffle(shuffled, new Random(7));
    try (LuceneAnalysisStore inOrder = storeWith(corpus(), UnaryOperator.identity());
        LuceneAnalysisStore outOfOrder = storeWith(shuffled, UnaryOperator.identity())) {
      List<TimelineEntry> timeline = inOrder.timeline("Kupyansk");
      assertThat(timeline).extracting(e -> e.claim().polarity() + " " + e.claim().actorSide() + " " + e.status())
          .containsExactly("ASSERTED Russia CONTESTED", "DENIED Russia CONTESTED", "ASSERTED Ukraine SINGLE_SOURCE");
      assertThat(outOfOrder.timeline("Kupiansk")).isEqualTo(timeline);
      assertThat(outOfOrder.timeline(KUPIANSK)).isEqualTo(timeline);
      assertThat(outOfOrder.assessments(null)).isEqualTo(inOrder.assessments(null));
      assertThat(inOrder.timeline("Odesa")).isEmpty();
    }
  }

  @Test
  void aReprintCountsOnceThroughTheRepresentativeFunction() throws IOException {
    PlaceRef town = new PlaceRef("geonames:1", 1, "Town", "Town", 1, 1);
    List<ArticleAnalysis> wire = List.of(
        Analyses.article("wire", "Nordic Press Agency", "2025-12-24T08:00:00Z")
            .control(0, "Ukraine", Effect.GAIN, Polarity.ASSERTED, "2025-12-24", null, town).build(),
        Analyses.article("reprint", "Midland Courier", "2025-12-24T13:00:00Z")
            .control(0, "Ukraine", Effect.GAIN, Polarity.ASSERTED, "2025-12-24", null, town).build());
    try (LuceneAnalysisStore unlinked = storeWith(wire, UnaryOperator.identity());
        LuceneAnalysisStore linked = storeWith(wire, id -> Map.of("reprint", "wire").getOrDefault(id, id))) {
      assertThat(unlinked.assessments("Town")).singleElement().satisfies(a -> {
        assertThat(a.status()).isEqualTo(Status.CORROBORATED);
        assertThat(a.independentSources()).isEqualTo(2);
      });
      assertThat(linked.assessments("Town")).singleElement().satisfies(a -> {
        assertThat(a.status()).isEqualTo(Status.SINGLE_SOURCE);
        assertThat(a.independentSources()).isEqualTo(1);
      });
      assertThat(linked.claims(new ClaimQuery("Town", null, null, null, null, null, 10)))
          .allSatisfy(h -> assertThat(h.independentSources()).isEqualTo(1));
    }
  }

  @Test
  void theAnalysersFingerprintRoundTripsAndAnAnalysisWithoutOneCountsAsMadeByAnother() throws IOException {
    Path data = dir.resolve("fingerprints");
    ArticleAnalysis current = corpus().get(0).madeBy("0.2.0+cafe");
    ArticleAnalysis older = corpus().get(1).madeBy("0.1.0+beef");
    ArticleAnalysis unrecorded = corpus().get(2);
    try (LuceneAnalysisStore store = LuceneAnalysisStore.open(data, UnaryOperator.identity())) {
      for (ArticleAnalysis a : List.of(current, older, unrecorded)) store.put(a);
      assertThat(store.get("a1")).get().extracting(ArticleAnalysis::analyser).isEqualTo("0.2.0+cafe");
      assertThat(store.analyser("a1")).contains("0.2.0+cafe");
      assertThat(store.analyser("a2")).contains("0.1.0+beef");
      assertThat(store.analyser("a3")).isEmpty();
      assertThat(store.analyser("nope")).isEmpty();
      assertThat(store.countMadeByOthers("0.2.0+cafe")).isEqualTo(2);
      store.commit();
    }
    try (LuceneAnalysisStore reopened = LuceneAnalysisStore.open(data, UnaryOperator.identity());
        LuceneAnalysisStore reader = LuceneAnalysisStore.openReadOnly(data, UnaryOperator.identity())) {
      for (LuceneAnalysisStore store : List.of(reopened, reader)) {
        assertThat(store.get("a2")).contains(older);
        assertThat(store.analyser("a2")).contains("0.1.0+beef");
        assertThat(store.analyser("a3")).isEmpty();
        assertThat(store.countMadeByOthers("0.1.0+beef")).isEqualTo(2);
        assertThat(store.countMadeByOthers("0.3.0+f00d")).isEqualTo(3);
      }
      reopened.put(older.madeBy("0.2.0+cafe"));
      assertThat(reopened.analyser("a2")).contains("0.2.0+cafe");
      assertThat(reopened.countMadeByOthers("0.2.0+cafe")).isOne();
      reopened.put(corpus().get(0));
      assertThat(reopened.analyser("a1")).as("a put without a fingerprint forgets the earlier one").isEmpty();
      assertThat(reopened.countMadeByOthers("0.2.0+cafe")).isEqualTo(2);
    }
  }

  @Test
  void anAnalysisStoredBeforeFingerprintsReadsBackWithoutOne() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode json = org.crosscheck.json.Json.mapper().valueToTree(corpus().get(3).madeBy("0.2.0+cafe"));
    json.remove("analyser");
    ArticleAnalysis old = org.crosscheck.json.Json.mapper().treeToValue(json, ArticleAnalysis.class);
    assertThat(old.analyser()).isNull();
    assertThat(old).isEqualTo(corpus().get(3));
  }

  @Test
  void aReaderSeesCommitsAfterRefreshAndCannotWrite() throws IOException {
    Path data = dir.resolve("shared");
    try (LuceneAnalysisStore writer = LuceneAnalysisStore.open(data, UnaryOperator.identity())) {
      writer.put(corpus().get(0));
      writer.commit();
      try (LuceneAnalysisStore reader = LuceneAnalysisStore.openReadOnly(data, UnaryOperator.identity())) {
        assertThat(reader.count()).isOne();
        assertThat(reader.analysedHash("a1")).contains("hash-a1");
        writer.put(corpus().get(1));
        writer.commit();
        assertThat(reader.count()).isOne();
        assertThat(reader.refresh()).isTrue();
        assertThat(reader.count()).isEqualTo(2);
        assertThat(reader.refresh()).isFalse();
        assertThatThrownBy(() -> reader.put(corpus().get(2))).isInstanceOf(IllegalStateException.class);
      }
      assertThatThrownBy(() -> LuceneAnalysisStore.open(data, UnaryOperator.identity()))
          .isInstanceOf(IOException.class).hasMessageContaining("in use by another crosscheck process");
    }
    assertThatThrownBy(() -> LuceneAnalysisStore.openReadOnly(dir.resolve("empty"), UnaryOperator.identity()))
        .isInstanceOf(IOException.class).hasMessageContaining("no analyses");
  }
}
