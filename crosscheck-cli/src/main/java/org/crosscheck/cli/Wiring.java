package org.crosscheck.cli;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import org.crosscheck.extract.HtmlExtractor;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.ingest.Ingester;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.ReaderChooser;
import org.crosscheck.ingest.Readers;
import org.crosscheck.store.Store;
import org.crosscheck.store.lucene.LuceneStore;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.crosscheck.stories.ClusteringConfig;
import org.crosscheck.stories.DuplicateDetector;
import org.crosscheck.stories.StoryPipeline;
import org.crosscheck.stories.StoryStore;
import org.crosscheck.stories.TextFeatureExtractor;

/** Builds the embedded pipeline's parts in one place, so every command runs the same stages. */
final class Wiring {
  private Wiring() {}

  static final String USER_AGENT = "Crosscheck/0.1 (+https://github.com/crosscheck-news/crosscheck)";

  static Store openStore(Path dataDir) throws IOException {
    return LuceneStore.open(dataDir);
  }

  static Store openStoreReadOnly(Path dataDir) throws IOException {
    return LuceneStore.openReadOnly(dataDir);
  }

  static PageExtractor extractor() {
    return new HtmlExtractor();
  }

  static ReaderChooser readers(PageExtractor extractor) {
    return Readers.standard(extractor);
  }

  static Inputs inputs() {
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(15))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    return new Inputs(http, USER_AGENT, 64L << 20);
  }

  static Ingester ingester(Store store, IngestOptions options, IngestProgress.Listener progress) {
    return new Ingester(store, readers(extractor()), inputs(), options, progress);
  }

  static StoryStore openStories(Path dataDir) throws IOException {
    return LuceneStoryStore.open(dataDir);
  }

  static StoryStore openStoriesReadOnly(Path dataDir) throws IOException {
    return LuceneStoryStore.openReadOnly(dataDir);
  }

  /** The story stage over {@code stories}, continuing from the online state saved in the data directory. */
  static StoryPipeline storyPipeline(StoryStore stories, Path dataDir) throws IOException {
    return StoryPipeline.open(stories, dataDir.resolve("stories").resolve("state.bin"), ClusteringConfig.defaults(),
        TextFeatureExtractor.english(), DuplicateDetector.withDefaults());
  }
}
