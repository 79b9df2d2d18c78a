package org.crosscheck.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store.PutOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {
  @TempDir Path data;

  private static Article article(String url, String source, String published, String title, String... paragraphs) {
    return new ArticleBuilder(InputFormat.JSONL, "test.jsonl")
        .url(url).source(source).title(title).language("en")
        .published(OffsetDateTime.parse(published), "feed")
        .paragraphs(List.of(paragraphs))
        .build();
  }

  @Test
  void sameContentTwiceIsOneArticleAndChangedContentKeepsTheOldVersionAsRevision() throws IOException {
    Article first = article("https://a.example/1", "Alpha", "2025-12-25T09:21:00Z", "Bridge reopens", "The bridge reopened.");
    Article changed = article("https://a.example/1", "Alpha", "2025-12-25T09:21:00Z", "Bridge reopens", "The bridge reopened on Monday.");
    try (LuceneStore store = LuceneStore.open(data)) {
      assertThat(store.put(first)).isEqualTo(PutOutcome.NEW);
      assertThat(store.put(first)).isEqualTo(PutOutcome.UNCHANGED);
      assertThat(store.put(changed)).isEqualTo(PutOutcome.UPDATED);
      store.commit();
      assertThat(store.count()).isEqualTo(1);
      Article stored = store.get(first.id()).orElseThrow();
      assertThat(stored.paragraphs()).containsExactly("The bridge reopened on Monday.");
      assertThat(stored.revisions()).singleElement()
          .satisfies(r -> assertThat(r.contentHash()).isEqualTo(first.contentHash()));
      assertThat(stored.ingestedAt()).isBeforeOrEqualTo(Instant.now());
    }
    try (LuceneStore reopened = LuceneStore.open(data)) {
      assertThat(reopened.put(changed)).isEqualTo(PutOutcome.UNCHANGED);
      assertThat(reopened.count()).isEqualTo(1);
    }
  }

  @Test
  void anOlderVersionArrivingLateNeitherReplacesTheNewerNorFlipFlopsOnReruns() throws IOException {
    Article original = article("https://a.example/9", "Alpha", "2025-12-24T08:00:00Z", "Town retaken", "First account.");
    Article newer = new ArticleBuilder(InputFormat.JSONL, "test.jsonl").url("https://a.example/9").source("Alpha")
        .title("Town retaken").published(OffsetDateTime.parse("2025-12-24T08:00:00Z"), "feed")
        .updated(OffsetDateTime.parse("2025-12-24T15:00:00Z")).paragraph("First account, with the afternoon update.")
        .build();
    try (LuceneStore store = LuceneStore.open(data)) {
      assertThat(store.put(newer)).isEqualTo(PutOutcome.NEW);
      assertThat(store.put(original)).as("recorded as an older revision").isEqualTo(PutOutcome.OLDER);
      assertThat(store.put(newer)).isEqualTo(PutOutcome.UNCHANGED);
      assertThat(store.put(original)).isEqualTo(PutOutcome.UNCHANGED);
      Article stored = store.get(newer.id()).orElseThrow();
      assertThat(stored.paragraphs()).containsExactly("First account, with the afternoon update.");
      assertThat(stored.revisions()).extracting(r -> r.contentHash()).containsExactly(original.contentHash());
    }
  }

  @Test
  void searchRanksFiltersAndCountsFacetsOverAllMatches() throws IOException {
    try (LuceneStore store = LuceneStore.open(data)) {
      store.put(article("https://a.example/1", "Alpha", "2025-12-20T10:00:00Z", "Floods in the valley", "Rivers rose after the storm."));
      store.put(article("https://b.example/2", "Beta", "2025-12-24T10:00:00Z", "Storm closes ports", "The storm closed three ports."));
      store.put(article("https://b.example/3", "Beta", "2025-12-26T10:00:00Z", "Markets calm", "Shares were flat."));
      store.commit();

      SearchResults storm = store.search(SearchQuery.text("storm"));
      assertThat(storm.total()).isEqualTo(2);
      assertThat(storm.hits().get(0).article().title()).isEqualTo("Storm closes ports");
      assertThat(storm.hits().get(0).snippet()).containsIgnoringCase("storm");
      assertThat(storm.facets()).filteredOn(f -> f.field().equals("source")).singleElement()
          .satisfies(f -> assertThat(f.counts()).containsExactlyInAnyOrder(
              new SearchResults.Count("Alpha", 1), new SearchResults.Count("Beta", 1)));

      SearchResults window = store.search(new SearchQuery("storm",
          Instant.parse("2025-12-21T00:00:00Z"), Instant.parse("2025-12-25T00:00:00Z"), List.of(), null, 10, 0));
      assertThat(window.hits()).extracting(h -> h.article().source()).containsExactly("Beta");

      SearchResults bySource = store.search(new SearchQuery(null, null, null, List.of("Beta"), "en", 1, 1));
      assertThat(bySource.total()).isEqualTo(2);
      assertThat(bySource.hits()).extracting(h -> h.article().title()).containsExactly("Storm closes ports");

      assertThat(store.search(SearchQuery.text("\"unbalanced quote")).total()).isZero();
    }
  }

  @Test
  void facetsCountAReplacedArticleOnceNotAlsoItsEarlierVersion() throws IOException {
    Article first = article("https://a.example/1", "Alpha", "2025-12-20T10:00:00Z", "Storm in the valley", "Rivers rose.");
    Article changed = article("https://a.example/1", "Alpha", "2025-12-20T10:00:00Z", "Storm in the valley", "Rivers rose again.");
    try (LuceneStore store = LuceneStore.open(data)) {
      store.put(first);
      // Enough neighbours that the segment keeps the replaced version marked deleted: Lucene
      // merges it away at once only when a large share of a segment is deleted.
      for (int i = 2; i < 10; i++) {
        store.put(article("https://b.example/" + i, "Beta", "2025-12-21T10:00:00Z", "Markets calm", "Shares were flat " + i + "."));
      }
      store.put(changed);
      store.commit();
    }
    try (LuceneStore reader = LuceneStore.openReadOnly(data)) {
      SearchResults storm = reader.search(SearchQuery.text("storm"));
      assertThat(storm.total()).isEqualTo(1);
      assertThat(storm.facets()).allSatisfy(f -> assertThat(f.counts()).singleElement()
          .satisfies(c -> assertThat(c.count()).isEqualTo(1)));
    }
  }

  @Test
  void anIdFilterKeepsOnlyTheListedArticlesAndCountsFacetsOverThem() throws IOException {
    try (LuceneStore store = LuceneStore.open(data)) {
      Article a = article("https://a.example/1", "Alpha", "2025-12-20T10:00:00Z", "Storm in the valley", "Rivers rose.");
      Article b = article("https://b.example/2", "Beta", "2025-12-24T10:00:00Z", "Storm closes ports", "Ports shut.");
      store.put(a);
      store.put(b);
      store.commit();
      SearchResults one = store.search(new SearchQuery("storm", null, null, List.of(), null, 10, 0, List.of(b.id(), "unknown")));
      assertThat(one.hits()).extracting(h -> h.article().id()).containsExactly(b.id());
      assertThat(one.facets()).filteredOn(f -> f.field().equals("source")).singleElement()
          .satisfies(f -> assertThat(f.counts()).containsExactly(new SearchResults.Count("Beta", 1)));
      assertThat(store.search(new SearchQuery(null, null, null, List.of(), null, 10, 0, List.of())).total()).isZero();
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageAndReadersSeeCommittedData() throws IOException {
    try (LuceneStore store = LuceneStore.open(data)) {
      store.put(article("https://a.example/1", "Alpha", "2025-12-20T10:00:00Z", "One", "Text."));
      store.commit();
      assertThatThrownBy(() -> LuceneStore.open(data)).isInstanceOf(IOException.class).hasMessageContaining("in use");
      try (LuceneStore reader = LuceneStore.openReadOnly(data)) {
        assertThat(reader.count()).isEqualTo(1);
        assertThatThrownBy(() -> reader.put(article("https://a.example/2", "A", "2025-12-20T10:00:00Z", "Two", "x")))
            .isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void readOnlyOpenOfAnEmptyDirectoryExplainsWhatToDo(@TempDir Path empty) {
    assertThatThrownBy(() -> LuceneStore.openReadOnly(empty)).hasMessageContaining("crosscheck ingest");
  }
}
