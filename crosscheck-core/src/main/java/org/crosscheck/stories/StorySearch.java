package org.crosscheck.stories;

import java.time.Instant;
import java.util.List;

/**
 * A search over stories. Every filter is optional ({@code null} or empty means no filter).
 *
 * @param text free text, matched against labels, headlines and top terms and names
 * @param from the story must reach this time or later (its end is on or after it)
 * @param to the story must start before this time (exclusive)
 * @param outlets keep stories that any of these outlets covered
 * @param entity an entity key the story's top entities must hold (or see {@code entityArticles})
 * @param place a place key the story's top places or top entities must hold (capitalised names
 *     include place names), or see {@code placeArticles}
 * @param order newest (latest end first) or busiest (most reports first)
 * @param limit most stories to return
 * @param offset stories to skip, for paging
 * @param entityArticles the articles the analyses say name the entity (any spelling): a story
 *     holding one of them passes the entity filter too; {@code null} when no analyses were asked
 * @param placeArticles the same for the place
 */
public record StorySearch(String text, Instant from, Instant to, List<String> outlets, String entity, String place,
    Order order, int limit, int offset, List<String> entityArticles, List<String> placeArticles) {

  /** How results are ranked when {@code text} is empty; with text, by relevance. */
  public enum Order { NEWEST, BUSIEST }

  public StorySearch {
    outlets = List.copyOf(outlets == null ? List.of() : outlets);
    if (order == null) order = Order.NEWEST;
    if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must be >= 0");
    entityArticles = entityArticles == null ? null : List.copyOf(entityArticles);
    placeArticles = placeArticles == null ? null : List.copyOf(placeArticles);
  }

  /** A search that matches entity and place by the clusterer's name keys alone. */
  public StorySearch(String text, Instant from, Instant to, List<String> outlets, String entity, String place,
      Order order, int limit, int offset) {
    this(text, from, to, outlets, entity, place, order, limit, offset, null, null);
  }

  /** This search with the articles that name its entity and its place, as the analyses found them. */
  public StorySearch withArticlesNaming(List<String> entityArticles, List<String> placeArticles) {
    return new StorySearch(text, from, to, outlets, entity, place, order, limit, offset, entityArticles, placeArticles);
  }

  /** The {@code limit} stories with most reports. */
  public static StorySearch busiest(int limit) {
    return new StorySearch(null, null, null, List.of(), null, null, Order.BUSIEST, limit, 0);
  }

  /** One page of stories and how many matched in all. */
  public record Results(long total, List<Story> stories) {
    public Results {
      stories = List.copyOf(stories);
    }
  }
}
