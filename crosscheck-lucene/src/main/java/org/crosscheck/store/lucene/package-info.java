/**
 * The embedded store: articles in a Lucene index inside the data directory. Each article is one
 * Lucene document holding its JSON (the record of truth) plus the fields searched, filtered,
 * sorted and faceted on. Nothing Lucene-typed leaves this package.
 *
 * <p>May depend on {@code model}, {@code json}, the {@code store} contract and Lucene.
 */
package org.crosscheck.store.lucene;
