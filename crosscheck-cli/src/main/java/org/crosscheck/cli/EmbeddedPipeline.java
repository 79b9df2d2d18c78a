package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.analysis.AnalysisStage;
import org.crosscheck.analysis.AnalysisStore;
import org.crosscheck.analysis.Analyzer;
import org.crosscheck.analysis.ArticleAnalysis;
import org.crosscheck.analysis.Representatives;
import org.crosscheck.ingest.ArticleListener;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.ingest.Ingester;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.ingest.StagedStore;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import org.crosscheck.stories.ArticleFeatures;
import org.crosscheck.stories.FeatureExtractor;
import org.crosscheck.stories.StoryPipeline;
import org.crosscheck.stories.StoryStore;

/**
 * Everything that writes to one data directory, opened together and closed together: the
 * article store, the story store, the story stage, the outlet names and, when analysing, the
 * analysis store and stage, composed into the {@link StagedStore} that ingest and the watcher
 * write through. When analysing, each article is analysed before the story stage sees it, and
 * stories are clustered on the analysis' people and places as well as on the text ({@link
 * AnalysedFeatures}, with {@link org.crosscheck.stories.ClusteringConfig#annotated()}).
 */
final class EmbeddedPipeline implements AutoCloseable {
  private final Store articles;
  private final StoryStore stories;
  private final AnalysisStore analyses;
  private final AnalysisStage analysis;
  private final StagedStore staged;
  private final Path dataDir;

  private EmbeddedPipeline(Store articles, StoryStore stories, AnalysisStore analyses, AnalysisStage analysis,
      StagedStore staged, Path dataDir) {
    this.dataDir = dataDir;
    this.articles = articles;
    this.stories = stories;
    this.analyses = analyses;
    this.analysis = analysis;
    this.staged = staged;
  }

  /** The pipeline without the analysis stage (a fast bulk load; {@code crosscheck analyze} catches up). */
  static EmbeddedPipeline open(Path dataDir) throws IOException {
    return open(dataDir, null);
  }

  /** The pipeline; with an {@code analyzer}, every new or changed article is also analysed. */
  static EmbeddedPipeline open(Path dataDir, Analyzer analyzer) throws IOException {
    Store articles = Wiring.openStore(dataDir);
    StoryStore stories = null;
    AnalysisStore analyses = null;
    try {
      stories = Wiring.openStories(dataDir);
      AnalysedFirst features = new AnalysedFirst(Wiring.storyFeatures());
      StoryPipeline storyStage = Wiring.storyPipeline(stories, dataDir, features, analyzer != null);
      OutletNames outlets = Wiring.outletNames(dataDir);
      AnalysisStage analysis = null;
      if (analyzer != null) {
        analyses = Wiring.openAnalyses(dataDir, Representatives.of(stories), outlets::nameOf);
        analysis = new AnalysisStage(analyzer, analyses);
      }
      AnalysisStage analysisStage = analysis;
      ArticleListener stage = new ArticleListener() {
        @Override
        public void stored(Article article, Store.PutOutcome outcome) throws IOException {
          // Analysis first, so the story stage clusters on the people and places it found.
          if (analysisStage != null) analysisStage.analyse(article).ifPresent(a -> features.fresh.put(article.id(), a));
          try {
            storyStage.accept(article, outcome == Store.PutOutcome.UPDATED);
          } finally {
            features.fresh.remove(article.id());
          }
        }

        @Override
        public void committing() throws IOException {
          outlets.save();
          storyStage.commit();
          if (analysisStage != null) analysisStage.committing();
        }
      };
      return new EmbeddedPipeline(articles, stories, analyses, analysis,
          new StagedStore(articles, outlets::normalize, stage), dataDir);
    } catch (IOException | RuntimeException e) {
      if (analyses != null) analyses.close();
      if (stories != null) stories.close();
      articles.close();
      throw e;
    }
  }

  /**
   * The text's features, with the entities and places of the article's analysis when the
   * analysis stage has just analysed that version of it ({@code --no-analyze}, or an analysis
   * that failed, leaves the text's features alone).
   */
  private static final class AnalysedFirst implements FeatureExtractor {
    private final FeatureExtractor text;
    /** Analyses made for articles now passing through the story stage, by article id (safe if puts ever run in parallel). */
    final Map<String, ArticleAnalysis> fresh = new ConcurrentHashMap<>();

    AnalysedFirst(FeatureExtractor text) {
      this.text = text;
    }

    @Override
    public ArticleFeatures extract(Article article) {
      ArticleFeatures f = text.extract(article);
      ArticleAnalysis a = fresh.get(article.id());
      return a != null && a.isOf(article) ? AnalysedFeatures.of(f, a.annotations()) : f;
    }
  }

  /** The store to write through: every stage runs on what is put into it. */
  Store store() {
    return staged;
  }

  StoryStore stories() {
    return stories;
  }

  /** The analyses written so far, when this pipeline analyses. */
  Optional<AnalysisStore> analyses() {
    return Optional.ofNullable(analyses);
  }

  /** The analysis stage, when this pipeline analyses. */
  Optional<AnalysisStage> analysis() {
    return Optional.ofNullable(analysis);
  }

  Ingester ingester(IngestOptions options, IngestProgress.Listener progress) {
    return Wiring.ingester(staged, options, progress, dataDir);
  }

  @Override
  public void close() throws IOException {
    try {
      if (analyses != null) analyses.close();
    } finally {
      try {
        stories.close();
      } finally {
        articles.close();
      }
    }
  }
}
