/**
 * Duplicates and stories: which reports are copies of one another, and which tell one story.
 *
 * <p>{@link org.crosscheck.stories.UrlCanonicalizer} folds URL variants (tracking parameters, AMP
 * and mobile pages, http/https). {@link org.crosscheck.stories.DuplicateDetector} links exact
 * copies, near-duplicates (MinHash over word pairs with LSH banding), wire copy (credit lines
 * found by {@link org.crosscheck.stories.WireDetector} against a data file of agencies) and later
 * versions to one representative, emitting {@link org.crosscheck.stories.DuplicateLink}s instead
 * of dropping anything. {@link org.crosscheck.stories.StoryClusterer} groups articles into
 * {@link org.crosscheck.stories.Story stories} online, in arrival order, from the
 * {@link org.crosscheck.stories.ArticleFeatures} a {@link org.crosscheck.stories.FeatureExtractor}
 * gives it; entity and place annotators plug in there.
 *
 * <p>{@link org.crosscheck.stories.StoryPipeline} is the ingest stage that runs both and keeps
 * their online state in the data directory between runs; stories and duplicate links go to a
 * {@link org.crosscheck.stories.StoryStore}, the story counterpart of the article store, which
 * backends implement (embedded Lucene in {@code crosscheck-lucene}).
 *
 * <p>May depend on {@code model}, and on {@code extract}'s language guesser (a report in another
 * language than its story's is compared by names, figures and time).
 */
package org.crosscheck.stories;
