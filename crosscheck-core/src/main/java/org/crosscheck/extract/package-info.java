/**
 * Extraction: the main text and metadata of one HTML page (title, authors, dates with their
 * source, canonical URL, language, section, lead image), and recognition of pages that hold no
 * article. Used by every ingest reader that meets HTML and by {@code crosscheck extract}.
 *
 * <p>May depend on {@code model} and jsoup only.
 */
package org.crosscheck.extract;
