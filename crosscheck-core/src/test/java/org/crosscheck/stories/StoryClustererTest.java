package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.junit.jupiter.api.Test;

class StoryClustererTest {
  private static final OffsetDateTime DEC_25 = OffsetDateTime.of(2025, 12, 25, 12, 0, 0, 0, ZoneOffset.UTC);
  private final FeatureExtractor features = TextFeatureExtractor.english();

  private List<Story> cluster(ClusteringConfig config, List<Article> articles) {
    List<Story> closed = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(config, closed::add);
    for (Article a : articles) clusterer.add(features.extract(a));
    clusterer.closeAll();
    return closed;
  }

  private static List<Article> stream() {
    return List.of(
        Fixtures.fixture("reuters-wire-original.txt", "Nordic Business Daily", DEC_25.minusDays(1)),
        Fixtures.seedTextDump(),
        Fixtures.fixture("lookalike-odesa-strike.txt", "Black Sea News", DEC_25),
        Fixtures.fixture("unrelated-festival.txt", "Lyon Matin", DEC_25),
        Fixtures.seedMarkdown());
  }

  @Test
  void theTwoSeedReportsEndInOneStoryAndOtherEventsStayOut() {
    List<Article> articles = stream();
    Article textDump = articles.get(1);
    Article markdown = articles.get(4);
    List<Story> stories = cluster(ClusteringConfig.defaults(), articles);

    Story kupyansk = stories.stream().filter(s -> s.articleIds().contains(textDump.id())).findFirst().orElseThrow();
    assertThat(kupyansk.articleIds()).containsExactly(textDump.id(), markdown.id());
    assertThat(kupyansk.id()).isEqualTo(Story.idFor(textDump.id()));
    assertThat(kupyansk.outlets()).contains("Fox News");
    assertThat(kupyansk.topTerms()).contains("kupyansk");
    assertThat(kupyansk.topEntities()).contains("kupyansk");
    assertThat(kupyansk.start()).isBefore(kupyansk.end());
    assertThat(kupyansk.label()).isIn(textDump.title(), markdown.title());
    assertThat(stories).hasSize(4);
  }

  @Test
  void sameInputInSameOrderGivesTheSameStories() {
    assertThat(cluster(ClusteringConfig.defaults(), stream())).isEqualTo(cluster(ClusteringConfig.defaults(), stream()));
  }

  @Test
  void aCorrectedReportKeepsItsPlaceUnderItsNewHeadline() {
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults(), s -> {});
    Instant t = DEC_25.toInstant();
    Map<String, Double> pass = Map.of("pass", 2.0, "insurgents", 1.0, "village", 1.0);
    clusterer.add(f("first", t, pass));
    clusterer.add(new ArticleFeatures("fix", "Pass secured; 40 killed", "outlet", t.plusSeconds(3600), pass, Map.of(), Map.of()));
    String story = clusterer.storyOf("fix").orElseThrow();

