package org.crosscheck.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
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

  /**
   * These results with each outlet as {@code names} calls it now (e.g. {@code OutletNames::nameOf}):
   * a report stored under its bare host before a report of the site taught the name shows, and
   * counts in the source facet, under that name (the stored article is left as it is).
   */
  public SearchResults withOutletsNamed(UnaryOperator<String> names) {
    List<Hit> named = hits.stream().map(h -> {
      String name = names.apply(h.article().source());
      return Objects.equals(name, h.article().source()) ? h : new Hit(h.article().withSource(name), h.score(), h.snippet());
    }).toList();
    List<Facet> merged = facets.stream().map(f -> {
      if (!f.field().equals("source")) return f;
      Map<String, Long> counts = new LinkedHashMap<>();
      f.counts().forEach(c -> counts.merge(names.apply(c.value()), c.count(), Long::sum));
      return new Facet(f.field(), counts.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(e -> new Count(e.getKey(), e.getValue())).toList());
    }).toList();
    return new SearchResults(total, named, merged);
  }
}
