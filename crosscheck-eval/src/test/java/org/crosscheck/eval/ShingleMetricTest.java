package org.crosscheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void tokensAreRunsOfLettersNumbersAndUnderscoreLikePythonWordPattern() {
    assertThat(ShingleMetric.tokens("It's ½ of café_x1, 2019!")).containsExactly("It", "s", "½", "of", "café_x1", "2019");
    // A combining mark (U+0308) is not a word character for Python's \w, so it splits the word.
    assertThat(ShingleMetric.tokens("nai\u0308ve")).containsExactly("nai", "ve");
    assertThat(ShingleMetric.tokens("  ...  ")).isEmpty();
  }

  @Test
  void shinglesAreFourTokenWindowsCountedAsAMultiset() {
    assertThat(ShingleMetric.shingles(List.of("a", "b", "c", "d", "e")))
        .isEqualTo(Map.of(List.of("a", "b", "c", "d"), 1, List.of("b", "c", "d", "e"), 1));
    assertThat(ShingleMetric.shingles(List.of("x", "x", "x", "x", "x"))).isEqualTo(Map.of(List.of("x", "x", "x", "x"), 2));
    assertThat(ShingleMetric.shingles(List.of("hello", "world"))).isEqualTo(Map.of(List.of("hello", "world"), 1));
    assertThat(ShingleMetric.shingles(List.of())).isEmpty();
  }

  @Test
  void documentScoreNormalisesCountsAndGivesPrecisionAndRecall() {
    // truth: (a b c d), (b c d e); predicted: (a b c d) -> tp 1, fp 0, fn 1, divided by 2.
    ShingleMetric.DocumentScore d = ShingleMetric.score("a b c d e", "a b c d");
    assertThat(d.tp()).isEqualTo(0.5);
    assertThat(d.fn()).isEqualTo(0.5);
    assertThat(d.fp()).isZero();
    assertThat(d.precision()).isEqualTo(1.0);
    assertThat(d.recall()).isEqualTo(0.5);
    assertThat(d.exact()).isFalse();
    // Multiset: truth holds (x x x x) twice, the prediction once.
    ShingleMetric.DocumentScore m = ShingleMetric.score("x x x x x", "x x x x");
    assertThat(m.recall()).isEqualTo(0.5);
    // One wrong shingle against two right ones: P = 2/3.
    ShingleMetric.DocumentScore p = ShingleMetric.score("a b c d e", "a b c d e z");
    assertThat(p.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(p.recall()).isEqualTo(1.0);
  }

  @Test
  void corpusAveragesPrecisionOverPredictedDocsAndRecallOverTruthDocsThenTakesHarmonicMean() {
    List<ShingleMetric.DocumentScore> docs = List.of(
        ShingleMetric.score("a b c d e", "a b c d"),   // P 1, R 0.5
        ShingleMetric.score("f g h i j", ""),          // no prediction: R 0, no P
        ShingleMetric.score("k, l m n!", "k l m n"));  // same tokens: P 1, R 1, exact
    ShingleMetric.Scores s = ShingleMetric.corpus(docs);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-12));
    assertThat(s.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
  }
}
