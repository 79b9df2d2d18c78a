package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTallyTest {
  private static final String TOO_LONG = "too long to be one report";

  @Test
  void aReportDeclinedForItsLanguageIsNamedByItsLanguageAndNotWordedAsAFailure() {
    assertThat(AnalysisTally.notAnalysed(Map.of("French", 1L), Map.of(), 0))
        .isEqualTo("1 not analysed: French (the analysis reads English)")
        .doesNotContain("could not", "fail");
  }

  @Test
  void severalKindsOfDeclineAreCountedEachMostFirstAndRealFailuresStayFailures() {
    Map<String, Long> languages = new LinkedHashMap<>();
    languages.put("Ukrainian", 1L);
    languages.put("French", 2L);
    assertThat(AnalysisTally.notAnalysed(languages, Map.of(TOO_LONG, 1L), 2))
        .isEqualTo("4 not analysed: 2 French, 1 Ukrainian (the analysis reads English), 1 too long to be one report, 2 failed");
  }

  @Test
  void aTextTooLongAloneIsSaidWithoutACount() {
    assertThat(AnalysisTally.notAnalysed(Map.of(), Map.of(TOO_LONG, 1L), 0)).isEqualTo("1 not analysed: too long to be one report");
  }

  @Test
  void aDeclineForAnotherReasonIsSaidAsThatReasonNotAsTooLong() {
    Map<String, Long> other = new LinkedHashMap<>();
    other.put(TOO_LONG, 1L);
    other.put("no text left after cleaning", 3L);
    assertThat(AnalysisTally.notAnalysed(Map.of(), Map.of("no text left after cleaning", 2L), 0))
        .isEqualTo("2 not analysed: no text left after cleaning");
    assertThat(AnalysisTally.notAnalysed(Map.of("French", 1L), other, 0))
        .isEqualTo("5 not analysed: 1 French (the analysis reads English), 3 no text left after cleaning, 1 too long to be one report");
  }

  @Test
  void nothingIsSaidWhenEveryReportWasAnalysed() {
    assertThat(AnalysisTally.notAnalysed(Map.of(), Map.of(), 0)).isEmpty();
    assertThat(AnalysisTally.notAnalysed(Map.of(), Map.of(), 3)).isEqualTo("3 failed");
  }

  @Test
  void whatARunAddedIsTheCountsSinceItsStartKindsThatGainedNoneLeftOut() {
    Map<String, Long> before = Map.of("French", 2L, TOO_LONG, 1L);
    Map<String, Long> now = Map.of("French", 2L, TOO_LONG, 3L, "German", 1L);
    assertThat(AnalysisTally.since(before, now)).containsOnly(Map.entry(TOO_LONG, 2L), Map.entry("German", 1L));
  }
}
