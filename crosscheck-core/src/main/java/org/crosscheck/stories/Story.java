package org.crosscheck.stories;

import java.time.Instant;
import java.util.List;

/**
 * A story: the articles that report one event, in arrival order.
 *
 * @param id stable id, derived from the id of the story's first article
 * @param label the headline that best matches the story as a whole
 * @param start time of the earliest article with a time, or {@code null}
 * @param end time of the latest article with a time, or {@code null}
 * @param outlets outlets, most articles first
 * @param topTerms heaviest content terms
 * @param topEntities heaviest entity keys
 * @param topPlaces heaviest place keys
 * @param articleIds the articles, in arrival order
 * @param mergedStoryIds ids of stories that were merged into this one
 * @param closed whether the story has gone quiet and left memory
 */
public record Story(
    String id,
    String label,
    Instant start,
    Instant end,
    List<String> outlets,
    List<String> topTerms,
    List<String> topEntities,
    List<String> topPlaces,
    List<String> articleIds,
    List<String> mergedStoryIds,
    boolean closed) {

  public Story {
    outlets = List.copyOf(outlets);
    topTerms = List.copyOf(topTerms);
    topEntities = List.copyOf(topEntities);
    topPlaces = List.copyOf(topPlaces);
    articleIds = List.copyOf(articleIds);
    mergedStoryIds = List.copyOf(mergedStoryIds);
  }
}
