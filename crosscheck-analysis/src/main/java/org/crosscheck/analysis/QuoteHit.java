package org.crosscheck.analysis;

import org.crosscheck.nlp.attribution.Quote;

/**
 * A quote with the article it appears in.
 *
 * @param article where it was read
 * @param quote the quote as the attributor found it
 * @param speakerName the speaker entity's name in that article, else the words naming the
 *     speaker, or {@code null}
 */
public record QuoteHit(ArticleRef article, Quote quote, String speakerName) {}
