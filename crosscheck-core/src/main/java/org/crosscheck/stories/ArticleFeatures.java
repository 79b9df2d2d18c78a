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
 * @param entities names from the text (capitalised words) and their weights
 * @param places what an annotator resolved, with weights; empty without one: places (a place
 *     finer than a first-level region under {@link #PLACE}, its region under {@link #REGION} and
 *     its country under {@link #COUNTRY}, coarser keys with lower weights) and people (canonical
 *     ids under {@link #PERSON}), kept apart from the text's names so that those mean the same
 *     with an annotator and without
 * @param numbers numbers the text states (years as four digits, scores, tolls, magnitudes) and
 *     the weekdays it names (under {@link #WEEKDAY}) and figures with what they measure (under {@link
 *     #MEASURE}), with their counts: what tells two look-alike
 *     events apart; empty when none are known
 * @param language the language the text is written in (ISO 639-1), or {@code null} when unknown:
 *     a report in another language than its story's is compared by what needs no translation
 */
public record ArticleFeatures(
    String articleId,
    String title,
    String outlet,
    Instant time,
    Map<String, Double> terms,
    Map<String, Double> entities,
    Map<String, Double> places,
    Map<String, Double> numbers,
    String language) {

  /** Prefix of a canonical person's entity key. */
  public static final String PERSON = "person:";
  /** Prefix of a place key finer than a region (a town, a river, a county). */
  public static final String PLACE = "place:";
  /** Prefix of a first-level region's place key ("region:US/California"). */
  public static final String REGION = "region:";
  /** Prefix of a country's place key ("country:ID"). */
  public static final String COUNTRY = "country:";
  /** Prefix of a weekday's key among the numbers ("day:sunday"). */
  public static final String WEEKDAY = "day:";
  /** Prefix of a measured figure's key among the numbers: the measure's stem, "=", the figure ("measure:magnitude=4.4"). */
  public static final String MEASURE = "measure:";

  public ArticleFeatures {
    terms = Map.copyOf(terms);
    entities = Map.copyOf(entities);
    places = Map.copyOf(places);
    numbers = Map.copyOf(numbers);
    title = title == null ? "" : title;
  }

  /** Features of a text whose language is not known. */
  public ArticleFeatures(String articleId, String title, String outlet, Instant time, Map<String, Double> terms,
      Map<String, Double> entities, Map<String, Double> places, Map<String, Double> numbers) {
    this(articleId, title, outlet, time, terms, entities, places, numbers, null);
  }

  /** Features without numbers. */
  public ArticleFeatures(String articleId, String title, String outlet, Instant time, Map<String, Double> terms,
      Map<String, Double> entities, Map<String, Double> places) {
    this(articleId, title, outlet, time, terms, entities, places, Map.of(), null);
  }

  /** These features with other entities and places (what an annotator found added to the text's). */
  public ArticleFeatures withNames(Map<String, Double> entities, Map<String, Double> places) {
    return new ArticleFeatures(articleId, title, outlet, time, terms, entities, places, numbers, language);
  }
}
