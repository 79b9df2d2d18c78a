/**
 * Ingest: turns inputs (files, directories, URLs; text dumps, Markdown with front matter, HTML,
 * feeds, JSON Lines, WARC) into {@link org.crosscheck.model.Article}s.
 *
 * <p>{@link org.crosscheck.ingest.FormatDetector} picks a {@link org.crosscheck.ingest.ReportReader}
 * from the content; each reader streams articles to an {@link org.crosscheck.ingest.ArticleSink}
 * and reports a bad document there instead of throwing, so one broken input never stops a run.
 * {@link org.crosscheck.ingest.Ingester} drives a whole run into a store and tallies the summary.
 *
 * <p>May depend on {@code model}, {@code extract} and the {@code store} contract.
 */
package org.crosscheck.ingest;
