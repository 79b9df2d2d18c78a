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
 * @param analyser the fingerprint of the analyser that made it ({@link AnalyserFingerprint}), or
 *     {@code null} for an analysis stored before analyses recorded one; an analysis another
 *     analyser made is out of date
 */
public record ArticleAnalysis(
    String articleId,
    String contentHash,
    String title,
    String outlet,
    OffsetDateTime published,
    Annotations annotations,
    Attributions attributions,
    List<Claim> claims,
    String analyser) {

  public ArticleAnalysis {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(attributions, "attributions");
    title = title == null ? "" : title;
    claims = List.copyOf(claims);
  }

  /** An analysis that does not say what made it (as stored before fingerprints): always out of date. */
  public ArticleAnalysis(String articleId, String contentHash, String title, String outlet, OffsetDateTime published,
      Annotations annotations, Attributions attributions, List<Claim> claims) {
    this(articleId, contentHash, title, outlet, published, annotations, attributions, claims, null);
  }

  /**
   * What the analyser with {@code fingerprint} records for an article it turned down (too long, a
   * language the models do not read): nothing found, and up to date, so it is not asked again
   * until the text or the analyser changes.
   */
  public static ArticleAnalysis declined(Article article, String outlet, String fingerprint) {
    return new ArticleAnalysis(article.id(), article.contentHash(), article.title(), outlet, article.published(),
        new Annotations(article.id(), List.of(), List.of(), List.of(), List.of(), List.of()),
        new Attributions(article.id(), List.of(), List.of()), List.of(), fingerprint);
  }

  /** This analysis as made by the analyser with {@code fingerprint}. */
  public ArticleAnalysis madeBy(String fingerprint) {
    return new ArticleAnalysis(articleId, contentHash, title, outlet, published, annotations, attributions, claims, fingerprint);
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
