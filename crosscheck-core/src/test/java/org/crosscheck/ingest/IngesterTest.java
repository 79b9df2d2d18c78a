package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  @TempDir Path dir;

  /** Reads "title|paragraph" lines; a line without '|' is a bad item. Stands in for real readers. */
  private static final ReportReader LINES = new ReportReader() {
    @Override
    public InputFormat format() {
      return InputFormat.JSONL;
    }

    @Override
    public void read(InputSource input, ArticleSink sink) throws IOException {
      String[] lines = new String(input.open().readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String[] parts = lines[i].split("\\|", 2);
        if (parts.length < 2) {
          sink.skip(input.name() + ":" + (i + 1), "no '|' separator");
          continue;
        }
        sink.accept(new ArticleBuilder(InputFormat.JSONL, input.name() + ":" + (i + 1))
            .title(parts[0]).paragraph(parts[1]).build());
      }
    }
  };

  private static final ReaderChooser CHOOSER = input -> {
    if (input.size() == 0) throw new UnreadableInputException("empty file");
    return LINES;
  };

  private final MemoryStore store = new MemoryStore();

  private IngestSummary ingest(IngestOptions options, String... names) throws IOException {
    Inputs inputs = new Inputs(HttpClient.newHttpClient(), "test", 1 << 20, null);
    return new Ingester(store, CHOOSER, inputs, options, IngestProgress.Listener.NONE).ingest(List.of(names));
  }

  @Test
  void readsDirectoriesRecursivelyKeepsGoodItemsAndNamesEveryBadOne() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/one.txt"), "First|Body one\nbroken line\nSecond|Body two");
    Files.writeString(dir.resolve("a/b/two.txt"), "Third|Body three");
    Files.writeString(dir.resolve("a/b/empty.txt"), "");
    Files.writeString(dir.resolve("a/.hidden"), "Hidden|Never read");

    IngestSummary summary = ingest(IngestOptions.DEFAULTS, dir.resolve("a").toString(), dir.resolve("nope").toString());

    assertThat(summary.added()).isEqualTo(3);
    assertThat(summary.inputs()).isEqualTo(3);
    assertThat(summary.skipped()).extracting(IngestSummary.Skip::reason)
        .containsExactlyInAnyOrder("no '|' separator", "empty file", "no such file or directory");
    assertThat(summary.skipped()).anySatisfy(s -> assertThat(s.location()).endsWith("one.txt:2"));
    assertThat(store.commits).isPositive();
  }

  @Test
  void runningTwiceStoresNothingNewAndAChangedReportIsAnUpdate() throws IOException {
    Path file = dir.resolve("feed.txt");
    Files.writeString(file, "Title|Body");
    assertThat(ingest(IngestOptions.DEFAULTS, file.toString()).added()).isEqualTo(1);
    assertThat(ingest(IngestOptions.DEFAULTS, file.toString()).unchanged()).isEqualTo(1);
    Files.writeString(file, "Title|Body, corrected");
    IngestSummary third = ingest(IngestOptions.DEFAULTS, file.toString());
    assertThat(third.updated()).isEqualTo(1);
    assertThat(store.articles).hasSize(1);
  }

  @Test
  void globsSelectMatchingFilesOnly() throws IOException {
    Files.writeString(dir.resolve("x.md"), "A|a");
    Files.writeString(dir.resolve("y.txt"), "B|b");
    IngestSummary summary = ingest(IngestOptions.DEFAULTS, dir + "/*.md");
    assertThat(summary.added()).isEqualTo(1);
    assertThat(store.articles.values()).extracting(Article::title).containsExactly("A");
  }

  @Test
  void singleDocumentsOverTheCapAreSkippedWithTheCapNamed() throws IOException {
    ReaderChooser html = input -> new ReportReader() {
      @Override
      public InputFormat format() {
        return InputFormat.HTML;
      }

      @Override
      public void read(InputSource in, ArticleSink sink) {
        throw new AssertionError("must not read an input over the cap");
      }
    };
    Path big = dir.resolve("big.html");
    Files.write(big, new byte[4096]);
    Inputs inputs = new Inputs(HttpClient.newHttpClient(), "test", 1 << 20, null);
    IngestSummary summary = new Ingester(store, html, inputs, IngestOptions.DEFAULTS.withMaxDocumentBytes(1024),
        IngestProgress.Listener.NONE).ingest(List.of(big.toString()));
    assertThat(summary.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("too large"));
  }

  @Test
  void aFailingStoreStopsTheRunInsteadOfBeingCountedAsABadItem() throws IOException {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "Title|Body");
    store.failing = true;
    assertThatThrownBy(() -> ingest(IngestOptions.DEFAULTS, file.toString())).isInstanceOf(IOException.class)
        .hasMessageContaining("disk full");
  }

  /** A store in memory with the same put semantics as the real ones. */
  static final class MemoryStore implements Store {
    final Map<String, Article> articles = new LinkedHashMap<>();
    int commits;
    boolean failing;

    @Override
    public PutOutcome put(Article article) throws IOException {
      if (failing) throw new IOException("disk full");
      Article old = articles.put(article.id(), article);
      if (old == null) return PutOutcome.NEW;
      return old.contentHash().equals(article.contentHash()) ? PutOutcome.UNCHANGED : PutOutcome.UPDATED;
    }

    @Override
    public Optional<Article> get(String id) {
      return Optional.ofNullable(articles.get(id));
    }

    @Override
    public SearchResults search(SearchQuery query) {
      return new SearchResults(0, new ArrayList<>(), List.of());
    }

    @Override
    public long count() {
      return articles.size();
    }

    @Override
    public void commit() {
      commits++;
    }

    @Override
    public void close() {}
  }
}