    assertThat(clusterer.revise(new ArticleFeatures("fix", "Pass secured; 14 killed", "outlet", t.plusSeconds(3600), pass, Map.of(), Map.of())))
        .contains(story);
    assertThat(clusterer.story(story).orElseThrow().articles()).extracting(Story.Member::title)
        .containsExactly("headline first", "Pass secured; 14 killed");
    assertThat(clusterer.revise(f("unknown", t, pass))).isEmpty();
  }

  private static ArticleFeatures f(String id, Instant time, Map<String, Double> terms) {
    return new ArticleFeatures(id, "headline " + id, "outlet", time, terms, Map.of(), Map.of());
  }

  @Test
  void aStoryClosesWhenItGoesQuietAndLeavesMemory() {
    List<Story> closed = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults(), closed::add);
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    clusterer.add(f("a1", t0, Map.of("flood", 3.0, "valencia", 2.0, "rain", 1.0)));
    clusterer.add(f("a2", t0.plus(Duration.ofHours(5)), Map.of("flood", 2.0, "valencia", 3.0, "rescue", 1.0)));
    assertThat(clusterer.liveCount()).isEqualTo(1);
    assertThat(closed).isEmpty();

    Duration quiet = ClusteringConfig.defaults().closeAfter().plusDays(2);
    Assignment later = clusterer.add(f("b1", t0.plus(quiet), Map.of("flood", 3.0, "valencia", 2.0, "rain", 1.0)));
    assertThat(closed).singleElement().satisfies(s -> {
      assertThat(s.articleIds()).containsExactly("a1", "a2");
      assertThat(s.closed()).isTrue();
    });
    assertThat(later.newStory()).as("a closed story takes no more articles").isTrue();
    assertThat(clusterer.liveCount()).isEqualTo(1);
  }

  @Test
  void aReportArrivingLateFindsItsStoryLiveWhenTheStreamHasRunAhead() {
    Instant t0 = Instant.parse("2027-03-14T18:00:00Z");
    Map<String, Double> kidnap = Map.of("kidnapped", 3.0, "tsafe", 2.0, "highway", 2.0, "passengers", 1.0);
    Map<String, Double> flood = Map.of("flood", 3.0, "recife", 2.0, "landslide", 2.0, "rain", 1.0);
    List<Story> closed = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults(), closed::add);
    String kidnapStory = clusterer.add(f("kidnap", t0, kidnap)).storyId();
    // A report of the day before, read late: the clock stands still, the allowance grows to a day.
    assertThat(clusterer.add(f("kidnap-eve", t0.minus(Duration.ofDays(1)), kidnap)).storyId()).isEqualTo(kidnapStory);
    // Another event runs the clock ahead past the close time, but not past it plus the allowance...
    Duration quiet = ClusteringConfig.defaults().closeAfter();
    clusterer.add(f("flood", t0.plus(quiet).plus(Duration.ofHours(12)), flood));
    assertThat(closed).isEmpty();
    // ...so a report of the kidnapping read after it still joins its story.
    assertThat(clusterer.add(f("kidnap-late", t0.plus(Duration.ofDays(1)), kidnap)).storyId()).isEqualTo(kidnapStory);

    // In publication order the same quiet closes the story, as before.
    List<Story> inOrderClosed = new ArrayList<>();
    StoryClusterer inOrder = new StoryClusterer(ClusteringConfig.defaults(), inOrderClosed::add);
    inOrder.add(f("kidnap", t0, kidnap));
    inOrder.add(f("flood", t0.plus(quiet).plus(Duration.ofHours(12)), flood));
    assertThat(inOrderClosed).singleElement().extracting(Story::articleIds).isEqualTo(List.of("kidnap"));
  }

  @Test
  void aOneOffBackfillsAllowanceWearsOffOnceTheStreamMovesOn() {
    Instant t0 = Instant.parse("2027-03-01T08:00:00Z");
    ClusteringConfig config = ClusteringConfig.defaults();
    List<Story> closed = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(config, closed::add);
    clusterer.add(f("kidnap", t0, Map.of("kidnapped", 3.0, "tsafe", 2.0)));
    // One report from three weeks back, then the stream runs in order again.
    clusterer.add(f("backfill", t0.minus(Duration.ofDays(21)), Map.of("election", 3.0, "ballot", 2.0)));
    Duration pastWindow = config.maxLateness().plusDays(2);
    clusterer.add(f("flood", t0.plus(pastWindow), Map.of("flood", 3.0, "recife", 2.0)));
    clusterer.add(f("quake", t0.plus(pastWindow).plus(config.closeAfter()).plus(Duration.ofDays(1)), Map.of("quake", 3.0, "van", 2.0)));

    assertThat(closed).as("the flood story went quiet for longer than closeAfter once the backfill's delay was out of the window")
        .extracting(Story::articleIds).contains(List.of("flood"));
  }

  @Test
  void theAllowanceForLateReportsIsBounded() {
    Instant t0 = Instant.parse("2027-03-14T18:00:00Z");
    List<Story> closed = new ArrayList<>();
    ClusteringConfig config = ClusteringConfig.defaults().withMaxLateness(Duration.ofDays(2));
    StoryClusterer clusterer = new StoryClusterer(config, closed::add);
    clusterer.add(f("kidnap", t0, Map.of("kidnapped", 3.0, "tsafe", 2.0)));
    clusterer.add(f("archive", t0.minus(Duration.ofDays(400)), Map.of("election", 3.0, "ballot", 2.0)));
    clusterer.add(f("flood", t0.plus(config.closeAfter()).plus(Duration.ofDays(3)), Map.of("flood", 3.0, "recife", 2.0)));
    assertThat(closed).extracting(Story::articleIds).contains(List.of("kidnap"));
  }

  @Test
  void similarityDecaysWithTheTimeGap() {
    Instant t0 = Instant.parse("2025-01-01T00:00:00Z");
    Map<String, Double> first = Map.of("flood", 3.0, "valencia", 2.0, "rain", 1.0);
    Map<String, Double> next = Map.of("flood", 2.0, "valencia", 1.0, "dam", 2.0);
    StoryClusterer soon = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    soon.add(f("a1", t0, first));
    StoryClusterer late = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    late.add(f("a1", t0, first));
    double near = soon.add(f("a2", t0.plus(Duration.ofHours(1)), next)).similarity();
    double far = late.add(f("a2", t0.plus(Duration.ofDays(5)), next)).similarity();
    assertThat(near).isGreaterThan(0);
    assertThat(far).isLessThan(near);
  }

  /** The join-model features of the article {@code f} against the one live story. */
  private static double[] featuresAgainstTheStory(StoryClusterer clusterer, ArticleFeatures f) {
    List<double[]> seen = new ArrayList<>();
    clusterer.add(f, (id, candidates) -> {
      candidates.forEach(c -> seen.add(c.features()));
      return -1;
    });
    assertThat(seen).hasSize(1);
    return seen.getFirst();
  }

  @Test
  void copiesFiledWithTheirOriginalDoNotCountInTheStorysSize() {
    int size = JoinModel.FEATURES.indexOf("size");
    Instant t0 = Instant.parse("2027-03-03T11:40:00Z");
    Map<String, Double> bomb = Map.of("bomb", 3.0, "bazaar", 2.0, "peshawar", 2.0, "wounded", 1.0);
    Map<String, Double> tollRises = Map.of("bomb", 2.0, "bazaar", 1.0, "peshawar", 2.0, "funerals", 2.0);

    StoryClusterer alone = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    alone.add(f("wire", t0, bomb));
    StoryClusterer reprinted = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    reprinted.add(f("wire", t0, bomb));
    for (String outlet : List.of("credited", "uncredited", "live", "amp")) {
      ArticleFeatures copy = f(outlet, t0.plusSeconds(3600), bomb);
      assertThat(reprinted.attach(copy, new DuplicateLink(outlet, "wire", DuplicateLink.Kind.NEAR, 0.95, null))).isPresent();
    }
    // The original arriving after its copy: the copy stays one, filed under the original.
    StoryClusterer lateOriginal = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    lateOriginal.add(f("amp", t0.plusSeconds(3600), bomb));
    assertThat(lateOriginal.attach(f("wire", t0, bomb), new DuplicateLink("amp", "wire", DuplicateLink.Kind.NEAR, 0.95, null))).isPresent();

    assertThat(reprinted.story(reprinted.storyOf("wire").orElseThrow()).orElseThrow().articleIds()).hasSize(5);
    double[] followUpAlone = featuresAgainstTheStory(alone, f("toll", t0.plus(Duration.ofDays(1)), tollRises));
    double[] followUpReprinted = featuresAgainstTheStory(reprinted, f("toll", t0.plus(Duration.ofDays(1)), tollRises));
    double[] followUpLate = featuresAgainstTheStory(lateOriginal, f("toll", t0.plus(Duration.ofDays(1)), tollRises));
    assertThat(followUpReprinted[size]).as("one report and four copies weigh as one report").isEqualTo(followUpAlone[size]);
    assertThat(followUpLate[size]).isEqualTo(followUpAlone[size]);
  }

  @Test
  void reportsWhoseMainFiguresDifferAreToldApart() {
    Map<String, Double> quake = Map.of("earthquake", 3.0, "magnitude", 2.0, "coast", 1.0, "tremor", 1.0);
    int differ = JoinModel.FEATURES.indexOf("leadNumbersDiffer");
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    clusterer.add(new ArticleFeatures("first", "quake", "outlet", null, quake, Map.of(), Map.of(), Map.of("6.1", 4.0, "10", 1.0)));

    double[] sameQuake = featuresAgainstTheStory(clusterer,
        new ArticleFeatures("same", "quake", "outlet", null, quake, Map.of(), Map.of(), Map.of("6.1", 2.0, "35", 1.0)));
    double[] otherQuake = featuresAgainstTheStory(clusterer,
        new ArticleFeatures("other", "quake", "outlet", null, quake, Map.of(), Map.of(), Map.of("7.3", 3.0, "10", 1.0)));
    assertThat(sameQuake[differ]).isZero();
    assertThat(otherQuake[differ]).isEqualTo(1.0);
  }

  @Test
  void aMeasureWhoseMainValueDiffersOnBothSidesClashesAndOneSharedOrUnsharedMeasureDoesNot() {
    Map<String, Double> fire = Map.of("fire", 3.0, "factory", 2.0, "blaze", 1.0, "workers", 1.0);
    int clash = JoinModel.FEATURES.indexOf("measureClash");
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    clusterer.add(new ArticleFeatures("first", "fire", "outlet", null, fire, Map.of(), Map.of(),
        Map.of(ArticleFeatures.MEASURE + "kill=12", 2.0, ArticleFeatures.MEASURE + "injur=40", 1.0)));

    double[] sameToll = featuresAgainstTheStory(clusterer, new ArticleFeatures("same", "fire", "outlet", null, fire, Map.of(), Map.of(),
        Map.of(ArticleFeatures.MEASURE + "kill=12", 1.0, ArticleFeatures.MEASURE + "kill=14", 1.0)));
    double[] otherTolls = featuresAgainstTheStory(clusterer, new ArticleFeatures("other", "fire", "outlet", null, fire, Map.of(), Map.of(),
        Map.of(ArticleFeatures.MEASURE + "kill=3", 1.0, ArticleFeatures.MEASURE + "injur=40", 1.0)));
    double[] otherMeasure = featuresAgainstTheStory(clusterer, new ArticleFeatures("floor", "fire", "outlet", null, fire, Map.of(), Map.of(),
        Map.of(ArticleFeatures.MEASURE + "floor=5", 1.0)));
    double[] revisedToll = featuresAgainstTheStory(clusterer, new ArticleFeatures("revised", "fire", "outlet", null, fire, Map.of(), Map.of(),
        Map.of(ArticleFeatures.MEASURE + "kill=14", 2.0, ArticleFeatures.MEASURE + "kill=12", 1.0)));
    assertThat(sameToll[clash]).isZero();
    assertThat(revisedToll[clash]).as("the story's main toll, 12, is among the report's").isZero();
    assertThat(otherTolls[clash]).as("kill clashes, injur is shared").isEqualTo(0.5);
    assertThat(otherMeasure[clash]).isZero();
  }

  private static ArticleFeatures quake(String id, String person, String town, String region, String country) {
    Map<String, Double> terms = Map.of("earthquake", 3.0, "magnitude", 2.0, "coast", 1.0, "tremor", 1.0);
    return new ArticleFeatures(id, "quake", "outlet", null, terms, Map.of("rescue", 1.0), Map.of(ArticleFeatures.PERSON + person, 2.0,
        ArticleFeatures.PLACE + town, 2.0, ArticleFeatures.REGION + region, 1.0, ArticleFeatures.COUNTRY + country, 0.5));
  }

  @Test
  void reportsOfOtherPlacesAndPeopleAreToldApart() {
    List<String> clashes = List.of("placeClash", "regionClash", "countryClash", "peopleClash", "leadPersonDiffers", "leadPlaceDiffers");
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.annotated(), s -> { });
    clusterer.add(quake("first", "sutopo", "1642911", "ID/Aceh", "ID"));

    double[] same = featuresAgainstTheStory(clusterer, quake("same", "sutopo", "1642911", "ID/Aceh", "ID"));
    double[] elsewhere = featuresAgainstTheStory(clusterer, quake("elsewhere", "jones", "5391959", "US/California", "US"));
    double[] sameCountry = featuresAgainstTheStory(clusterer, quake("papua", "sutopo", "1633070", "ID/Papua", "ID"));
    for (String clash : clashes) {
      assertThat(same[JoinModel.FEATURES.indexOf(clash)]).as(clash).isZero();
      assertThat(elsewhere[JoinModel.FEATURES.indexOf(clash)]).as(clash).isEqualTo(1.0);
    }
    assertThat(sameCountry[JoinModel.FEATURES.indexOf("placeClash")]).isEqualTo(1.0);
    assertThat(sameCountry[JoinModel.FEATURES.indexOf("regionClash")]).isEqualTo(1.0);
    assertThat(sameCountry[JoinModel.FEATURES.indexOf("countryClash")]).isZero();
    assertThat(sameCountry[JoinModel.FEATURES.indexOf("peopleClash")]).isZero();
  }

  /** A short report from {@code town} quoting {@code speaker}, published at {@code time}. */
  private static ArticleFeatures townReport(String id, Instant time, String speaker, String town) {
    Map<String, Double> terms = Map.of("rebels", 2.0, "entered", 1.0, "city", 1.0, "troops", 1.0, "withdrew", 1.0);
    return new ArticleFeatures(id, "rebels enter", "outlet", time, terms, Map.of(speaker, 2.0),
        Map.of(ArticleFeatures.PERSON + speaker, 2.0, ArticleFeatures.PLACE + town, 3.0));
  }

  /** The gate value (similarity) and the topical similarity of {@code f} against the one live story. */
  private static double[] gateAndTopical(StoryClusterer clusterer, ArticleFeatures f) {
    List<double[]> seen = new ArrayList<>();
    clusterer.add(f, (id, candidates) -> {
      candidates.forEach(c -> seen.add(new double[] {c.similarity(), c.features()[0]}));
      return -1;
    });
    assertThat(seen).hasSize(1);
    return seen.getFirst();
  }

  @Test
  void aReportFromTheStorysTownOnTheSameDaysIsNotHeldBackForQuotingOtherPeople() {
    Instant t0 = Instant.parse("2025-12-10T18:00:00Z");
    StoryClusterer nextDay = new StoryClusterer(ClusteringConfig.annotated(), s -> { });
    nextDay.add(townReport("first", t0, "kanyuka", "217562"));
    double[] sameTown = gateAndTopical(nextDay, townReport("next-day", t0.plus(Duration.ofDays(1)), "mwenge", "217562"));
    assertThat(sameTown[0]).isEqualTo(sameTown[1]);

    StoryClusterer elsewhere = new StoryClusterer(ClusteringConfig.annotated(), s -> { });
    elsewhere.add(townReport("first", t0, "kanyuka", "217562"));
    double[] otherTown = gateAndTopical(elsewhere, townReport("other-town", t0.plus(Duration.ofDays(1)), "mwenge", "212730"));
    assertThat(otherTown[0]).isLessThan(otherTown[1]);

    StoryClusterer daysLater = new StoryClusterer(ClusteringConfig.annotated(), s -> { });
    daysLater.add(townReport("first", t0, "kanyuka", "217562"));
    Duration pastTheDecay = ClusteringConfig.annotated().decay().plusDays(2);
    double[] later = gateAndTopical(daysLater, townReport("later", t0.plus(pastTheDecay), "mwenge", "217562"));
    assertThat(later[0]).isLessThan(later[1]);
  }

  /** A clusterer holding one story, mostly of the town 217562, naming 212730 too. */
  private static StoryClusterer storyOfTwoTowns(Instant time) {
    Map<String, Double> terms = Map.of("rebels", 2.0, "entered", 1.0, "city", 1.0, "troops", 1.0, "withdrew", 1.0);
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.annotated(), s -> { });
    clusterer.add(new ArticleFeatures("first", "rebels enter", "outlet", time, terms, Map.of("kanyuka", 2.0),
        Map.of(ArticleFeatures.PERSON + "kanyuka", 2.0, ArticleFeatures.PLACE + "217562", 3.0, ArticleFeatures.PLACE + "212730", 1.0)));
    return clusterer;
  }

  @Test
  void aReportWhoseMainTownIsOneOfTheStorysOtherTownsIsNotHeldBackEither() {
    Instant t0 = Instant.parse("2025-12-10T18:00:00Z");
    double[] nearbyTown = gateAndTopical(storyOfTwoTowns(t0), townReport("nearby", t0.plus(Duration.ofDays(1)), "mwenge", "212730"));
    double[] unknownTown = gateAndTopical(storyOfTwoTowns(t0), townReport("unknown", t0.plus(Duration.ofDays(1)), "mwenge", "2314302"));
    assertThat(nearbyTown[0]).as("its main town is the story's second").isEqualTo(nearbyTown[1]);
    assertThat(unknownTown[0]).isLessThan(unknownTown[1]);
  }

  /** A report of a fight stating the years {@code years}, published at {@code time} (null: undated). */
  private static ArticleFeatures yearsReport(String id, Instant time, String... years) {
    Map<String, Double> terms = Map.of("fighting", 2.0, "pass", 2.0, "insurgents", 1.0, "village", 1.0);
    Map<String, Double> numbers = new java.util.HashMap<>();
    for (String y : years) numbers.put(y, 1.0);
    return new ArticleFeatures(id, "fighting", "outlet", time, terms, Map.of(), Map.of(), numbers);
  }

  @Test
  void yearsRecalledByReportsPublishedInOneYearDoNotClashButUndatedReportsStillDo() {
    int yearClash = JoinModel.FEATURES.indexOf("yearClash");
    Instant t0 = Instant.parse("2026-03-09T08:00:00Z");
    StoryClusterer dated = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    dated.add(yearsReport("first", t0, "2008"));
    double[] factCheck = featuresAgainstTheStory(dated, yearsReport("video", t0.plus(Duration.ofDays(2)), "2021"));
    assertThat(factCheck[yearClash]).as("the 2008 war and a 2021 video, both recalled in March 2026").isZero();

    StoryClusterer undated = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    undated.add(yearsReport("first", null, "2008"));
    assertThat(featuresAgainstTheStory(undated, yearsReport("other", null, "2021"))[yearClash]).isEqualTo(1.0);

    StoryClusterer yearsApart = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    Instant newYearsEve = Instant.parse("2025-12-31T20:00:00Z");
    yearsApart.add(yearsReport("first", newYearsEve, "2008"));
    assertThat(featuresAgainstTheStory(yearsApart, yearsReport("next-year", newYearsEve.plus(Duration.ofDays(2)), "2021"))[yearClash])
        .as("published in two years").isEqualTo(1.0);
  }

  @Test
  void withoutPlacesOrPeopleTheClashInputsStaySilent() {
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    Map<String, Double> terms = Map.of("earthquake", 3.0, "magnitude", 2.0, "coast", 1.0);
    clusterer.add(new ArticleFeatures("first", "quake", "outlet", null, terms, Map.of("sutopo", 1.0), Map.of()));
    double[] x = featuresAgainstTheStory(clusterer, quake("annotated", "jones", "5391959", "US/California", "US"));
    for (String clash : List.of("placeClash", "regionClash", "countryClash", "peopleClash", "leadPersonDiffers", "leadPlaceDiffers")) {
      assertThat(x[JoinModel.FEATURES.indexOf(clash)]).as(clash).isZero();
    }
  }

  @Test
  void twoStoriesMergeWhenTheyTurnOutToBeOneEvent() {
    Map<String, Double> bridge = Map.of("alpha", 3.0, "beta", 3.0, "gamma", 3.0, "delta", 3.0, "epsilon", 3.0, "zeta", 3.0);
    List<Story> closed = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults().withMergeThreshold(0.3), closed::add);
    String first = clusterer.add(f("x1", null, Map.of("alpha", 3.0, "beta", 3.0, "gamma", 3.0))).storyId();
    String second = clusterer.add(f("y1", null, Map.of("delta", 3.0, "epsilon", 3.0, "zeta", 3.0))).storyId();
    assertThat(second).isNotEqualTo(first);

    Assignment a = clusterer.add(f("xy", null, bridge));
    assertThat(a.storyId()).isEqualTo(first);
    assertThat(a.mergedStoryIds()).containsExactly(second);
    assertThat(clusterer.liveStories()).singleElement().satisfies(s -> {
      assertThat(s.articleIds()).containsExactly("x1", "y1", "xy");
      assertThat(s.mergedStoryIds()).containsExactly(second);
    });
  }

  @Test
  void withoutConvergenceTheStoriesStayApart() {
    Map<String, Double> bridge = Map.of("alpha", 3.0, "beta", 3.0, "gamma", 3.0, "delta", 1.0);
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults(), s -> { });
    clusterer.add(f("x1", null, Map.of("alpha", 3.0, "beta", 3.0, "gamma", 3.0)));
    clusterer.add(f("y1", null, Map.of("delta", 3.0, "epsilon", 3.0, "zeta", 3.0)));
    assertThat(clusterer.add(f("xy", null, bridge)).mergedStoryIds()).isEmpty();
    assertThat(clusterer.liveCount()).isEqualTo(2);
  }

  @Test
  void beyondTheLiveLimitTheLeastRecentlyUpdatedStoryCloses() {
    List<Story> closed = new ArrayList<>();
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.defaults().withMaxLiveStories(2), closed::add);
    clusterer.add(f("a", null, Map.of("alpha", 1.0)));
    clusterer.add(f("b", null, Map.of("beta", 1.0)));
    clusterer.add(f("a2", null, Map.of("alpha", 1.0)));
    clusterer.add(f("c", null, Map.of("gamma", 1.0)));
    assertThat(closed).singleElement().extracting(Story::articleIds).isEqualTo(List.of("b"));
    assertThat(clusterer.liveCount()).isEqualTo(2);
  }

  private static final OffsetDateTime MAR_1 = OffsetDateTime.of(2026, 3, 1, 14, 0, 0, 0, ZoneOffset.UTC);

  private static Article landslide(String name, OffsetDateTime published) {
    return Fixtures.fixture("landslide-petropolis-" + name + ".txt", "outlet " + name, published);
  }

  @Test
  void aReportInAnotherLanguageJoinsTheStoryOfItsEventWithoutTakingItsWords() {
    Article wire = landslide("wire", MAR_1);
    Article portuguese = landslide("pt", MAR_1.plusHours(3));
    Article followUp = landslide("followup", MAR_1.plusDays(1));
    assertThat(features.extract(portuguese).language()).isEqualTo("pt");
    assertThat(features.extract(wire).language()).isEqualTo("en");

    List<Story> withIt = cluster(ClusteringConfig.annotated(), List.of(wire, portuguese, followUp));
    List<Story> without = cluster(ClusteringConfig.annotated(), List.of(wire, followUp));

    assertThat(withIt).hasSize(1);
    assertThat(withIt.getFirst().articleIds()).containsExactly(wire.id(), portuguese.id(), followUp.id());
    assertThat(withIt.getFirst().reportCount()).isEqualTo(3);
    assertThat(without).hasSize(1);
    // Its words stay out of the centroid (document frequencies count it, so the ranking may move).
    assertThat(withIt.getFirst().topTerms()).contains("landslide", "rescuer").doesNotContain("deslizamento", "soterrou", "bairro");
  }

  @Test
  void aReportInAnotherLanguageAboutAnotherEventOfTheCountryStaysApart() {
    Article wire = landslide("wire", MAR_1);
    Article strike = Fixtures.fixture("strike-sao-paulo-fr.txt", "Le Journal", MAR_1.plusHours(2));
    assertThat(features.extract(strike).language()).isEqualTo("fr");

    assertThat(cluster(ClusteringConfig.annotated(), List.of(wire, strike))).hasSize(2);
  }

  @Test
  void aStoryOpenedByAReportInAnotherLanguageIsGatheredIntoTheStoryOfItsEvent() {
    Article portuguese = landslide("pt", MAR_1);
    Article wire = landslide("wire", MAR_1.plusHours(3));
    StoryClusterer clusterer = new StoryClusterer(ClusteringConfig.annotated(), s -> { });
    Assignment first = clusterer.add(features.extract(portuguese));
    Assignment second = clusterer.add(features.extract(wire));

    assertThat(second.storyId()).isEqualTo(Story.idFor(wire.id()));
    assertThat(second.mergedStoryIds()).containsExactly(first.storyId());
    assertThat(clusterer.liveCount()).isEqualTo(1);
    Story story = clusterer.story(second.storyId()).orElseThrow();
    assertThat(story.articleIds()).containsExactly(portuguese.id(), wire.id());
    assertThat(story.topTerms()).doesNotContain("deslizamento");
  }

  @Test
  void aStoryInAnotherLanguageIsNotJoinedByAReportInTheMainLanguage() {
    // A report in Portuguese opens a story; an English report of another event in the same city,
    // arriving next, must neither be filed in it nor take it in (one shared town is a place, not an event).
    Article portuguese = landslide("pt", MAR_1);
    Article festival = Fixtures.fixture("festival-petropolis-en.txt", "City Weekly", MAR_1.plusHours(1));
    assertThat(features.extract(festival).language()).isEqualTo("en");
    List<Story> stories = cluster(ClusteringConfig.annotated(), List.of(portuguese, festival));
    assertThat(stories).hasSize(2);
  }
}
