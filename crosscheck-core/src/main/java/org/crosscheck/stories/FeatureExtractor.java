package org.crosscheck.stories;

import org.crosscheck.model.Article;

/** Turns an article into the features stories are clustered on. */
@FunctionalInterface
public interface FeatureExtractor {
  ArticleFeatures extract(Article article);
}
