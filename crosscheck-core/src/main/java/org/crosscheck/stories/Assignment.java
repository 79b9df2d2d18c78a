package org.crosscheck.stories;

import java.util.List;

/**
 * Where one article went.
 *
 * @param articleId the article
 * @param storyId the story it is now in
 * @param newStory whether the article opened that story
 * @param similarity the join probability ({@link JoinModel}) of the story it joined (0 for a new
 *     story)
 * @param mergedStoryIds stories that merged into {@code storyId} as a result; their ids are gone
 */
public record Assignment(String articleId, String storyId, boolean newStory, double similarity, List<String> mergedStoryIds) {
  public Assignment {
    mergedStoryIds = List.copyOf(mergedStoryIds);
  }
}
