package org.crosscheck.extract;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.model.ArticleBuilder;

/**
 * What extraction made of one page. {@code notArticleReason} is {@code null} for an article; for
 * an index page, error page or paywall stub it says why the page holds no article.
 *
 * @param dateSource where {@code published} came from: "json-ld", "meta", "time", "dateline", "url"
 */
public record Extraction(
    String title,
    String description,
    List<String> authors,
    OffsetDateTime published,
    OffsetDateTime updated,
    String dateSource,
    String canonicalUrl,
    String language,
    String section,
    String imageUrl,
    String siteName,
    List<String> paragraphs,
    String notArticleReason) {

  public Extraction {
    authors = List.copyOf(authors == null ? List.of() : authors);
    paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
  }

  public boolean isArticle() {
    return notArticleReason == null;
  }

  /** Copies what was found into a builder, leaving fields it already has where we found none. */
  public ArticleBuilder fillInto(ArticleBuilder into) {
    if (title != null && !title.isBlank()) into.title(title);
    if (description != null) into.description(description);
    into.authors(authors);
    if (published != null) into.published(published, dateSource);
    if (updated != null) into.updated(updated);
    if (canonicalUrl != null) into.canonicalUrl(canonicalUrl);
    if (language != null) into.language(language);
    if (section != null) into.section(section);
    if (imageUrl != null) into.imageUrl(imageUrl);
    if (siteName != null) into.source(siteName);
    into.paragraphs(paragraphs);
    return into;
  }
}
