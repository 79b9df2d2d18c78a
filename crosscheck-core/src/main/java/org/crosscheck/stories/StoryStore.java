package org.crosscheck.stories;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where stories and duplicate links live and are searched, beside the article {@code Store}.
 * Writes become durable and visible at {@link #commit()}; implementations (embedded Lucene now,
 * OpenSearch later) keep their own types behind this interface.
 */
public interface StoryStore extends AutoCloseable {

  /** Stores {@code story} under its id, replacing the stored version. */
  void put(Story story) throws IOException;

  /** Removes a story, e.g. one merged into another (its id then leads to the survivor). */
  void delete(String storyId) throws IOException;

  /** The story with this id, or the one it was merged into. */
  Optional<Story> get(String storyId) throws IOException;

  /** The story that lists {@code articleId} among its articles. */
  Optional<Story> storyOf(String articleId) throws IOException;

  StorySearch.Results search(StorySearch query) throws IOException;

  /** Records that one article copies another; a copy has one link, the latest wins. */
  void putLink(DuplicateLink link) throws IOException;

  /** The links in which {@code articleId} is the copy or the original. */
  List<DuplicateLink> links(String articleId) throws IOException;

  long count() throws IOException;

  void commit() throws IOException;

  /**
   * Makes what other processes committed since the last call visible to reads; returns whether
   * what the reads see changed. Stores that always read the latest state keep the default.
   */
  default boolean refresh() throws IOException {
    return false;
  }

  @Override
  void close() throws IOException;
}
