package org.crosscheck.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {
  private static Periods.Days days(String first, String last) {
    return new Periods.Days(LocalDate.parse(first), LocalDate.parse(last));
  }

  @Test
  void timexValuesCoverTheirDays() {
    assertThat(Periods.of("2025-12-24")).contains(days("2025-12-24", "2025-12-24"));
    assertThat(Periods.of("2025-12-24T09:00")).contains(days("2025-12-24", "2025-12-24"));
    assertThat(Periods.of("2024-02")).contains(days("2024-02-01", "2024-02-29"));
    assertThat(Periods.of("2025-W52")).contains(days("2025-12-22", "2025-12-28"));
    assertThat(Periods.of("2025-Q4")).contains(days("2025-10-01", "2025-12-31"));
    assertThat(Periods.of("2022")).contains(days("2022-01-01", "2022-12-31"));
    assertThat(Periods.of("202")).contains(days("2020-01-01", "2029-12-31"));
  }

  @Test
  void valuesWithoutKnownDaysCoverNothing() {
    for (String v : new String[] {"PRESENT_REF", "P3D", "XXXX-12", "2025-02-30", "", "T09:00"}) {
      assertThat(Periods.of(v)).as(v).isEmpty();
    }
    assertThat(Periods.of(null)).isEmpty();
  }

  @Test
  void overlapTreatsMissingBoundsAsOpen() {
    Periods.Days november = days("2025-11-01", "2025-11-30");
    assertThat(november.overlaps(LocalDate.parse("2025-11-30"), null)).isTrue();
    assertThat(november.overlaps(LocalDate.parse("2025-12-01"), null)).isFalse();
    assertThat(november.overlaps(null, LocalDate.parse("2025-10-31"))).isFalse();
    assertThat(november.overlaps(null, null)).isTrue();
  }
}
