package org.crosscheck.analysis;

import org.crosscheck.nlp.attribution.Citation;

/**
 * A citation with the article that makes it.
 *
 * @param article the relaying article
 * @param citation what it relays
 */
public record CitationHit(ArticleRef article, Citation citation) {}
