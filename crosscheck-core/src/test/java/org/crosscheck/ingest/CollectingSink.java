package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;

/** Keeps what a reader sends, for assertions. */
final class CollectingSink implements ArticleSink {
  record Skip(String location, String reason) {}

  final List<Article> accepted = new ArrayList<>();
  final List<Skip> skipped = new ArrayList<>();

  @Override
  public void accept(Article article) {
    accepted.add(article);
  }

  @Override
  public void skip(String location, String reason) {
    skipped.add(new Skip(location, reason));
  }

  Article only() {
    if (accepted.size() != 1) throw new AssertionError("expected one article, got " + accepted.size() + "; skipped " + skipped);
    return accepted.get(0);
  }

  List<String> titles() {
    return accepted.stream().map(Article::title).toList();
  }
}
