package org.crosscheck.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.crosscheck.stories.DuplicateLink;
import org.crosscheck.stories.StoryStore;

/**
 * The article that stands for another, from the duplicate links the story stage stored: a reprint,
 * copy or superseded version leads to its original, following chains. The cross-check uses it so
 * that wire copy run by many outlets counts as one source.
 */
public final class Representatives {
  private Representatives() {}

  /** Reads the links of {@code stories} at each call, so it sees links stored since. */
  public static UnaryOperator<String> of(StoryStore stories) {
    return articleId -> {
      String id = articleId;
      Set<String> seen = new HashSet<>();
      while (seen.add(id)) {
        String original = originalOf(stories, id);
        if (original == null) break;
        id = original;
      }
      return id;
    };
  }

  private static String originalOf(StoryStore stories, String id) {
    try {
      for (DuplicateLink link : stories.links(id)) {
        if (link.copyId().equals(id)) return link.originalId();
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the duplicate links of " + id, e);
    }
  }
}
