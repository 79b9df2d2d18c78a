package org.crosscheck.cli;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.Analyzer;
import org.crosscheck.analysis.Representatives;
import org.crosscheck.analysis.lucene.LuceneAnalysisStore;
import org.crosscheck.extract.HtmlExtractor;
import org.crosscheck.extract.PageExtractor;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.ingest.Ingester;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.ingest.ReaderChooser;
import org.crosscheck.ingest.Readers;
import org.crosscheck.nlp.geo.Gazetteer;
import org.crosscheck.store.Store;
import org.crosscheck.store.lucene.LuceneStore;
import org.crosscheck.store.lucene.LuceneStoryStore;
import org.crosscheck.stories.ClusteringConfig;
import org.crosscheck.stories.DuplicateDetector;
import org.crosscheck.stories.FeatureExtractor;
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

  static boolean hasStore(Path dataDir) {
    return LuceneStore.exists(dataDir);
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

  /** Inputs that never read the store's own files under {@code dataDir} when walking a folder above it. */
  static Inputs inputs(Path dataDir) {
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(15))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    return new Inputs(http, USER_AGENT, 64L << 20, dataDir);
  }

  static Ingester ingester(Store store, IngestOptions options, IngestProgress.Listener progress, Path dataDir) {
    return new Ingester(store, readers(extractor()), inputs(dataDir), options, progress);
  }

  /** The outlet names ingests into {@code dataDir} learned (none when nothing was ingested yet). */
  static OutletNames outletNames(Path dataDir) throws IOException {
    return OutletNames.load(dataDir.resolve("outlets.tsv"));
  }

  static StoryStore openStories(Path dataDir) throws IOException {
    return LuceneStoryStore.open(dataDir);
  }

  static StoryStore openStoriesReadOnly(Path dataDir) throws IOException {
    return LuceneStoryStore.openReadOnly(dataDir);
  }

  /**
   * The story stage over {@code stories}, continuing from the online state saved in the data
   * directory, clustering on what {@code features} gives (see {@link #storyFeatures()}), with the
   * settings for annotated articles when {@code annotated}.
   */
  static StoryPipeline storyPipeline(StoryStore stories, Path dataDir, FeatureExtractor features, boolean annotated)
      throws IOException {
    return StoryPipeline.open(stories, dataDir.resolve("stories").resolve("state.bin"),
        annotated ? ClusteringConfig.annotated() : ClusteringConfig.defaults(), features, DuplicateDetector.withDefaults());
  }

  /** The features stories are clustered on from the text alone: without analysis, or before it. */
  static FeatureExtractor storyFeatures() {
    return TextFeatureExtractor.english();
  }

  /**
   * The analysis stages, resolving places against the data directory's gazetteer (else the
   * shipped one). Nothing is loaded until the first article is analysed.
   */
  static Analyzer analyzer(Path dataDir) {
    Path file = GazetteerCommand.activeFile(dataDir);
    return Analyzer.standard(() -> {
      try {
        return Files.exists(file) ? Gazetteer.read(file) : Gazetteer.loadDefault();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the gazetteer " + file, e);
      }
    }, Main.VERSION, gazetteerIdentity(file));
  }

  /**
   * What tells the gazetteer places are resolved against from another, for the analyser's
   * fingerprint: an imported one by its size and time (each import writes it anew; reading a
   * gigabyte to digest it would cost more than the analysis), the shipped one by the code digest.
   */
  static String gazetteerIdentity(Path file) {
    try {
      return Files.exists(file) ? "imported:" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toInstant() : "shipped";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + file, e);
    }
  }

  /**
   * The analysis store for writing; {@code representative} folds reprints and {@code outletName}
   * names outlets (see {@link OutletNames#nameOf}) for the statuses it reads.
   */
  static AnalysisStore openAnalyses(Path dataDir, UnaryOperator<String> representative, UnaryOperator<String> outletName)
      throws IOException {
    return LuceneAnalysisStore.open(dataDir, representative, outletName);
  }

  /** The analyses and, for folding reprints, the stories, opened for reading and closed together. */
  record ReadAnalyses(AnalysisStore store, StoryStore stories) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        store.close();
      } finally {
        if (stories != null) stories.close();
      }
    }
  }

  /** The analyses for reading, or nothing when the data directory has none yet. */
  static Optional<ReadAnalyses> openAnalysesIfAny(Path dataDir) throws IOException {
    return LuceneAnalysisStore.exists(dataDir) ? Optional.of(openAnalysesReadOnly(dataDir)) : Optional.empty();
  }

  static ReadAnalyses openAnalysesReadOnly(Path dataDir) throws IOException {
    return openAnalysesReadOnly(dataDir, outletNames(dataDir));
  }

  /** As {@link #openAnalysesReadOnly(Path)}, statuses knowing outlets by the names {@code outlets} gives when read. */
  static ReadAnalyses openAnalysesReadOnly(Path dataDir, OutletNames outlets) throws IOException {
    StoryStore stories;
    try {
      stories = openStoriesReadOnly(dataDir);
    } catch (IOException noStories) {
      stories = null; // analyses written without the story stage: every article is its own original
    }
    try {
      UnaryOperator<String> representative = stories == null ? UnaryOperator.identity() : Representatives.of(stories);
      return new ReadAnalyses(LuceneAnalysisStore.openReadOnly(dataDir, representative, outlets::nameOf), stories);
    } catch (IOException | RuntimeException e) {
      if (stories != null) stories.close();
      throw e;
    }
  }
}
