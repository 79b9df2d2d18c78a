package org.crosscheck.analysis;

import java.io.IOException;
import org.crosscheck.stories.StorySearch;
import org.crosscheck.stories.TextFeatureExtractor;

/**
 * The story search's entity and place filters as a user means them: the stories holding a report
 * that names the entity or place in any spelling the analyses know ("Kanyuka", "Kupiansk"), as
 * well as those whose top name keys hold it (stories of reports stored without analyses).
 */
public final class StoryFilter {
  private StoryFilter() {}

  /**
   * {@code q} filtered by {@code entity} and {@code place} as typed (either may be null), through
   * {@code analyses} when there are any ({@code null} when the data directory has none).
   */
  public static StorySearch narrow(StorySearch q, String entity, String place, AnalysisStore analyses) throws IOException {
    StorySearch keyed = new StorySearch(q.text(), q.from(), q.to(), q.outlets(), keyOf(entity), keyOf(place), q.order(), q.limit(), q.offset());
    if (analyses == null) return keyed;
    return keyed.withArticlesNaming(
        blank(entity) ? null : analyses.articleIds(new ArticleFilter(entity, null, null, null)),
        blank(place) ? null : analyses.articleIds(new ArticleFilter(null, place, null, null)));
  }

  private static String keyOf(String name) {
    return blank(name) ? null : TextFeatureExtractor.nameKey(name);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
