package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateStringsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-12-25|2025-12-25T00:00Z",
      "2025-12-25T09:21:00Z|2025-12-25T09:21Z",
      "2025-12-25T09:21:00.123+02:00|2025-12-25T09:21+02:00",
      "2025-12-25 09:21|2025-12-25T09:21Z",
      "Thu, 25 Dec 2025 09:21:00 GMT|2025-12-25T09:21Z",
      "Thu, 25 Dec 2025 09:21:00 +0200|2025-12-25T09:21+02:00",
      "09:21, Thu, Dec 25, 2025|2025-12-25T09:21Z",
      "December 25, 2025 9:21 PM EST|2025-12-25T21:21-05:00",
      "Dec. 24, 2025|2025-12-24T00:00Z",
      "24th December 2025, 12:05 am|2025-12-24T00:05Z",
      "25.12.2025 14:30|2025-12-25T14:30Z",
      "Sept 3, 2025|2025-09-03T00:00Z",
  })
  void readsTheFormsNewsUses(String text, String expected) {
    assertThat(DateStrings.parse(text, ZoneOffset.UTC)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2025-13-40", "05/06/2025", "Decimal 5, 2025", "Feb 30, 2025",
      "expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/"})
  void refusesWhatItCannotReadSafely(String text) {
    assertThat(DateStrings.parse(text, ZoneOffset.UTC)).isEmpty();
  }
}
