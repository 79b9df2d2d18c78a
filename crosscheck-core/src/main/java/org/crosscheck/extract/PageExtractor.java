package org.crosscheck.extract;

/** Extracts the article, if any, from one HTML page. Implementations are thread-safe. */
public interface PageExtractor {
  Extraction extract(Page page);
}
