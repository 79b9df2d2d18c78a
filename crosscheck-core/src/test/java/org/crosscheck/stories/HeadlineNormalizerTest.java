package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineNormalizerTest {
  private final HeadlineNormalizer headlines = new HeadlineNormalizer();

  @Test
  void dropsSectionPrefixesAndOutletSuffixes() {
    String plain = headlines.normalize("Ukraine retakes most of Kupyansk", null);
    assertThat(headlines.normalize("Opinion | Ukraine retakes most of Kupyansk", null)).isEqualTo(plain);
    assertThat(headlines.normalize("ANALYSIS: Ukraine retakes most of Kupyansk", null)).isEqualTo(plain);
    assertThat(headlines.normalize("Ukraine retakes most of Kupyansk - Fox News", null)).isEqualTo(plain);
    assertThat(headlines.normalize("Ukraine retakes most of Kupyansk | The Kyiv Independent", null)).isEqualTo(plain);
    assertThat(headlines.normalize("Ukraine retakes most of Kupyansk – Bergen Herald", "Bergen Herald")).isEqualTo(plain);
    assertThat(plain).isEqualTo("ukraine retakes most of kupyansk");
  }

  @Test
  void keepsADashThatIsPartOfTheHeadline() {
    assertThat(headlines.normalize("Kupyansk - the city both sides claim", null)).isEqualTo("kupyansk the city both sides claim");
  }
}
