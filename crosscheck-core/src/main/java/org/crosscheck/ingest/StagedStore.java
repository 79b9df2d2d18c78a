package org.crosscheck.ingest;

import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;

/**
 * A store that runs the pipeline's later stages on whatever is written to it: {@code prepare} on
 * each article before it is stored (naming its outlet, say), {@code stage} on each article stored
 * as new or changed and before each commit (duplicates, stories). Ingest and the feed watcher
 * both write through one, so a report gets the same treatment however it arrived.
 */
public final class StagedStore implements Store {
  private final Store store;
  private final UnaryOperator<Article> prepare;
  private final ArticleListener stage;

  public StagedStore(Store store, UnaryOperator<Article> prepare, ArticleListener stage) {
    this.store = store;
    this.prepare = prepare;
    this.stage = stage;
  }

  @Override
  public PutOutcome put(Article article) throws IOException {
    Article prepared = prepare.apply(article);
    PutOutcome outcome = store.put(prepared);
    if (outcome == PutOutcome.NEW || outcome == PutOutcome.UPDATED) stage.stored(prepared, outcome);
    return outcome;
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    return store.get(id);
  }

  @Override
  public SearchResults search(SearchQuery query) throws IOException {
    return store.search(query);
  }

  @Override
  public long count() throws IOException {
    return store.count();
  }

  /** Lets the stages make their results durable first, then commits the articles. */
  @Override
  public void commit() throws IOException {
    stage.committing();
    store.commit();
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
