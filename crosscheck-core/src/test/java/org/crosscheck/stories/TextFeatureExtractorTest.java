package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFeatureExtractorTest {
  @Test
  void figuresAreKeptWholeAndOneDigitNumbersAndCodesAreNot() {
    var numbers = TextFeatureExtractor.numbers(
        "A magnitude 5.2 quake in 2008 left 1,000 homeless; the 76ers were 9-14 in their 81st season, 3 days on, G8 and mp3 aside. 2008 again.");
    assertThat(numbers).containsOnlyKeys("5.2", "2008", "1000", "9-14", "81st");
    assertThat(numbers.get("2008")).isEqualTo(2.0);
  }
}
