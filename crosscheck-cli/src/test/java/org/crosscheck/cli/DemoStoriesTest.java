package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.json.Json;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import org.crosscheck.stories.DuplicateLink;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.StoryStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories over the demo corpus, whose README says which report belongs to which event. The code
 * under test knows nothing of it: these are the facts a correct run must show.
 */
class DemoStoriesTest {
  /** Headlines of reports of the other three events (Pokrovsk, Odesa, the storm). */
  private static final Pattern OTHER_EVENTS = Pattern.compile("(?i)pokrovsk|myrnohrad|krasnoarmeysk|odesa|storm|gyda|norw");

  @TempDir static Path tmp;
  static Path corpus;
  static Path data;
  static Map<String, Article> articles = new HashMap<>();
  static List<Story> stories;

  @BeforeAll
  static void ingestTheDemoCorpus() throws IOException {
    corpus = tmp.resolve("corpus");
    DemoCommand.copyCorpus(corpus);
    data = tmp.resolve("data");
    stories = ingest(data, List.of(List.of(corpus.toString())));
    try (Store store = Wiring.openStoreReadOnly(data)) {
      for (SearchResults.Hit h : store.search(new SearchQuery(null, null, null, List.of(), null, 1000, 0)).hits()) {
        articles.put(h.article().id(), h.article());
      }
    }
  }

  /** Ingests each list of inputs in a run of its own (store and stories closed in between). */
  static List<Story> ingest(Path data, List<List<String>> runs) throws IOException {
    for (List<String> run : runs) {
      try (EmbeddedPipeline pipeline = EmbeddedPipeline.open(data)) {
        pipeline.ingester(IngestOptions.DEFAULTS, IngestProgress.Listener.NONE).ingest(run);
      }
    }
    try (StoryStore stories = Wiring.openStoriesReadOnly(data)) {
      return stories.search(new StorySearch(null, null, null, List.of(), null, null, StorySearch.Order.NEWEST, 1000, 0))
          .stories().stream().sorted(Comparator.comparing(Story::id)).toList();
    }
  }

  private static Article byOrigin(String fragment) {
    return articles.values().stream().filter(a -> a.origin() != null && a.origin().contains(fragment)).findFirst().orElseThrow();
  }

  private static Article byUrl(String fragment) {
    return articles.values().stream().filter(a -> a.url() != null && a.url().contains(fragment)).findFirst().orElseThrow();
  }

  private static Story storyOf(String articleId) {
    return stories.stream().filter(s -> s.articleIds().contains(articleId)).findFirst().orElseThrow();
  }

  @Test
  void theTwoSeedsEndInOneStoryThatNoOtherEventJoins() {
    Story kupiansk = storyOf(byOrigin("000_ee8a5f18b5e8236e").id());
    assertThat(kupiansk.articleIds()).contains(byOrigin("003_f6196b3834659f35").id());
    for (String id : kupiansk.articleIds()) assertThat(articles.get(id).title()).doesNotContainPattern(OTHER_EVENTS);
    assertThat(kupiansk.reportCount()).isGreaterThanOrEqualTo(5);
    assertThat(kupiansk.topEntities()).anyMatch(n -> n.startsWith("kupiansk") || n.startsWith("kupyansk"));
    // Every article is in exactly one story.
    assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(articles.size());
  }

  @Test
  void reprintsOfTheWireStoryAreLinkedToItAndCountOnce() throws IOException {
    Article npa = byUrl("npa-wire.example/world/2025/12/24/");
    Story story = storyOf(npa.id());
    List<Story.Member> copies = story.articles().stream().filter(m -> npa.id().equals(m.copyOf())).toList();
    assertThat(copies).hasSize(2).allSatisfy(m -> assertThat(m.copyKind()).isEqualTo(DuplicateLink.Kind.WIRE));
    assertThat(copies).extracting(m -> articles.get(m.articleId()).source()).containsExactlyInAnyOrder("Midland Courier", "Baltic Morning Post");
    assertThat(story.reportCount()).isEqualTo(story.articles().size() - story.articles().stream().filter(m -> m.copyOf() != null).count());
    try (StoryStore store = Wiring.openStoriesReadOnly(data)) {
      assertThat(store.links(npa.id())).hasSize(2).allSatisfy(l -> assertThat(l.originalId()).isEqualTo(npa.id()));
    }
  }

  @Test
  void aLaterVersionSupersedesTheEarlierAndTheStoryListsTheReportOnce() {
    Article continental = articles.values().stream().filter(a -> a.title().startsWith("Kupiansk: how a town")).findFirst().orElseThrow();
    assertThat(continental.revisions()).hasSize(1);
    assertThat(String.join("\n", continental.paragraphs())).contains("20:15");
    long listed = stories.stream().flatMap(s -> s.articleIds().stream()).filter(continental.id()::equals).count();
    assertThat(listed).isOne();
  }

  @Test
  void ingestingInTwoRunsGivesTheStoriesOfOneRun() throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
    }
    int half = files.size() / 2;
    List<Story> twoRuns = ingest(tmp.resolve("two-runs"), List.of(files.subList(0, half), files.subList(half, files.size())));
    List<Story> oneRun = ingest(tmp.resolve("one-run"), List.of(files));
    assertThat(membership(twoRuns)).isNotEmpty().isEqualTo(membership(oneRun));
    // The same input in the same order gives the same stories, to the last derived field.
    assertThat(ingest(tmp.resolve("again"), List.of(files))).isEqualTo(oneRun);
  }

  /**
   * What a story is, without the label and top terms a live story recomputes (from the document
   * frequencies of the moment) only when it changes: a story left untouched by run B keeps the
   * terms it was written with at the end of run A.
   */
  record Membership(String id, List<Story.Member> articles, java.time.Instant start, java.time.Instant end,
      List<String> outlets, List<String> merged, boolean closed) {}

  private static List<Membership> membership(List<Story> stories) {
    return stories.stream().map(s -> new Membership(s.id(), s.articles(), s.start(), s.end(), s.outlets(), s.mergedStoryIds(),
        s.closed())).toList();
  }

  @Test
  void storiesAndStoryCommandsListAndShowThem() throws IOException {
    Article npa = byUrl("npa-wire.example/world/2025/12/24/");
    CliRun list = CliRun.of("stories", "--entity", "Kupiansk", "--json", "--data", data.toString());
    assertThat(list.exitCode()).as(list.err()).isZero();
    JsonNode found = Json.mapper().readTree(list.out());
    assertThat(found.get("total").asInt()).isPositive();
    String storyId = storyOf(npa.id()).id();
    assertThat(found.get("stories").findValuesAsText("id")).contains(storyId);

    CliRun show = CliRun.of("story", npa.id(), "--data", data.toString());
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(show.out()).contains(storyId).contains("wire copy of " + npa.id());
    // Ingested without analysis: the names are spelled as the reports write them, not as folded keys.
    assertThat(show.out()).containsPattern("(?m)^names: +\\p{Lu}").doesNotContainPattern("(?m)^names:.*, \\p{Ll}");

    CliRun none = CliRun.of("stories", "--entity", "no such name anywhere", "--data", data.toString());
    assertThat(none.out()).startsWith("0 stories");
  }
}
