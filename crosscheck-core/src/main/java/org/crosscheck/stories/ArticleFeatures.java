package org.crosscheck.stories;

import java.time.Instant;
import java.util.Map;

/**
 * What the {@link StoryClusterer} knows of an article. Weights are raw counts (or any
 * non-negative weight); the clusterer applies inverse document frequencies itself.
 *
 * @param articleId the article
 * @param title the headline, for the story label
 * @param outlet the outlet, or {@code null}
 * @param time publication time, or {@code null} when unknown (then no time decay applies)
 * @param terms content terms and their weights
 * @param entities entity keys (canonical ids once an entity annotator runs; capitalised names
 *     until then) and their weights
 * @param places place keys (gazetteer ids) and their weights; empty when none are known
 * @param numbers numbers the text states (years as four digits, scores, tolls, magnitudes) and
 *     their counts: what tells two look-alike events apart; empty when none are known
 */
public record ArticleFeatures(
    String articleId,
    String title,
    String outlet,
    Instant time,
    Map<String, Double> terms,
    Map<String, Double> entities,
    Map<String, Double> places,
    Map<String, Double> numbers) {

  public ArticleFeatures {
    terms = Map.copyOf(terms);
    entities = Map.copyOf(entities);
    places = Map.copyOf(places);
    numbers = Map.copyOf(numbers);
    title = title == null ? "" : title;
  }

  /** Features without numbers. */
  public ArticleFeatures(String articleId, String title, String outlet, Instant time, Map<String, Double> terms,
      Map<String, Double> entities, Map<String, Double> places) {
    this(articleId, title, outlet, time, terms, entities, places, Map.of());
  }
}
