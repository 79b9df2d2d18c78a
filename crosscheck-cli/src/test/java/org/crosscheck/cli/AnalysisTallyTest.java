package org.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTallyTest {
  @Test
  void aReportDeclinedForItsLanguageIsNamedByItsLanguageAndNotWordedAsAFailure() {
    assertThat(AnalysisTally.notAnalysed(1, Map.of("French", 1L), 0))
        .isEqualTo("1 not analysed: French (the analysis reads English)")
        .doesNotContain("could not", "fail");
  }

  @Test
  void severalKindsOfDeclineAreCountedEachMostFirstAndRealFailuresStayFailures() {
    Map<String, Long> languages = new LinkedHashMap<>();
    languages.put("Ukrainian", 1L);
    languages.put("French", 2L);
    assertThat(AnalysisTally.notAnalysed(4, languages, 2))
        .isEqualTo("4 not analysed: 2 French, 1 Ukrainian (the analysis reads English), 1 too long to be one report, 2 failed");
  }

  @Test
  void aTextTooLongAloneIsSaidWithoutACount() {
    assertThat(AnalysisTally.notAnalysed(1, Map.of(), 0)).isEqualTo("1 not analysed: too long to be one report");
  }

  @Test
  void nothingIsSaidWhenEveryReportWasAnalysed() {
    assertThat(AnalysisTally.notAnalysed(0, Map.of(), 0)).isEmpty();
    assertThat(AnalysisTally.notAnalysed(0, Map.of(), 3)).isEqualTo("3 failed");
  }
}
