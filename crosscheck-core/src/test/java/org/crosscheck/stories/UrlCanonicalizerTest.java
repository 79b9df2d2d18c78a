package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {
  private final UrlCanonicalizer urls = UrlCanonicalizer.withDefaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ' ', value = {
      "http://www.Example.com/news/a-story/ https://example.com/news/a-story",
      "https://example.com/news/a-story?utm_source=tw&utm_medium=social&fbclid=xyz https://example.com/news/a-story",
      "https://example.com/news/a-story?gclid=1&id=7#comments https://example.com/news/a-story?id=7",
      "https://example.com/news/a-story/amp https://example.com/news/a-story",
      "https://example.com/news/a-story?amp https://example.com/news/a-story",
      "https://example.com/news/a-story?outputType=amp https://example.com/news/a-story",
      "https://amp.example.com/news/a-story https://example.com/news/a-story",
      "https://m.example.com/news/a-story https://example.com/news/a-story",
      "https://mobile.example.com/news/a-story https://example.com/news/a-story",
      "https://example.com/amp/news/a-story https://example.com/news/a-story",
      "https://example.com/search?q=kupyansk&page=2&lang=en https://example.com/search?lang=en&page=2&q=kupyansk",
      "http://example.com:80/ https://example.com/",
      "https://example.com https://example.com/",
      "https://example.com:8443/a https://example.com:8443/a",
      "https://example.com/News/Story https://example.com/News/Story",
  })
  void foldsVariantsOfOnePage(String in, String expected) {
    assertThat(urls.canonicalize(in)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ' ', value = {"ftp://example.com/file", "not-a-url", "mailto:desk@example.com", "https://exa%mple.com/[x"})
  void leavesWhatIsNoWebAddressAsItIs(String in) {
    assertThat(urls.canonicalize(in)).isEqualTo(in);
  }

  @org.junit.jupiter.api.Test
  void blankIsNull() {
    assertThat(urls.canonicalize("  ")).isNull();
    assertThat(urls.canonicalize(null)).isNull();
  }
}
