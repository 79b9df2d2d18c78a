package org.crosscheck.analysis;

import java.util.List;

/**
 * An entity with what the store knows of it over time.
 *
 * @param entity the aggregate
 * @param articles the articles naming it, oldest first
 * @param quotes what it said, oldest article first
 * @param claims the claims it makes, is the actor of, or (for a place) is about, by event time
 */
public record EntityProfile(EntitySummary entity, List<ArticleRef> articles, List<QuoteHit> quotes, List<ClaimHit> claims) {
  public EntityProfile {
    articles = List.copyOf(articles);
    quotes = List.copyOf(quotes);
    claims = List.copyOf(claims);
  }
}
