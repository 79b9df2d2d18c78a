/**
 * Watching feeds: polls many RSS/Atom feeds politely and keeps the store current from them.
 *
 * <p>{@link org.crosscheck.watch.FeedList} reads and writes the list of feeds (OPML or plain
 * text). {@link org.crosscheck.watch.Fetcher} does one HTTP exchange (timeouts, size caps,
 * content decoding, conditional headers); {@link org.crosscheck.watch.Politeness} spaces and
 * bounds requests per host, {@link org.crosscheck.watch.Robots} answers robots.txt, and
 * {@link org.crosscheck.watch.PoliteClient} puts them together with redirects and retries.
 * {@link org.crosscheck.watch.Schedule} decides when each feed is polled next,
 * {@link org.crosscheck.watch.WatchState} is what survives a restart, and
 * {@link org.crosscheck.watch.Watcher} runs the loop, sending articles to a
 * {@link org.crosscheck.store.Store}. {@link org.crosscheck.watch.FeedHealth} is what users see.
 *
 * <p>May depend on {@code model}, {@code ingest} (feed parsing), {@code extract}, {@code json}
 * and the {@code store} contract, plus crawler-commons (robots.txt) and the Brotli decoder.
 */
package org.crosscheck.watch;
