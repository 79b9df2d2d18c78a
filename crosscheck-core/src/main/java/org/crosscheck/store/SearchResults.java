package org.crosscheck.store;

import java.util.List;
import org.crosscheck.model.Article;

/**
 * One page of hits, the total number of matches, and counts per facet value over all matches.
 */
public record SearchResults(long total, List<Hit> hits, List<Facet> facets) {

  /** One matching article with its score and a snippet around the matched words. */
  public record Hit(Article article, float score, String snippet) {}

  /** Counts of one field's values over all matches, most frequent first. */
  public record Facet(String field, List<Count> counts) {}

  public record Count(String value, long count) {}
}
