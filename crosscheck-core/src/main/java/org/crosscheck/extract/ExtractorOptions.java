package org.crosscheck.extract;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Settings of {@link HtmlExtractor}, each with its default in {@link #defaults()}.
 *
 * @param vocabulary class/id hint words and boilerplate phrases
 * @param defaultZone zone for date strings that carry none
 * @param futureTolerance how far after the fetch time a date may lie (clock skew, zone-less
 *     dates read in the wrong zone) before it is rejected as impossible
 * @param earliestYear dates before this year are rejected as impossible for news
 * @param maxBodyBytes pages longer than this are cut before parsing
 * @param maxJsonLdChars JSON-LD blocks longer than this are skipped
 * @param minArticleChars main text shorter than this is not an article
 */
public record ExtractorOptions(
    ExtractionVocabulary vocabulary,
    ZoneId defaultZone,
    Duration futureTolerance,
    int earliestYear,
    int maxBodyBytes,
    int maxJsonLdChars,
    int minArticleChars) {

  public static ExtractorOptions defaults() {
    return new ExtractorOptions(ExtractionVocabulary.defaults(), ZoneOffset.UTC,
        Duration.ofHours(26), 1990, 8 << 20, 1 << 20, 250);
  }
}
