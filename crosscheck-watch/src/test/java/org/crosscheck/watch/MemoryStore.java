package org.crosscheck.watch;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.model.Article;
import org.crosscheck.store.SearchQuery;
import org.crosscheck.store.SearchResults;
import org.crosscheck.store.Store;

/** A store in memory that tells new, updated and unchanged apart and counts commits. */
final class MemoryStore implements Store {
  private final Map<String, Article> articles = new ConcurrentHashMap<>();
  final AtomicInteger commits = new AtomicInteger();

  @Override
  public PutOutcome put(Article article) {
    Article old = articles.put(article.id(), article);
    if (old == null) return PutOutcome.NEW;
    return old.contentHash().equals(article.contentHash()) ? PutOutcome.UNCHANGED : PutOutcome.UPDATED;
  }

  @Override
  public Optional<Article> get(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  Collection<Article> all() {
    return articles.values();
  }

  Article byUrl(String url) {
    return articles.values().stream().filter(a -> url.equals(a.url())).findFirst().orElseThrow(
        () -> new AssertionError("no article with url " + url + " among " + List.copyOf(articles.values().stream().map(Article::url).toList())));
  }

  @Override
  public SearchResults search(SearchQuery query) {
    throw new UnsupportedOperationException("not needed by the watcher");
  }

  @Override
  public long count() {
    return articles.size();
  }

  @Override
  public void commit() {
    commits.incrementAndGet();
  }

  @Override
  public void close() {}
}
