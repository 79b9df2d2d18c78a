package org.crosscheck.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.crosscheck.nlp.eval.AttributionScore.Attribution;
import org.crosscheck.nlp.eval.AttributionScore.Counts;
import org.crosscheck.nlp.eval.AttributionScore.Role;
import org.crosscheck.nlp.eval.AttributionScore.Span;
import org.junit.jupiter.api.Test;

/** The metrics on inputs small enough to count by hand. */
class AttributionScoreTest {

  //                                     0         1         2         3         4         5
  //                                     012345678901234567890123456789012345678901234567890123456789
  private static final String TEXT = "\"We hold,\" Ann Lee said. Bob said prices rose sharply.";

  private static Attribution a(Span source, Span cue, Span... content) {
    return new Attribution(source == null ? List.of() : List.of(source), List.of(cue), List.of(content));
  }

  private static Span s(int start, int end) {
    return new Span(start, end);
  }

  // Gold: "We hold," by Ann Lee (cue said 19-23); "prices rose sharply" by Bob (cue said 29-33).
  private static final List<Attribution> GOLD = List.of(
      a(s(11, 18), s(19, 23), s(0, 10)),
      a(s(25, 28), s(29, 33), s(34, 53)));

  @Test
  void exactCountsNeedTheCueToOverlapAndTheSpansToBeEqual() {
    // Right speaker and content for the first; second has the source "Bob" but content too long.
    List<Attribution> predicted = List.of(
        a(s(11, 18), s(19, 23), s(0, 10)),
        a(s(25, 28), s(29, 33), s(34, 54)));
    Counts source = AttributionScore.exact(Role.SOURCE, predicted, GOLD, TEXT);
    assertThat(source).isEqualTo(new Counts(2, 2, 2, 2));
    Counts content = AttributionScore.exact(Role.CONTENT, predicted, GOLD, TEXT);
    assertThat(content).isEqualTo(new Counts(1, 2, 1, 2));
    assertThat(content.precision()).isEqualTo(0.5);
    assertThat(content.f1()).isEqualTo(0.5);
  }

  @Test
  void aSourceUnderAnotherCueIsNoMatch() {
    // "Ann Lee" given to Bob's cue: the spans exist in gold, but under the other cue.
    List<Attribution> predicted = List.of(a(s(11, 18), s(29, 33), s(34, 53)));
    assertThat(AttributionScore.exact(Role.SOURCE, predicted, GOLD, TEXT)).isEqualTo(new Counts(0, 1, 0, 2));
    assertThat(AttributionScore.exact(Role.CUE, predicted, GOLD, TEXT)).isEqualTo(new Counts(1, 1, 1, 2));
  }

  @Test
  void overlapCountsTokensCoveredOnBothSides() {
    // Predicted content "rose sharply." (2 tokens) against gold contents "We hold" + "prices rose
    // sharply" (5 tokens): 2 shared. P = 2/2, R = 2/5.
    List<Attribution> predicted = List.of(a(s(25, 28), s(29, 33), s(41, 54)));
    Counts o = AttributionScore.overlap(Role.CONTENT, predicted, GOLD, TEXT);
    assertThat(o).isEqualTo(new Counts(2, 2, 2, 5));
    assertThat(o.f1()).isCloseTo(2 * 1.0 * 0.4 / 1.4, within(1e-9));
  }

  @Test
  void speakerAccuracyCountsGoldDirectQuotesOnly() {
    assertThat(AttributionScore.isDirectQuote(GOLD.get(0), TEXT)).isTrue();
    assertThat(AttributionScore.isDirectQuote(GOLD.get(1), TEXT)).isFalse();
    List<Attribution> wrongSpeaker = List.of(a(s(25, 28), s(19, 23), s(1, 8)));
    assertThat(AttributionScore.speakers(TEXT, wrongSpeaker, GOLD)).isEqualTo(new AttributionScore.Speakers(0, 1, 1));
    List<Attribution> partOfName = List.of(a(s(15, 18), s(19, 23), s(1, 8)));
    assertThat(AttributionScore.speakers(TEXT, partOfName, GOLD)).isEqualTo(new AttributionScore.Speakers(1, 1, 1));
    assertThat(AttributionScore.speakers(TEXT, List.of(), GOLD)).isEqualTo(new AttributionScore.Speakers(0, 0, 1));
  }

  @Test
  void bratStandoffWithDiscontinuousSpansAndASharedSource() {
    String ann = "T1\tSource 11 18\tAnn Lee\n"
        + "T2\tCue 19 23\tsaid\n"
        + "T3\tContent 0 4;5 10\t\"We hold,\"\n"
        + "T4\tAttribution 19 23\tsaid\n"
        + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        + "T5\tCue 29 33\tsaid\n"
        + "E2\tAttribution:T5 Cue:T5 Source:T1\n";
    List<Attribution> parsed = AttributionEvaluation.brat(ann);
    assertThat(parsed).hasSize(2);
    assertThat(parsed.get(0).content()).containsExactly(s(0, 4), s(5, 10));
    assertThat(parsed.get(0).source()).containsExactly(s(11, 18));
    assertThat(parsed.get(1).source()).containsExactly(s(11, 18));
    assertThat(parsed.get(1).content()).isEmpty();
  }
}
