/**
 * The embedded store: articles in a Lucene index inside the data directory. Each article is one
 * Lucene document holding its JSON (the record of truth) plus the fields searched, filtered,
 * sorted and faceted on. Stories and duplicate links live in a second index under
 * {@code <data>/stories/}. Nothing Lucene-typed leaves this package.
 *
 * <p>May depend on {@code model}, {@code json}, the {@code store} contract, the story records and
 * {@code StoryStore} contract of {@code stories}, and Lucene.
 */
package org.crosscheck.store.lucene;
