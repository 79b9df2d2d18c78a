package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.crosscheck.analysis.StoryFilter;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.StoryStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories over the demo corpus ingested with analysis, the real annotator loaded once: the story
 * stage then clusters on the people and places the analysis found as well as on the text, and
 * the events the corpus README names must still come out as they do from the text alone.
 */
class DemoAnnotatedStoriesTest {
  /** Headlines of reports of the other three events (Pokrovsk, Odesa, the storm). */
  private static final Pattern OTHER_EVENTS = Pattern.compile("(?i)pokrovsk|myrnohrad|krasnoarmeysk|odesa|storm|gyda|norw");

  @TempDir static Path tmp;
  static Map<String, Article> articles = new HashMap<>();
  static List<Story> stories;

  @BeforeAll
  static void ingestTheDemoCorpusWithAnalysis() throws IOException {
    Path corpus = tmp.resolve("corpus");
    DemoCommand.copyCorpus(corpus);
    Path data = tmp.resolve("data");
    try (EmbeddedPipeline pipeline = EmbeddedPipeline.open(data, Wiring.analyzer(data))) {
      pipeline.ingester(IngestOptions.DEFAULTS, IngestProgress.Listener.NONE).ingest(List.of(corpus.toString()));
      // The one page in Ukrainian is stored, not analysed: the models read English.
      assertThat(pipeline.analysis().orElseThrow().failures()).isEmpty();
      assertThat(pipeline.analysis().orElseThrow().declines()).singleElement()
          .satisfies(f -> assertThat(f.reason()).startsWith("written in Ukrainian"));
    }
    try (Store store = Wiring.openStoreReadOnly(data)) {
      for (SearchResults.Hit h : store.search(new SearchQuery(null, null, null, List.of(), null, 1000, 0)).hits()) {
        articles.put(h.article().id(), h.article());
      }
    }
    try (StoryStore store = Wiring.openStoriesReadOnly(data)) {
      stories = store.search(new StorySearch(null, null, null, List.of(), null, null, StorySearch.Order.NEWEST, 1000, 0))
          .stories().stream().sorted(Comparator.comparing(Story::id)).toList();
    }
  }

  private static Article byOrigin(String fragment) {
    return articles.values().stream().filter(a -> a.origin() != null && a.origin().contains(fragment)).findFirst().orElseThrow();
  }

  @Test
  void theTwoSeedsEndInOneStoryThatNoOtherEventJoins() {
    String seed = byOrigin("000_ee8a5f18b5e8236e").id();
    Story kupiansk = stories.stream().filter(s -> s.articleIds().contains(seed)).findFirst().orElseThrow();
    assertThat(kupiansk.articleIds()).contains(byOrigin("003_f6196b3834659f35").id());
    for (String id : kupiansk.articleIds()) assertThat(articles.get(id).title()).doesNotContainPattern(OTHER_EVENTS);
    assertThat(kupiansk.reportCount()).isGreaterThanOrEqualTo(5);
    assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(articles.size());
  }

  @Test
  void theStoryStageSeesThePlacesAndPeopleTheAnalysisFound() {
    String seed = byOrigin("000_ee8a5f18b5e8236e").id();
    Story kupiansk = stories.stream().filter(s -> s.articleIds().contains(seed)).findFirst().orElseThrow();
    assertThat(kupiansk.topPlaces()).anyMatch(p -> p.startsWith("place:")).contains("country:UA")
        .noneMatch(p -> p.startsWith("person:"));
  }

  @Test
  void storiesAreFoundByAPersonAsTheAnalysesNameHim() throws IOException {
    String seed = byOrigin("000_ee8a5f18b5e8236e").id();
    StorySearch all = new StorySearch(null, null, null, List.of(), null, null, StorySearch.Order.NEWEST, 100, 0);
    List<Story> found;
    try (Wiring.ReadAnalyses analyses = Wiring.openAnalysesReadOnly(tmp.resolve("data"))) {
      found = analyses.stories().search(StoryFilter.narrow(all, "Valery Gerasimov", null, analyses.store())).stories();
    }
    assertThat(found).anySatisfy(s -> assertThat(s.articleIds()).contains(seed));
    assertThat(found).allSatisfy(s -> assertThat(s.articleIds()).anySatisfy(id -> assertThat(articles.get(id).text()).contains("Gerasimov")));
  }
}
