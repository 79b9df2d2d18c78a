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
 * @param changedStoryIds other live stories that changed as a result: a group of reports split off
 *     the article's story opens one, or joins one
 */
public record Assignment(String articleId, String storyId, boolean newStory, double similarity, List<String> mergedStoryIds,
    List<String> changedStoryIds) {
  public Assignment {
    mergedStoryIds = List.copyOf(mergedStoryIds);
    changedStoryIds = List.copyOf(changedStoryIds);
  }

  public Assignment(String articleId, String storyId, boolean newStory, double similarity, List<String> mergedStoryIds) {
    this(articleId, storyId, newStory, similarity, mergedStoryIds, List.of());
  }
}
