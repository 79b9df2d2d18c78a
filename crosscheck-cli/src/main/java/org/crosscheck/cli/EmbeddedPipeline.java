package org.crosscheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.crosscheck.ingest.ArticleListener;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProgress;
import org.crosscheck.ingest.Ingester;
import org.crosscheck.ingest.OutletNames;
import org.crosscheck.ingest.StagedStore;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import org.crosscheck.stories.StoryPipeline;
import org.crosscheck.stories.StoryStore;

/**
 * Everything that writes to one data directory, opened together and closed together: the
 * article store, the story store, the story stage and the outlet names, composed into the
 * {@link StagedStore} that ingest and the watcher write through.
 */
final class EmbeddedPipeline implements AutoCloseable {
  private final Store articles;
  private final StoryStore stories;
  private final StagedStore staged;

  private EmbeddedPipeline(Store articles, StoryStore stories, StagedStore staged) {
    this.articles = articles;
    this.stories = stories;
    this.staged = staged;
  }

  static EmbeddedPipeline open(Path dataDir) throws IOException {
    Store articles = Wiring.openStore(dataDir);
    StoryStore stories = null;
    try {
      stories = Wiring.openStories(dataDir);
      StoryPipeline storyStage = Wiring.storyPipeline(stories, dataDir);
      OutletNames outlets = OutletNames.load(dataDir.resolve("outlets.tsv"));
      ArticleListener stage = new ArticleListener() {
        @Override
        public void stored(Article article, Store.PutOutcome outcome) throws IOException {
          storyStage.accept(article, outcome == Store.PutOutcome.UPDATED);
        }

        @Override
        public void committing() throws IOException {
          outlets.save();
          storyStage.commit();
        }
      };
      return new EmbeddedPipeline(articles, stories, new StagedStore(articles, outlets::normalize, stage));
    } catch (IOException | RuntimeException e) {
      if (stories != null) stories.close();
      articles.close();
      throw e;
    }
  }

  /** The store to write through: every stage runs on what is put into it. */
  Store store() {
    return staged;
  }

  StoryStore stories() {
    return stories;
  }

  Ingester ingester(IngestOptions options, IngestProgress.Listener progress) {
    return Wiring.ingester(staged, options, progress);
  }

  @Override
  public void close() throws IOException {
    try {
      stories.close();
    } finally {
      articles.close();
    }
  }
}
