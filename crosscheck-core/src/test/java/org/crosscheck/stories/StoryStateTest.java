package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.junit.jupiter.api.Test;

/** Saving and restoring the online state: a stream cut anywhere continues as one run would. */
class StoryStateTest {
  private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

  /**
   * Seeded stream of 30 stories of 2-12 articles each, interleaved in time, so stories open, join,
   * close after going quiet and, with a small vocabulary limit, the vocabulary gets pruned.
   */
  private static List<ArticleFeatures> stream(long seed) {
    Random r = new Random(seed);
    List<ArticleFeatures> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int story = Math.min(29, i / 7 + r.nextInt(3));
      Map<String, Double> terms = new HashMap<>();
      for (int k = 0; k < 8; k++) if (r.nextDouble() < 0.7) terms.merge("story" + story + "word" + k, 1.0, Double::sum);
      for (int k = 0; k < 10; k++) terms.merge("common" + r.nextInt(40), 1.0, Double::sum);
      terms.merge("hapax" + i, 1.0, Double::sum);
      Map<String, Double> names = Map.of("name" + story, 2.0, "person" + (story % 7), 1.0);
      out.add(new ArticleFeatures("a" + i, "headline " + i + " of story " + story, "outlet" + (i % 5),
          T0.plus(Duration.ofHours(6L * i)), terms, names, Map.of(),
          Map.of(ArticleFeatures.MEASURE + "killed=" + story % 5, 1.0, ArticleFeatures.MEASURE + "people=" + i, 1.0)));
    }
    return out;
  }

  /**
   * The seeded stream with every fifth article in French: its words its own, its names and figures
   * those of its story; the rest in English. Reports join across languages and stories in French
   * are gathered into English ones, which the state must carry.
   */
  private static List<ArticleFeatures> inTwoLanguages(long seed) {
    List<ArticleFeatures> out = new ArrayList<>();
    for (ArticleFeatures f : stream(seed)) {
      boolean french = f.articleId().hashCode() % 5 == 0;
      Map<String, Double> terms = new HashMap<>();
      f.terms().forEach((k, v) -> terms.put(french ? "fr-" + k : k, v));
      out.add(new ArticleFeatures(f.articleId(), f.title(), f.outlet(), f.time(), terms, f.entities(), f.places(), f.numbers(),
          french ? "fr" : "en"));
    }
    return out;
  }

  @Test
  void aStreamInTwoLanguagesCutAnywhereAndRestoredGivesTheStoriesOfOneRun() throws IOException {
    List<ArticleFeatures> stream = inTwoLanguages(5);
    List<Story> whole = oneRun(stream);
    assertThat(whole).anySatisfy(s -> assertThat(s.articleIds()).anyMatch(id -> id.hashCode() % 5 == 0).hasSizeGreaterThan(2));
    for (int cut : new int[] {1, 37, 100, 199}) assertThat(cutAt(stream, cut)).as("cut at %d", cut).isEqualTo(whole);
  }

  private static ClusteringConfig config() {
    return ClusteringConfig.defaults().withPruning(60, 2);
  }

  private static List<Story> oneRun(List<ArticleFeatures> stream) {
    List<Story> stories = new ArrayList<>();
    StoryClusterer c = new StoryClusterer(config(), stories::add);
    for (ArticleFeatures f : stream) c.add(f);
    c.closeAll();
    return stories;
  }

  private static List<Story> cutAt(List<ArticleFeatures> stream, int cut) throws IOException {
    List<Story> stories = new ArrayList<>();
    StoryClusterer first = new StoryClusterer(config(), stories::add);
    for (ArticleFeatures f : stream.subList(0, cut)) first.add(f);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    first.save(new DataOutputStream(bytes));
    StoryClusterer second = StoryClusterer.restore(config(), stories::add, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    for (ArticleFeatures f : stream.subList(cut, stream.size())) second.add(f);
    second.closeAll();
    return stories;
  }

  /** The seeded stream with its articles shuffled in runs of 40, as a folder of dumps arrives: out of publication order. */
  private static List<ArticleFeatures> outOfOrder(long seed) {
    List<ArticleFeatures> out = new ArrayList<>();
    List<ArticleFeatures> in = stream(seed);
    Random r = new Random(seed);
    for (int from = 0; from < in.size(); from += 40) {
      List<ArticleFeatures> run = new ArrayList<>(in.subList(from, Math.min(in.size(), from + 40)));
      java.util.Collections.shuffle(run, r);
      out.addAll(run);
    }
    return out;
  }

  @Test
  void aStreamOutOfPublicationOrderCutAnywhereAndRestoredGivesTheStoriesOfOneRun() throws IOException {
    List<ArticleFeatures> stream = outOfOrder(11);
    List<Story> whole = oneRun(stream);
    for (int cut : new int[] {1, 37, 100, 199}) assertThat(cutAt(stream, cut)).as("cut at %d", cut).isEqualTo(whole);
  }

  @Test
  void aStreamCutAnywhereAndRestoredGivesTheStoriesOfOneRun() throws IOException {
    List<ArticleFeatures> stream = stream(11);
    List<Story> whole = oneRun(stream);
    assertThat(whole).hasSizeGreaterThan(10);
    assertThat(whole).anySatisfy(s -> assertThat(s.articles()).hasSizeGreaterThan(3));
    for (int cut : new int[] {1, 37, 100, 199}) assertThat(cutAt(stream, cut)).as("cut at %d", cut).isEqualTo(whole);
  }

  @Test
  void pruningBoundsTheVocabularyWithoutChangingWhatIsClustered() {
    List<ArticleFeatures> stream = stream(5);
    StoryClusterer pruned = new StoryClusterer(config(), s -> { });
    StoryClusterer unpruned = new StoryClusterer(ClusteringConfig.defaults().withPruning(Integer.MAX_VALUE, 2), s -> { });
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (ArticleFeatures f : stream) {
      a.add(pruned.add(f).storyId());
      b.add(unpruned.add(f).storyId());
    }
    // Every article brings a word of its own: unpruned, the vocabulary grows with the stream.
    assertThat(unpruned.vocabularySizes()[0]).isGreaterThan(stream.size());
    // Pruned, it keeps the words of live stories and those seen twice or more.
    assertThat(pruned.vocabularySizes()[0]).isLessThan(unpruned.vocabularySizes()[0] * 3 / 4);
    // Only words seen once went, and no live story held them: the same stories form.
    assertThat(a).isEqualTo(b);
  }

  @Test
  void aCopyJoinsItsOriginalsStoryMarkedAndALateOriginalDisplacesIt() {
    List<Story> closed = new ArrayList<>();
    StoryClusterer c = new StoryClusterer(ClusteringConfig.defaults(), closed::add);
    ArticleFeatures original = stream(3).get(0);
    Assignment first = c.add(original);
    ArticleFeatures copy = new ArticleFeatures("copy", "reprint", "Reprinter", T0.plusSeconds(60), Map.of("other", 1.0), Map.of(), Map.of());
    Assignment filed = c.attach(copy, new DuplicateLink("copy", original.articleId(), DuplicateLink.Kind.WIRE, 0.9, "npa"))
        .orElseThrow();
    assertThat(filed.storyId()).isEqualTo(first.storyId());
    ArticleFeatures earlier = new ArticleFeatures("earlier", "first run", "Wire", T0.minusSeconds(60), Map.of(), Map.of(), Map.of());
    c.attach(earlier, new DuplicateLink(original.articleId(), "earlier", DuplicateLink.Kind.NEAR, 0.8, null)).orElseThrow();

    Story s = c.story(first.storyId()).orElseThrow();
    assertThat(s.articleIds()).containsExactly(original.articleId(), "copy", "earlier");
    assertThat(s.articles().get(0).copyOf()).isEqualTo("earlier");
    assertThat(s.articles().get(1).copyKind()).isEqualTo(DuplicateLink.Kind.WIRE);
    assertThat(s.articles().get(2).copyOf()).isNull();
    assertThat(s.reportCount()).isEqualTo(1);
    assertThat(s.start()).isEqualTo(T0.minusSeconds(60));
    assertThat(s.outlets()).contains("Reprinter", "Wire");

    ArticleFeatures stray = new ArticleFeatures("stray", "x", null, T0, Map.of(), Map.of(), Map.of());
    assertThat(c.attach(stray, new DuplicateLink("stray", "unknown", DuplicateLink.Kind.EXACT, 1, null))).isEmpty();
  }

  @Test
  void aDuplicateDetectorRestoredFromItsStateLinksAsTheOriginalWould() throws IOException {
    OffsetDateTime t = OffsetDateTime.of(2025, 12, 24, 9, 0, 0, 0, ZoneOffset.UTC);
    Article original = Fixtures.fixture("reuters-wire-original.txt", "Nordic Business Daily", t);
    Article reprint = Fixtures.fixture("reuters-wire-reprint.txt", "Harbour Gazette", t.plusHours(3));
    Article seed = Fixtures.seedMarkdown();
    Article mirror = new ArticleBuilder(InputFormat.TEXT, "mirror").url("https://mirror.example/k").source("Mirror")
        .title(seed.title()).published(seed.published(), "test").paragraphs(seed.paragraphs()).build();

    DuplicateDetector whole = DuplicateDetector.withDefaults();
    List<DuplicateResult> expected = List.of(whole.add(original), whole.add(seed), whole.add(reprint), whole.add(mirror));

    DuplicateDetector first = DuplicateDetector.withDefaults();
    first.add(original);
    first.add(seed);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    first.save(new DataOutputStream(bytes));
    DuplicateDetector second = DuplicateDetector.withDefaults();
    second.restore(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(List.of(second.add(reprint), second.add(mirror))).isEqualTo(expected.subList(2, 4));
    assertThat(expected.get(2).isCopy()).isTrue();
    assertThat(second.representative(mirror.id())).isEqualTo(seed.id());
  }

  @Test
  void aStateSavedBeforeMeasuresWereKeptIsReadWithNone() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0x43435343);
    out.writeInt(2);
    for (int vocabulary = 0; vocabulary < 5; vocabulary++) {
      out.writeInt(0);
      out.writeInt(0);
    }
    for (int vocabulary = 0; vocabulary < 5; vocabulary++) out.writeInt(60);
    out.writeInt(0);
    out.writeInt(0);
    out.writeBoolean(false);
    out.writeInt(0);
    List<Story> stories = new ArrayList<>();
    StoryClusterer restored = StoryClusterer.restore(config(), stories::add, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    List<ArticleFeatures> stream = stream(3);
    for (ArticleFeatures f : stream) restored.add(f);
    restored.closeAll();
    assertThat(stories).isEqualTo(oneRun(stream));
  }

  @Test
  void aDamagedStateIsRefusedWithAReason() {
    byte[] junk = "not a state file at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StoryClusterer.restore(ClusteringConfig.defaults(), s -> { },
        new DataInputStream(new ByteArrayInputStream(junk)))).isInstanceOf(IOException.class).hasMessageContaining("state");
  }
}
