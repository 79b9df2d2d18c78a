package org.crosscheck.ingest;

import org.crosscheck.extract.Extraction;
import org.crosscheck.model.ArticleBuilder;

/** The one rule for turning an extracted page into an article or a skip with a reason. */
final class PageArticles {
  private PageArticles() {}

  static void emit(Extraction extraction, ArticleBuilder builder, String location, ArticleSink sink) {
    if (!extraction.isArticle()) {
      sink.skip(location, "not an article: " + extraction.notArticleReason());
      return;
    }
    extraction.fillInto(builder);
    if (!builder.hasText()) {
      sink.skip(location, "no article text found in the page");
      return;
    }
    sink.accept(builder.build());
  }
}
