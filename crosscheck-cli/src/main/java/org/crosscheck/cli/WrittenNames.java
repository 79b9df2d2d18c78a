package org.crosscheck.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Article;
import org.crosscheck.store.Store;
import org.crosscheck.stories.Story;
import org.crosscheck.stories.TextFeatureExtractor;

/**
 * A story's names as its reports write them, for a story none of whose reports was analysed: the
 * clusterer keeps its names folded for matching ("défense", "hawa ahmed guelleh"), which is no way
 * to show them.
 */
final class WrittenNames {
  /** Enough reports to find how the story's top names are written. */
  private static final int REPORTS_READ = 20;

  private WrittenNames() {}

  /** The first {@code limit} of the story's top name keys, spelled as its stored reports write them. */
  static List<String> of(Story s, Store articles, int limit) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String id : s.articleIds().subList(0, Math.min(REPORTS_READ, s.articleIds().size()))) {
      Optional<Article> a = articles.get(id);
      if (a.isEmpty()) continue;
      texts.add(a.get().title());
      if (a.get().description() != null) texts.add(a.get().description());
      texts.add(a.get().text());
    }
    List<String> names = TextFeatureExtractor.english().namesAsWritten(s.topEntities(), texts);
    return names.subList(0, Math.min(limit, names.size()));
  }
}
