package org.crosscheck.ingest;

import java.io.IOException;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;

/**
 * A stage that runs on what ingest stores (duplicates, stories, later annotators). The
 * {@link Ingester} calls it after each put that stored something and just before each commit of
 * the store, so the stage can make its own results durable first. A failure stops the run like a
 * failing store does.
 */
public interface ArticleListener {
  /** Listens to nothing. */
  ArticleListener NONE = new ArticleListener() {
    @Override
    public void stored(Article article, Store.PutOutcome outcome) {}

    @Override
    public void committing() {}
  };

  /** {@code article} was stored as {@link Store.PutOutcome#NEW NEW} or {@link Store.PutOutcome#UPDATED UPDATED}. */
  void stored(Article article, Store.PutOutcome outcome) throws IOException;

  /** The store is about to commit what was put since the last commit. */
  void committing() throws IOException;
}
