package org.crosscheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTimesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2025-SU          | summer 2025
      2025-WI          | winter 2025
      2027-06          | June 2027
      2027             | 2027
      2027-W24         | week 24 of 2027
      2027-W24-WE      | weekend of week 24 of 2027
      2026-Q2          | second quarter of 2026
      2026-H1          | first half of 2026
      202X             | the 2020s
      20XX             | the 2000s
      2027-06-14       | 2027-06-14
      2027-06-14T10:15 | 2027-06-14 10:15
      2027-06-14TNI    | 2027-06-14 night
      PRESENT_REF      | now
      PAST_REF         | in the past
      2027-13          | 2027-13
      2027-02-30       | 2027-02-30
      XXXX-06-14       | XXXX-06-14
      """)
  void aTimexValueReadsAsWords(String value, String words) {
    assertThat(EventTimes.label(value)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      2027-06-14..2027-06-17 | 2027-06-14 – 2027-06-17
      2025-SU..2025-FA       | summer 2025 – autumn 2025
      2027-06..2027-06       | June 2027
      2025-11                | November 2025
      ''                     | undated
      """)
  void aPeriodReadsAsARangeInWords(String period, String words) {
    assertThat(EventTimes.period(period)).isEqualTo(words);
  }
}
