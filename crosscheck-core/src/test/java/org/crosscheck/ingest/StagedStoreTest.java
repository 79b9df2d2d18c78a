package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleBuilder;
import org.crosscheck.model.InputFormat;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;
import org.crosscheck.store.Store.PutOutcome;
import org.junit.jupiter.api.Test;

class StagedStoreTest {
  /** A store that answers each put with the next of the outcomes it is given. */
  private static final class Scripted implements Store {
    final List<PutOutcome> outcomes;

    Scripted(PutOutcome... outcomes) {
      this.outcomes = new ArrayList<>(List.of(outcomes));
    }

    @Override
    public PutOutcome put(Article article) {
      return outcomes.remove(0);
    }

    @Override
    public Optional<Article> get(String id) {
      return Optional.empty();
    }

    @Override
    public SearchResults search(SearchQuery query) {
      return new SearchResults(0, List.of(), List.of());
    }

    @Override
    public long count() {
      return 0;
    }

    @Override
    public void commit() {}

    @Override
    public void close() {}
  }

  @Test
  void theStagesRunOnNewAndUpdatedArticlesOnlyNotOnUnchangedOrOlderVersions() throws IOException {
    List<PutOutcome> staged = new ArrayList<>();
    ArticleListener stage = new ArticleListener() {
      @Override
      public void stored(Article article, PutOutcome outcome) {
        staged.add(outcome);
      }

      @Override
      public void committing() {}
    };
    Article a = new ArticleBuilder(InputFormat.TEXT, "/in/a.txt").title("A").paragraph("Text.").build();
    StagedStore store = new StagedStore(new Scripted(PutOutcome.values()), UnaryOperator.identity(), stage);
    List<PutOutcome> returned = new ArrayList<>();
    for (int i = 0; i < PutOutcome.values().length; i++) returned.add(store.put(a));
    assertThat(returned).containsExactly(PutOutcome.values());
    assertThat(staged).containsExactly(PutOutcome.NEW, PutOutcome.UPDATED);
  }
}
