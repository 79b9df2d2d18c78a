package org.crosscheck.analysis;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.crosscheck.claims.Claim;
import org.crosscheck.model.Article;
import org.crosscheck.nlp.Annotations;
import org.crosscheck.nlp.attribution.Attributions;

/**
 * Everything the analysis stages found in one version of one article.
 *
 * <p>The article's title, outlet and publication time travel with it so that listings across
 * articles (an entity's first and last appearance, a speaker's quotes) need no second look-up in
 * the article store.
 *
 * @param articleId the analysed article's id
 * @param contentHash the content hash of the analysed version; a different stored hash means the
 *     analysis is stale
 * @param title the article's headline
 * @param outlet the reporting outlet (the article's source, else its host), or {@code null}
 * @param published the article's publication time, or {@code null}
 * @param annotations entities, places and dates
 * @param attributions quotes and citations
 * @param claims the claims read from it
 */
public record ArticleAnalysis(
    String articleId,
    String contentHash,
    String title,
    String outlet,
    OffsetDateTime published,
    Annotations annotations,
    Attributions attributions,
    List<Claim> claims) {

  public ArticleAnalysis {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(attributions, "attributions");
    title = title == null ? "" : title;
    claims = List.copyOf(claims);
  }

  /** Whether this analysis is of the stored version of {@code article}. */
  public boolean isOf(Article article) {
    return articleId.equals(article.id()) && contentHash.equals(article.contentHash());
  }

  /** The article as listings show it. */
  public ArticleRef ref() {
    return new ArticleRef(articleId, title, outlet, published);
  }
}
