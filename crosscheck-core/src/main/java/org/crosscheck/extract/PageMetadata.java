package org.crosscheck.extract;

import java.util.List;

/**
 * What a page says about itself, gathered before its text is judged. Each list is in falling
 * order of trust.
 *
 * @param titles headline candidates (JSON-LD, Open Graph, first h1, document title)
 * @param authors raw author strings, not yet cleaned
 * @param articleType true when JSON-LD or og:type says the page is an article
 * @param accessibleForFree false when JSON-LD says the article is paywalled, else null/true
 */
record PageMetadata(
    List<String> titles,
    String description,
    List<String> authors,
    List<DateCandidate> dates,
    String canonicalUrl,
    String language,
    String section,
    String imageUrl,
    String siteName,
    boolean articleType,
    Boolean accessibleForFree) {}
