package org.crosscheck.nlp.attribution;

import java.util.List;
import java.util.Objects;

/**
 * Who said what in one article, and what the article relays.
 *
 * @param articleId the article's id
 * @param quotes every quote and reported statement, in text order
 * @param citations the outlets, people, events and reports relayed, each once, in text order
 */
public record Attributions(String articleId, List<Quote> quotes, List<Citation> citations) {

  public Attributions {
    Objects.requireNonNull(articleId, "articleId");
    quotes = List.copyOf(quotes);
    citations = List.copyOf(citations);
  }

  /** The quotes of one speaker entity. */
  public List<Quote> quotesBy(String entityId) {
    return quotes.stream().filter(q -> entityId.equals(q.speakerId())).toList();
  }
}
