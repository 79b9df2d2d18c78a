/**
 * Extraction: the main text and metadata of one HTML page (title, authors, dates with their
 * source, canonical URL, language, section, lead image), and recognition of pages that hold no
 * article. Used by every ingest reader that meets HTML and by {@code crosscheck extract}.
 *
 * <p>{@link org.crosscheck.extract.HtmlExtractor} is the HTML extractor; its word lists live in
 * the data files beside these classes. May depend on {@code model}, jsoup, and Jackson (for JSON-LD) only.
 */
package org.crosscheck.extract;
