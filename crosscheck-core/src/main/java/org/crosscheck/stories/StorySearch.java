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
 * @param entity an entity key the story's top entities must hold
 * @param place a place key the story's top places must hold; while no geoparser supplies places,
 *     a top entity of that name also counts (capitalised names include place names)
 * @param order newest (latest end first) or busiest (most reports first)
 * @param limit most stories to return
 * @param offset stories to skip, for paging
 */
public record StorySearch(String text, Instant from, Instant to, List<String> outlets, String entity, String place,
    Order order, int limit, int offset) {

  /** How results are ranked when {@code text} is empty; with text, by relevance. */
  public enum Order { NEWEST, BUSIEST }

  public StorySearch {
    outlets = List.copyOf(outlets == null ? List.of() : outlets);
    if (order == null) order = Order.NEWEST;
    if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must be >= 0");
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
