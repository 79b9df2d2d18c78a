package org.crosscheck.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crosscheck.stories.DuplicateLink;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.StorySearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoryStoreTest {
  @TempDir Path data;

  private static final Instant DEC_20 = Instant.parse("2025-12-20T10:00:00Z");

  private static Story story(String id, String label, Instant start, Instant end, List<String> outlets, List<String> names,
      List<Story.Member> members) {
    return new Story(id, label, start, end, outlets, List.of("bridge", "river"), names, List.of(), members, List.of(), false);
  }

  private static Story.Member member(String id, String title, String outlet, Instant t) {
    return new Story.Member(id, title, outlet, t, null, null);
  }

  private static StorySearch query(String text, Instant from, Instant to, List<String> outlets, String entity, String place,
      StorySearch.Order order) {
    return new StorySearch(text, from, to, outlets, entity, place, order, 10, 0);
  }

  @Test
  void storiesAreFoundByTextTimeOutletAndNameAndRankedNewestOrBusiest() throws IOException {
    Story bridge = story("s1", "Bridge over the Oskil destroyed", DEC_20, DEC_20.plusSeconds(86_400), List.of("Alpha", "Beta"),
        List.of("oskil river", "kupiansk"), List.of(member("a1", "Bridge destroyed", "Alpha", DEC_20),
            member("a2", "Oskil bridge hit", "Beta", DEC_20.plusSeconds(86_400)),
            new Story.Member("a3", "Bridge destroyed", "Gamma", DEC_20, "a1", DuplicateLink.Kind.WIRE)));
    Story storm = story("s2", "Storm floods the valley", DEC_20.plusSeconds(5 * 86_400), DEC_20.plusSeconds(6 * 86_400),
        List.of("Gamma"), List.of("voss"), List.of(member("b1", "Valley flooded", "Gamma", DEC_20.plusSeconds(5 * 86_400)),
            member("b2", "Floods recede", "Gamma", DEC_20.plusSeconds(6 * 86_400)), member("b3", "Storm toll", "Gamma", DEC_20)));
    try (LuceneStoryStore store = LuceneStoryStore.open(data)) {
      store.put(bridge);
      store.put(storm);
      store.commit();
      assertThat(store.count()).isEqualTo(2);
      assertThat(store.search(query("oskil", null, null, List.of(), null, null, null)).stories()).extracting(Story::id).containsExactly("s1");
      assertThat(store.search(query(null, null, null, List.of("beta"), null, null, null)).stories()).extracting(Story::id).containsExactly("s1");
      assertThat(store.search(query(null, null, null, List.of(), "Kupiansk", null, null)).stories()).extracting(Story::id).containsExactly("s1");
      assertThat(store.search(query(null, null, null, List.of(), null, "voss", null)).stories()).extracting(Story::id).containsExactly("s2");
      // From/to select stories whose span overlaps the window.
      assertThat(store.search(query(null, DEC_20.plusSeconds(3 * 86_400), null, List.of(), null, null, null)).stories())
          .extracting(Story::id).containsExactly("s2");
      assertThat(store.search(query(null, null, DEC_20.plusSeconds(3600), List.of(), null, null, null)).stories())
          .extracting(Story::id).containsExactly("s1");
      assertThat(store.search(query(null, null, null, List.of(), null, null, StorySearch.Order.NEWEST)).stories())
          .extracting(Story::id).containsExactly("s2", "s1");
      // s1 has three articles but one is a copy: two reports against three.
      assertThat(store.search(StorySearch.busiest(10)).stories()).extracting(Story::id).containsExactly("s2", "s1");
      assertThat(store.get("s1")).contains(bridge);
      assertThat(store.storyOf("b2")).map(Story::id).contains("s2");
    }
  }

  @Test
  void aStoryHoldingAnArticleTheAnalysesSayNamesTheEntityOrPlaceMatchesThoughItsKeysDoNot() throws IOException {
    Story ferry = story("s1", "Ferry fire", DEC_20, DEC_20, List.of("Alpha"), List.of("ferry", "bari"),
        List.of(member("a1", "Ferry burns", "Alpha", DEC_20), member("a2", "Captain speaks", "Beta", DEC_20)));
    Story storm = story("s2", "Storm", DEC_20, DEC_20, List.of("Gamma"), List.of("voss"), List.of(member("b1", "Floods", "Gamma", DEC_20)));
    try (LuceneStoryStore store = LuceneStoryStore.open(data)) {
      store.put(ferry);
      store.put(storm);
      store.commit();
      StorySearch captain = query(null, null, null, List.of(), "marco rossi", null, null);
      assertThat(store.search(captain).stories()).isEmpty();
      assertThat(store.search(captain.withArticlesNaming(List.of("a2", "x9"), null)).stories()).extracting(Story::id).containsExactly("s1");
      StorySearch port = query(null, null, null, List.of(), null, "porto di bari", null);
      assertThat(store.search(port.withArticlesNaming(null, List.of("b1"))).stories()).extracting(Story::id).containsExactly("s2");
      assertThat(store.search(port.withArticlesNaming(null, List.of())).stories()).isEmpty();
    }
  }

  @Test
  void aMergedStoryLeadsToItsSurvivorAndWritesAreSeenBeforeCommit() throws IOException {
    try (LuceneStoryStore store = LuceneStoryStore.open(data)) {
      store.put(story("young", "Young", DEC_20, DEC_20, List.of(), List.of(), List.of(member("y1", "Y", null, DEC_20))));
      assertThat(store.storyOf("y1")).map(Story::id).contains("young");
      store.delete("young");
      store.put(new Story("old", "Old", DEC_20, DEC_20, List.of(), List.of(), List.of(), List.of(),
          List.of(member("o1", "O", null, DEC_20), member("y1", "Y", null, DEC_20)), List.of("young"), false));
      assertThat(store.get("young")).map(Story::id).contains("old");
      assertThat(store.storyOf("y1")).map(Story::id).contains("old");
      store.commit();
    }
  }

  @Test
  void duplicateLinksAreKeptPerCopyAndFoundFromEitherEnd() throws IOException {
    try (LuceneStoryStore store = LuceneStoryStore.open(data)) {
      store.putLink(new DuplicateLink("c1", "o1", DuplicateLink.Kind.WIRE, 0.9, "npa"));
      store.putLink(new DuplicateLink("c2", "o1", DuplicateLink.Kind.NEAR, 0.7, null));
      store.putLink(new DuplicateLink("c2", "o2", DuplicateLink.Kind.EXACT, 1.0, null));
      store.commit();
      assertThat(store.links("o1")).extracting(DuplicateLink::copyId).containsExactly("c1");
      assertThat(store.links("c2")).singleElement().extracting(DuplicateLink::originalId).isEqualTo("o2");
      assertThat(store.count()).isZero();
    }
    try (LuceneStoryStore readOnly = LuceneStoryStore.openReadOnly(data)) {
      assertThat(readOnly.links("o1")).hasSize(1);
      assertThatThrownBy(() -> readOnly.delete("x")).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void readingStoriesWhereThereAreNoneSaysWhatToDo() {
    assertThatThrownBy(() -> LuceneStoryStore.openReadOnly(data.resolve("empty")))
        .isInstanceOf(IOException.class).hasMessageContaining("crosscheck ingest");
  }
}
